package cli

import (
	"context"
	"crypto/sha256"
	"fmt"
	"os"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/newsfold/newsfold/internal/news"
	"github.com/newsfold/newsfold/internal/source"
	"github.com/newsfold/newsfold/internal/store"
)

func init() {
	register(command{
		name:     "ingest",
		synopsis: []string{"ingest [--db FILE] [flags] PATH...    add pages to the store and fold them into its stories"},
		run:      runIngest,
	})
}

// ingestDBDefault is the --db flag's default: $NEWSFOLD_DB when set,
// else newsfold.db in the working folder.
func ingestDBDefault() string {
	if p := os.Getenv("NEWSFOLD_DB"); p != "" {
		return p
	}
	return "newsfold.db"
}

// ingestConfig is what one ingest does.
type ingestConfig struct {
	db      string
	batch   int
	in      inputFlags
	commits bool // print a line on standard output as each batch of pages is committed
}

// ingestResult is what one ingest did.
type ingestResult struct {
	stats    store.IngestStats
	counts   store.Counts
	warnings int
	took     time.Duration
}

func (r ingestResult) rate() float64 {
	if r.took <= 0 {
		return 0
	}
	return float64(r.stats.Articles) / r.took.Seconds()
}

func runIngest(ctx context.Context, args []string, env Env) error {
	fs := newFlags("ingest", "ingest [--db FILE] [--batch N] [--quiet] PATH...", env)
	var cfg ingestConfig
	fs.StringVar(&cfg.db, "db", ingestDBDefault(), "the store's database `file` (default $NEWSFOLD_DB, else newsfold.db)")
	fs.IntVar(&cfg.batch, "batch", 1000, "commit and fold `pages` this many at a time")
	fs.BoolVar(&cfg.commits, "print-commits", false, "print 'committed N' on standard output as each batch of pages is committed")
	cfg.in.register(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("%w: ingest needs at least one PATH", errUsage)
	}
	if cfg.batch < 1 {
		return fmt.Errorf("%w: --batch must be 1 or more", errUsage)
	}
	res, err := ingest(ctx, cfg, fs.Args(), env)
	if err != nil {
		return err
	}
	if !cfg.in.quiet {
		fmt.Fprintln(env.Stderr, res.summary())
	}
	if res.stats.Pages == 0 {
		return fmt.Errorf("no page was read (%d %s)", res.warnings, plural(res.warnings, "warning", "warnings"))
	}
	if cfg.in.strict && res.warnings > 0 {
		return fmt.Errorf("%d %s about the input (--strict)", res.warnings, plural(res.warnings, "warning", "warnings"))
	}
	return nil
}

func (r ingestResult) summary() string {
	s := r.stats
	return fmt.Sprintf("ingest: %d %s read: %d new, %d duplicate, %d without an article; %d %s added, %d %s new or changed; store holds %d pages, %d articles, %d stories; %s, %.0f articles/s",
		s.Pages, plural(s.Pages, "page", "pages"), s.New, s.Duplicates, s.Skipped,
		s.Articles, plural(s.Articles, "article", "articles"), s.Stories, plural(s.Stories, "story", "stories"),
		r.counts.Pages, r.counts.Articles, r.counts.Stories,
		r.took.Round(time.Millisecond), r.rate())
}

// ingest reads pages under paths and adds them to the store in batches:
// reading runs ahead of folding by one batch.
func ingest(ctx context.Context, cfg ingestConfig, paths []string, env Env) (ingestResult, error) {
	start := time.Now()
	var res ingestResult
	var bar *progressBar
	if env.StderrTTY && !cfg.in.quiet {
		bar = newProgressBar(env.Stderr)
	}
	var outMu sync.Mutex
	// Stories are compared once they rest, and the rest when the input
	// is done (Settle below), not once for every batch that grows them.
	opts := store.Options{Log: env.Log, CompareAtRest: true, Workers: ingestWorkers()}
	if cfg.commits {
		opts.OnCommit = func(ids []string) {
			outMu.Lock()
			defer outMu.Unlock()
			fmt.Fprintf(env.Stdout, "committed %d %s\n", len(ids), strings.Join(ids, " "))
		}
	}
	st, err := store.OpenOptions(ctx, cfg.db, opts)
	if err != nil {
		return res, err
	}
	defer st.Close()

	warn := func(w source.Warning) {
		outMu.Lock()
		defer outMu.Unlock()
		res.warnings++
		if cfg.in.quiet {
			return
		}
		if bar != nil {
			bar.clear()
		}
		fmt.Fprintln(env.Stderr, "warning:", w)
	}
	r := &source.Reader{MaxBytes: cfg.in.maxBytes}
	if bar != nil {
		r.Progress = bar.update
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	send := func(ch chan<- []news.Page, pages []news.Page) bool {
		select {
		case ch <- pages:
			return true
		case <-ctx.Done():
			return false
		}
	}

	// Four stages run at once: reading; passing over pages stored
	// already or met earlier in this run; extracting a batch; adding the
	// batch before it to the store. New pages are cut into batches only
	// after the pages already stored are passed over, so that an ingest
	// started again after an interruption folds the same batches a whole
	// run would.
	read := make(chan []news.Page, 1)
	var readErr error
	var reading sync.WaitGroup // the reading and passing-over stages
	reading.Add(1)
	go func() {
		defer reading.Done()
		defer close(read)
		var batch []news.Page
		readErr = r.Read(ctx, paths, func(p news.Page) error {
			batch = append(batch, p)
			if len(batch) >= cfg.batch {
				if !send(read, batch) {
					return ctx.Err()
				}
				batch = nil
			}
			return nil
		}, warn)
		if len(batch) > 0 && readErr == nil {
			send(read, batch)
		}
	}()
	fresh := make(chan []news.Page, 1)
	var filterErr error
	var pagesRead, duplicates int
	reading.Add(1)
	go func() {
		defer reading.Done()
		defer close(fresh)
		seen := map[[sha256.Size]byte]bool{}
		var pending []news.Page
		for batch := range read {
			pagesRead += len(batch)
			unstored, err := st.Unstored(ctx, batch)
			if err != nil {
				filterErr = err
				cancel()
				return
			}
			duplicates += len(batch) - len(unstored)
			for _, p := range unstored {
				h := sha256.Sum256([]byte(p.Content))
				if seen[h] {
					duplicates++
					continue
				}
				seen[h] = true
				pending = append(pending, p)
			}
			for len(pending) >= cfg.batch {
				if !send(fresh, pending[:cfg.batch:cfg.batch]) {
					return
				}
				pending = pending[cfg.batch:]
			}
		}
		if len(pending) > 0 {
			send(fresh, pending)
		}
	}()
	prepared := make(chan *store.Prepared, 1)
	go func() {
		defer close(prepared)
		for pages := range fresh {
			p := st.Prepare(ctx, pages)
			select {
			case prepared <- p:
			case <-ctx.Done():
				return
			}
		}
	}()
	var addErr error
	for p := range prepared {
		if addErr != nil {
			continue
		}
		s, err := st.AddPrepared(ctx, p)
		s.Pages = 0 // counted as read
		res.stats.Add(s)
		if err != nil {
			addErr = err
			cancel()
		}
	}
	reading.Wait()
	res.stats.Pages += pagesRead
	res.stats.Duplicates += duplicates
	if bar != nil {
		bar.finish()
	}
	switch {
	case addErr != nil:
		return res, addErr
	case filterErr != nil:
		return res, filterErr
	case readErr != nil:
		return res, readErr
	case ctx.Err() != nil:
		return res, ctx.Err()
	}
	// Stories whose comparison was put off while they grew batch after
	// batch are compared now.
	if err := st.Settle(ctx); err != nil {
		return res, err
	}
	if res.counts, err = st.Counts(ctx); err != nil {
		return res, err
	}
	res.took = time.Since(start)
	return res, nil
}

// ingestWorkers is how many workers extract pages and compare stories
// beside the fold: one per processor but the one the fold's clustering
// and writing keep busy, which bound the rate.
func ingestWorkers() int {
	return max(1, runtime.GOMAXPROCS(0)-1)
}
