package cli

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	httpfetch "github.com/newsfold/newsfold/internal/fetch"
	"github.com/newsfold/newsfold/internal/store"
	"github.com/newsfold/newsfold/internal/watch"
)

func init() {
	register(command{
		name:     "watch",
		synopsis: []string{"watch [--db FILE] --feeds FILE [--interval 15m] [--once]   poll RSS/Atom feeds into the store"},
		run:      runWatch,
	})
}

// watchDBDefault is the store used when --db is not given: $NEWSFOLD_DB,
// else newsfold.db in the working folder.
func watchDBDefault() string {
	if p := os.Getenv("NEWSFOLD_DB"); p != "" {
		return p
	}
	return "newsfold.db"
}

// watchConfig is what one watch does.
type watchConfig struct {
	db           string
	feeds        string
	interval     time.Duration
	once         bool
	concurrency  int
	hostInterval time.Duration
	timeout      time.Duration
	maxAttempts  int
	quiet        bool
	ignoreRobots bool
}

func runWatch(ctx context.Context, args []string, env Env) error {
	fs := newFlags("watch", "watch [--db FILE] --feeds FILE [--interval 15m] [--once] [flags]", env)
	var cfg watchConfig
	fs.StringVar(&cfg.db, "db", watchDBDefault(), "the store's database `file` (default $NEWSFOLD_DB, else newsfold.db)")
	fs.StringVar(&cfg.feeds, "feeds", "", "`file` listing the feeds, one address a line; '#' starts a comment")
	fs.DurationVar(&cfg.interval, "interval", watch.DefaultInterval, "time from the start of one poll to the start of the next")
	fs.BoolVar(&cfg.once, "once", false, "poll every feed once and exit")
	fs.IntVar(&cfg.concurrency, "concurrency", watch.DefaultConcurrency, "feeds read at once")
	fs.DurationVar(&cfg.hostInterval, "host-interval", httpfetch.DefaultHostInterval, "least time between two requests to one host")
	fs.DurationVar(&cfg.timeout, "timeout", httpfetch.DefaultTimeout, "longest one request may take, body included")
	fs.IntVar(&cfg.maxAttempts, "max-attempts", watch.DefaultMaxAttempts, "polls an article's fetch is tried in before it is given up")
	fs.BoolVar(&cfg.ignoreRobots, "ignore-robots", false, "fetch article pages even where a site's robots.txt forbids it")
	fs.BoolVar(&cfg.quiet, "quiet", false, "print only failed feeds and the summary of each poll")
	if err := parse(fs, args); err != nil {
		return err
	}
	switch {
	case fs.NArg() > 0:
		return fmt.Errorf("%w: watch takes no arguments (feeds come from --feeds)", errUsage)
	case cfg.feeds == "":
		fs.Usage()
		return fmt.Errorf("%w: watch needs --feeds FILE", errUsage)
	case cfg.interval < time.Minute && !cfg.once:
		return fmt.Errorf("%w: --interval must be at least 1m", errUsage)
	case cfg.concurrency < 1 || cfg.maxAttempts < 1:
		return fmt.Errorf("%w: --concurrency and --max-attempts must be 1 or more", errUsage)
	case cfg.hostInterval < 0 || cfg.timeout <= 0:
		return fmt.Errorf("%w: --host-interval must not be negative and --timeout must be positive", errUsage)
	}
	feeds, err := readFeedsFile(cfg.feeds)
	if err != nil {
		return err
	}
	if len(feeds) == 0 {
		return fmt.Errorf("%s lists no feed", cfg.feeds)
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	return watchFeeds(ctx, cfg, feeds, env)
}

func readFeedsFile(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("feeds: %w", err)
	}
	defer f.Close()
	return watch.ReadFeedList(f, path)
}

// watchFeeds polls the feeds into the store until ctx ends, or once.
func watchFeeds(ctx context.Context, cfg watchConfig, feeds []string, env Env) error {
	st, err := store.OpenOptions(ctx, cfg.db, store.Options{Log: env.Log})
	if err != nil {
		return err
	}
	defer st.Close()
	hostInterval := cfg.hostInterval
	if hostInterval == 0 {
		hostInterval = -1 // fetch reads 0 as its default
	}
	client := httpfetch.New(httpfetch.Options{HostInterval: hostInterval, Timeout: cfg.timeout, Log: env.Log})
	defer client.Close()
	opts := watch.Options{
		Interval:     cfg.interval,
		Concurrency:  cfg.concurrency,
		MaxAttempts:  cfg.maxAttempts,
		IgnoreRobots: cfg.ignoreRobots,
		Log:          env.Log,
	}
	opts.OnFeed = func(fs watch.FeedStats) {
		if !cfg.quiet || fs.Err != nil {
			fmt.Fprintln(env.Stderr, feedLine(fs))
		}
	}
	w := watch.New(st, client, feeds, opts)
	report := func(ps watch.PollStats) {
		counts, err := st.Counts(ctx)
		if err != nil {
			env.Log.Warn("count store", "err", err)
		}
		fmt.Fprintln(env.Stderr, pollLine(ps, counts))
	}
	if !cfg.once {
		fmt.Fprintf(env.Stderr, "watch: %d %s into %s, every %s\n", len(feeds), plural(len(feeds), "feed", "feeds"), cfg.db, cfg.interval)
		err := w.Run(ctx, report)
		fmt.Fprintln(env.Stderr, "watch: stopped")
		return err
	}
	ps := w.Poll(ctx)
	if ctx.Err() != nil {
		return fmt.Errorf("watch: %w", ctx.Err())
	}
	report(ps)
	if _, feedErrors, _ := ps.Sum(); feedErrors == len(feeds) {
		return fmt.Errorf("no feed could be read (%d %s)", feedErrors, plural(feedErrors, "error", "errors"))
	}
	return nil
}

// feedLine is the progress line for one feed.
func feedLine(fs watch.FeedStats) string {
	switch {
	case fs.Err != nil:
		return fmt.Sprintf("feed %s: %v", fs.URL, fs.Err)
	case fs.NotModified:
		return fmt.Sprintf("feed %s: unchanged", fs.URL)
	}
	s := fmt.Sprintf("feed %s (%s): %d %s, %d new, %d fetched, %d %s added",
		fs.URL, fs.Title, fs.Items, plural(fs.Items, "item", "items"), fs.New, fs.Fetched,
		fs.Ingest.Articles, plural(fs.Ingest.Articles, "article", "articles"))
	if fs.Failed > 0 {
		s += fmt.Sprintf(", %d failed (tried again next poll)", fs.Failed)
	}
	if fs.GivenUp > 0 {
		s += fmt.Sprintf(", %d given up", fs.GivenUp)
	}
	return s
}

// pollLine is the summary line of one poll.
func pollLine(ps watch.PollStats, c store.Counts) string {
	sum, feedErrors, notModified := ps.Sum()
	return fmt.Sprintf("poll %s: %d %s (%d unchanged, %d failed): %d new %s, %d fetched, %d failed, %d given up; %d %s added, %d %s new or changed; store holds %d %s, %d %s, %d %s; %s",
		ps.Started.UTC().Format("2006-01-02 15:04:05Z"),
		len(ps.Feeds), plural(len(ps.Feeds), "feed", "feeds"), notModified, feedErrors,
		sum.New, plural(sum.New, "item", "items"), sum.Fetched, sum.Failed, sum.GivenUp,
		sum.Ingest.Articles, plural(sum.Ingest.Articles, "article", "articles"),
		sum.Ingest.Stories, plural(sum.Ingest.Stories, "story", "stories"),
		c.Pages, plural(c.Pages, "page", "pages"), c.Articles, plural(c.Articles, "article", "articles"),
		c.Stories, plural(c.Stories, "story", "stories"), ps.Duration.Round(time.Millisecond))
}
