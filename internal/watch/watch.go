package watch

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/newsfold/newsfold/internal/feed"
	"github.com/newsfold/newsfold/internal/fetch"
	"github.com/newsfold/newsfold/internal/store"
)

// Fetcher gets one resource politely; *fetch.Client is one.
type Fetcher interface {
	Get(ctx context.Context, req fetch.Request) (*fetch.Response, error)
}

// Defaults for Options fields left zero.
const (
	DefaultInterval    = 15 * time.Minute
	DefaultConcurrency = 4
	DefaultMaxAttempts = 3
	DefaultBatch       = 16
)

// Options tune a Watcher. Zero fields take their defaults.
type Options struct {
	// Interval is the time from the start of one poll to the start of
	// the next.
	Interval time.Duration
	// Concurrency is how many feeds are read at once.
	Concurrency int
	// MaxAttempts is in how many polls an article's fetch is tried
	// before the item is given up.
	MaxAttempts int
	// Batch is how many article pages are added to the store at a time.
	Batch int
	// IgnoreRobots fetches article pages whatever the sites' robots.txt
	// says. Feeds, which the user chose to follow, are fetched without
	// asking robots.txt either way.
	IgnoreRobots bool
	// MaxFeedBytes is the largest feed document read; 0 means
	// feed.DefaultLimit.
	MaxFeedBytes int64
	// Log receives one line per failure; nil discards.
	Log *slog.Logger
	// OnFeed, when set, is told about each feed as soon as it is done.
	// It may be called from several goroutines at once.
	OnFeed func(FeedStats)
}

func (o Options) withDefaults() Options {
	if o.Interval <= 0 {
		o.Interval = DefaultInterval
	}
	if o.Concurrency <= 0 {
		o.Concurrency = DefaultConcurrency
	}
	if o.MaxAttempts <= 0 {
		o.MaxAttempts = DefaultMaxAttempts
	}
	if o.Batch <= 0 {
		o.Batch = DefaultBatch
	}
	if o.MaxFeedBytes <= 0 {
		o.MaxFeedBytes = feed.DefaultLimit
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	return o
}

// Watcher polls feeds into a store.
type Watcher struct {
	store   store.Store
	fetcher Fetcher
	feeds   []string
	opts    Options

	mu      sync.Mutex
	claimed map[string]bool // item links a feed is taking now
}

// claim reserves an item's link for one feed, so that two feeds listing
// the same article do not fetch it at once; it reports false when
// another feed holds it.
func (w *Watcher) claim(link string) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.claimed[link] {
		return false
	}
	if w.claimed == nil {
		w.claimed = map[string]bool{}
	}
	w.claimed[link] = true
	return true
}

// release gives back the links a feed claimed.
func (w *Watcher) release(links []string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, l := range links {
		delete(w.claimed, l)
	}
}

// New returns a watcher of the feeds that adds to st, fetching with f.
func New(st store.Store, f Fetcher, feeds []string, opts Options) *Watcher {
	return &Watcher{store: st, fetcher: f, feeds: feeds, opts: opts.withDefaults()}
}

// FeedStats tells what one poll of one feed did.
type FeedStats struct {
	URL   string
	Title string // the feed's title, or its host when it has none
	// NotModified says the feed was unchanged since the last fetch.
	NotModified bool
	Items       int // items in the feed
	New         int // items not seen before
	Fetched     int // article pages fetched
	Failed      int // article pages not fetched or not stored; tried again next poll
	GivenUp     int // items given up after MaxAttempts polls, not HTML, or barred by robots.txt
	NoLink      int // items without a usable link
	Ingest      store.IngestStats
	// Err is why the feed itself could not be fetched or read; nil when
	// it was. Such errors are logged at Info level only, the caller
	// being told here.
	Err error
}

// PollStats tells what one poll did.
type PollStats struct {
	Started  time.Time
	Duration time.Duration
	Feeds    []FeedStats // in the order of the feed list
}

// Sum adds up the feeds' counts.
func (p PollStats) Sum() (sum FeedStats, feedErrors, notModified int) {
	for _, f := range p.Feeds {
		if f.Err != nil {
			feedErrors++
		}
		if f.NotModified {
			notModified++
		}
		sum.Items += f.Items
		sum.New += f.New
		sum.Fetched += f.Fetched
		sum.Failed += f.Failed
		sum.GivenUp += f.GivenUp
		sum.NoLink += f.NoLink
		sum.Ingest.Add(f.Ingest)
	}
	return sum, feedErrors, notModified
}

// Poll reads every feed once, at most Concurrency at a time, and adds the
// pages of new items to the store. It returns when every feed is done or
// ctx ends.
func (w *Watcher) Poll(ctx context.Context) PollStats {
	ps := PollStats{Started: time.Now(), Feeds: make([]FeedStats, len(w.feeds))}
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range min(w.opts.Concurrency, len(w.feeds)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				fs := w.pollFeed(ctx, w.feeds[i])
				ps.Feeds[i] = fs
				if w.opts.OnFeed != nil {
					w.opts.OnFeed(fs)
				}
			}
		}()
	}
	for i := range w.feeds {
		select {
		case jobs <- i:
		case <-ctx.Done():
		}
		if ctx.Err() != nil {
			break
		}
	}
	close(jobs)
	wg.Wait()
	ps.Duration = time.Since(ps.Started)
	return ps
}

// Run polls every Interval until ctx ends, telling report (when not nil)
// about each poll. It returns nil when stopped by ctx.
func (w *Watcher) Run(ctx context.Context, report func(PollStats)) error {
	for {
		ps := w.Poll(ctx)
		if ctx.Err() != nil {
			return nil
		}
		if report != nil {
			report(ps)
		}
		t := time.NewTimer(time.Until(ps.Started.Add(w.opts.Interval)))
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-t.C:
		}
	}
}
