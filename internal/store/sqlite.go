package store

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"net/url"
	"runtime"
	"sync"

	_ "modernc.org/sqlite" // the "sqlite" database/sql driver
)

// Options tune a SQLite store. Zero fields take their defaults.
type Options struct {
	// Log receives what the store does of note; nil discards.
	Log *slog.Logger
	// WindowArticles is how many of the articles folded last the window
	// open to new articles holds when it is loaded; as articles arrive
	// it grows to three times this and is then loaded afresh
	// (windowGrowth). Default 10000,
	// about a month of a few hundred articles a day.
	WindowArticles int
	// Workers is how many pages are extracted at once; default one per
	// processor.
	Workers int
	// CompareAtRest puts off comparing a story's articles, however small
	// the story, until it rests: the first fold that leaves it alone
	// compares it, and Settle compares what is left. Meanwhile only its
	// membership is written and it is marked stale. A long run that
	// calls Settle at its end (ingest) then compares most stories once,
	// as fold does, instead of once for every batch that touched them.
	// Without it, only big stories changing fold after fold wait.
	CompareAtRest bool
	// OnCommit, when set, is told after every commit of new pages how
	// many were committed and their page IDs. A page named here survives
	// any crash that follows.
	OnCommit func(ids []string)
}

func (o Options) withDefaults() Options {
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	if o.WindowArticles <= 0 {
		o.WindowArticles = 10000
	}
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	return o
}

// SQLite is the Store kept in one SQLite database file. It is safe for
// concurrent use; AddPages calls run one at a time.
type SQLite struct {
	db   *sql.DB
	path string
	opts Options

	mu    sync.Mutex // held by AddPages
	live  *live      // the open window of articles and stories; nil until loaded
	epoch int64      // the fold generation live is up to date with
}

var _ Store = (*SQLite)(nil)

// Open opens, or creates, the store in the SQLite database at path,
// bringing its schema up to date and folding any page a crash left
// committed but not yet folded.
func Open(ctx context.Context, path string) (*SQLite, error) {
	return OpenOptions(ctx, path, Options{})
}

// OpenOptions is Open with options.
func OpenOptions(ctx context.Context, path string, opts Options) (*SQLite, error) {
	db, err := openDB(path)
	if err != nil {
		return nil, fmt.Errorf("store %s: %w", path, err)
	}
	s := &SQLite{db: db, path: path, opts: opts.withDefaults()}
	if err := migrate(ctx, db, len(migrations)); err != nil {
		db.Close()
		return nil, fmt.Errorf("store %s: %w", path, err)
	}
	if err := s.resume(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("store %s: %w", path, err)
	}
	return s, nil
}

// openDB opens the database with the settings every connection needs:
// write-ahead logging, so readers never wait for the writer; FULL
// synchronisation, so a committed transaction survives a power cut as
// well as a killed process; a busy timeout of a minute, so two processes
// sharing the file wait for each other's fold instead of failing; foreign
// keys enforced; a page cache of up to 64 MiB, so that a fold's writes
// to a large store seldom read pages back or spill them to the log
// before it commits (SQLite's default is 2 MiB); and write transactions
// that take the write lock as they begin.
func openDB(path string) (*sql.DB, error) {
	q := url.Values{}
	for _, p := range []string{
		"busy_timeout(60000)",
		"journal_mode(WAL)",
		"synchronous(FULL)",
		"foreign_keys(1)",
		"cache_size(-65536)",
	} {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+(&url.URL{Path: path}).EscapedPath()+"?"+q.Encode())
	if err != nil {
		return nil, err
	}
	if err := db.Ping(); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// Close closes the database.
func (s *SQLite) Close() error {
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("store %s: close: %w", s.path, err)
	}
	return nil
}

// IntegrityCheck runs SQLite's integrity check and returns its findings,
// "ok" when the file is sound.
func (s *SQLite) IntegrityCheck(ctx context.Context) (string, error) {
	return integrityCheck(ctx, s.db)
}

func integrityCheck(ctx context.Context, db *sql.DB) (string, error) {
	rows, err := db.QueryContext(ctx, "PRAGMA integrity_check")
	if err != nil {
		return "", fmt.Errorf("integrity check: %w", err)
	}
	defer rows.Close()
	var out string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return "", fmt.Errorf("integrity check: %w", err)
		}
		if out != "" {
			out += "\n"
		}
		out += line
	}
	return out, rows.Err()
}
