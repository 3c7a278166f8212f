package watch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/newsfold/newsfold/internal/feed"
	"github.com/newsfold/newsfold/internal/fetch"
	"github.com/newsfold/newsfold/internal/news"
)

// Accept headers for the two kinds of fetch.
const (
	acceptFeed = "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5"
	acceptPage = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
)

// pollFeed reads one feed and adds the pages of its new items.
func (w *Watcher) pollFeed(ctx context.Context, feedURL string) FeedStats {
	fs := FeedStats{URL: feedURL}
	log := w.opts.Log.With("feed", feedURL)
	etag, modified, err := w.validators(ctx, feedURL)
	if err != nil {
		fs.Err = err
		log.Error("poll feed", "err", err)
		return fs
	}
	resp, err := w.fetcher.Get(ctx, fetch.Request{URL: feedURL, ETag: etag, LastModified: modified, Accept: acceptFeed})
	if err != nil {
		fs.Err = err
		if ctx.Err() == nil {
			log.Info("fetch feed", "err", err)
		}
		return fs
	}
	if resp.NotModified {
		fs.NotModified = true
		return fs
	}
	f, err := feed.Parse(bytes.NewReader(resp.Body), resp.URL, w.opts.MaxFeedBytes)
	if err != nil {
		fs.Err = err
		log.Info("read feed", "err", err)
		return fs
	}
	fs.Title = sourceName(f, feedURL)
	fs.Items = len(f.Items)
	complete := w.takeItems(ctx, &fs, f)
	if ctx.Err() != nil {
		return fs
	}
	// Keep the validators only when every item is done with; otherwise
	// forget them, so the next poll reads the feed in full and tries the
	// rest again.
	if !complete {
		resp.ETag, resp.LastModified = "", ""
	}
	if err := w.keepValidators(ctx, feedURL, resp.ETag, resp.LastModified); err != nil {
		log.Error("poll feed", "err", err)
	}
	return fs
}

// takeItems fetches and stores the pages of a feed's new items. It
// reports whether every item is done with (stored, seen before, or given
// up).
func (w *Watcher) takeItems(ctx context.Context, fs *FeedStats, f *feed.Feed) (complete bool) {
	complete = true
	log := w.opts.Log.With("feed", fs.URL)
	var batch []news.Page
	flush := func() {
		if len(batch) == 0 {
			return
		}
		if !w.storePages(ctx, fs, batch) {
			complete = false
			if ctx.Err() != nil {
				return // stopped: kept for the store on the way out
			}
		}
		batch = batch[:0]
	}
	inFeed := map[string]bool{}
	var claims []string
	defer func() { w.release(claims) }()
	defer func() {
		if ctx.Err() != nil && len(batch) > 0 {
			// Stopped: store the pages already fetched rather than fetch
			// them again next time, giving the store a short while.
			stopCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), stopGrace)
			defer cancel()
			w.storePages(stopCtx, fs, batch)
		}
	}()
	for _, it := range f.Items {
		if ctx.Err() != nil {
			return false
		}
		if it.URL == "" {
			fs.NoLink++
			continue
		}
		if inFeed[it.URL] {
			continue
		}
		inFeed[it.URL] = true
		seen, err := w.seen(ctx, it.URL)
		if err != nil {
			log.Error("item", "err", err)
			complete = false
			continue
		}
		if seen {
			continue
		}
		if !w.claim(it.URL) {
			continue // another feed is taking it now
		}
		claims = append(claims, it.URL)
		fs.New++
		page, err := w.fetchArticle(ctx, it, fs.Title)
		switch {
		case ctx.Err() != nil:
			return false
		case errors.Is(err, errNotHTML), errors.Is(err, fetch.ErrDisallowed):
			fs.GivenUp++
			log.Info("item skipped", "url", it.URL, "err", err)
			if err := w.markSeen(ctx, it.URL, "skipped: "+err.Error()); err != nil {
				log.Error("item", "err", err)
			}
			continue
		case err != nil:
			if w.failed(ctx, fs, it.URL, err) {
				complete = false
			}
			continue
		}
		fs.Fetched++
		batch = append(batch, page)
		if len(batch) >= w.opts.Batch {
			flush()
		}
	}
	flush()
	return complete
}

// stopGrace is how long pages fetched before a stop may take to store.
const stopGrace = 30 * time.Second

// errNotHTML says an item's link serves something other than a page.
var errNotHTML = errors.New("not an HTML page")

// fetchArticle fetches an item's article page.
func (w *Watcher) fetchArticle(ctx context.Context, it feed.Item, source string) (news.Page, error) {
	resp, err := w.fetcher.Get(ctx, fetch.Request{URL: it.URL, Accept: acceptPage, Robots: !w.opts.IgnoreRobots})
	if err != nil {
		return news.Page{}, err
	}
	if resp.NotModified || len(resp.Body) == 0 {
		return news.Page{}, fmt.Errorf("get %s: empty answer", it.URL)
	}
	if !isHTML(resp.ContentType) {
		return news.Page{}, fmt.Errorf("get %s: %w (%s)", it.URL, errNotHTML, resp.ContentType)
	}
	return articlePage(it, source, resp), nil
}

// failed records a failed article fetch and reports whether the item is
// to be tried again (false once it is given up).
func (w *Watcher) failed(ctx context.Context, fs *FeedStats, link string, err error) (retry bool) {
	log := w.opts.Log.With("feed", fs.URL)
	tries, cerr := w.countFailure(ctx, link)
	if cerr != nil {
		log.Error("item", "err", cerr)
	}
	if tries >= w.opts.MaxAttempts {
		fs.GivenUp++
		log.Warn("item given up", "url", link, "polls", tries, "err", err)
		if err := w.markSeen(ctx, link, fmt.Sprintf("given up after %d polls", tries)); err != nil {
			log.Error("item", "err", err)
			return true
		}
		return false
	}
	fs.Failed++
	log.Warn("fetch article", "url", link, "polls", tries, "err", err)
	return true
}

// storePages adds a batch of pages and marks their items seen; it reports
// whether that worked.
func (w *Watcher) storePages(ctx context.Context, fs *FeedStats, pages []news.Page) bool {
	st, err := w.store.AddPages(ctx, pages)
	if err != nil && ctx.Err() != nil {
		return false // stopped; not the pages' failure
	}
	fs.Ingest.Add(st)
	if err != nil {
		fs.Failed += len(pages)
		w.opts.Log.Error("add pages", "feed", fs.URL, "pages", len(pages), "err", err)
		return false
	}
	ok := true
	for _, p := range pages {
		if err := w.markSeen(ctx, p.ID, "stored"); err != nil {
			w.opts.Log.Error("item", "err", err)
			ok = false
		}
	}
	return ok
}
