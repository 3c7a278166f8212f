package cli

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/newsfold/newsfold/internal/news"
	"github.com/newsfold/newsfold/internal/server"
	"github.com/newsfold/newsfold/internal/source"
	"github.com/newsfold/newsfold/internal/store"
)

func init() {
	register(command{
		name:     "serve",
		synopsis: []string{"serve [--db FILE] [--addr HOST:PORT] [PATH...]   serve the store's stories on the web and as JSON"},
		run:      runServe,
	})
}

// Defaults of the store and the address served.
const (
	defaultDBFile    = "newsfold.db"
	dbEnvVar         = "NEWSFOLD_DB"
	defaultServeAddr = "127.0.0.1:8080"
	serveIngestBatch = 200
)

// serveDBDefault is the store used when --db is not given: $NEWSFOLD_DB,
// else newsfold.db in the working folder.
func serveDBDefault() string {
	if p := os.Getenv(dbEnvVar); p != "" {
		return p
	}
	return defaultDBFile
}

func runServe(ctx context.Context, args []string, env Env) error {
	fs := newFlags("serve", "serve [--db FILE] [--addr HOST:PORT] [--read-only] [PATH...]", env)
	db := fs.String("db", serveDBDefault(), "the store `FILE` ($"+dbEnvVar+" when set)")
	addr := fs.String("addr", defaultServeAddr, "listen on `HOST:PORT`; port 0 picks a free one")
	readOnly := fs.Bool("read-only", false, "refuse pages pushed with POST /api/pages")
	maxPage := fs.Int64("max-page-bytes", 4<<20, "largest page `bytes` POST /api/pages takes")
	var in inputFlags
	in.register(fs)
	if err := parse(fs, args); err != nil {
		return err
	}

	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()

	st, err := store.Open(ctx, *db)
	if err != nil {
		return fmt.Errorf("open store %s: %w", *db, err)
	}
	defer st.Close()

	if fs.NArg() > 0 {
		if err := serveIngest(ctx, st, fs.Args(), in, env); err != nil {
			return err
		}
	}

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", *addr, err)
	}
	h := server.New(st, server.Options{Log: env.Log, ReadOnly: *readOnly, MaxPageBytes: *maxPage})
	// The address line is read by programs (bench serve, tests): keep its
	// form.
	fmt.Fprintf(env.Stderr, "newsfold: serving %s on http://%s/\n", *db, ln.Addr())
	if err := server.Serve(ctx, ln, h, env.Log); err != nil {
		return err
	}
	fmt.Fprintln(env.Stderr, "newsfold: stopped")
	return nil
}

// serveIngest reads the pages under paths into st before serving.
func serveIngest(ctx context.Context, st store.Store, paths []string, in inputFlags, env Env) error {
	start := time.Now()
	var total store.IngestStats
	var batch []news.Page
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		s, err := st.AddPages(ctx, batch)
		if err != nil {
			return fmt.Errorf("ingest: %w", err)
		}
		total.Pages += s.Pages
		total.New += s.New
		total.Duplicates += s.Duplicates
		total.Articles += s.Articles
		total.Skipped += s.Skipped
		batch = batch[:0]
		return nil
	}
	warnings := 0
	r := &source.Reader{MaxBytes: in.maxBytes}
	err := r.Read(ctx, paths, func(p news.Page) error {
		batch = append(batch, p)
		if len(batch) >= serveIngestBatch {
			return flush()
		}
		return nil
	}, func(w source.Warning) {
		warnings++
		if !in.quiet {
			fmt.Fprintln(env.Stderr, "warning:", w)
		}
	})
	if err == nil {
		err = flush()
	}
	if err != nil {
		return err
	}
	if in.strict && warnings > 0 {
		return fmt.Errorf("%d %s about the input (--strict)", warnings, plural(warnings, "warning", "warnings"))
	}
	if total.Pages == 0 {
		return errors.New("ingest: no page was read")
	}
	if !in.quiet {
		fmt.Fprintf(env.Stderr, "newsfold: read %d %s (%d new, %d already stored, %d without an article), %d %s added in %s\n",
			total.Pages, plural(total.Pages, "page", "pages"), total.New, total.Duplicates, total.Skipped,
			total.Articles, plural(total.Articles, "article", "articles"), time.Since(start).Round(time.Millisecond))
	}
	return nil
}
