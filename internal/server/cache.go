package server

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/newsfold/newsfold/internal/store"
)

// Versioner is a store that can tell cheaply when its content changed:
// the version differs after every change. A store without it is
// versioned by its counts.
type Versioner interface {
	Version(ctx context.Context) (int64, error)
}

// cache keeps rendered responses for the store version they were
// rendered from. The version is asked of the store at most once per
// fresh period. When another process changes the store, answers of the
// version before are kept as stale: a request finding only a stale
// answer gets it at once while the new one renders in the background,
// so a slow store query is not waited for after every change. This
// server's own writes drop every answer, so they show at once.
type cache struct {
	st      store.Store
	max     int
	fresh   time.Duration
	timeout time.Duration // of a background render

	mu         sync.Mutex
	version    string
	checked    time.Time
	refreshing bool
	entries    map[string][]byte  // answers of version
	stale      map[string][]byte  // answers of the version before
	flights    map[string]*flight // renders under way, by version and key
}

// flight is one render that callers asking for the same answer wait for.
type flight struct {
	done chan struct{}
	body []byte
	err  error
}

func newCache(st store.Store, max int, fresh, timeout time.Duration) *cache {
	return &cache{st: st, max: max, fresh: fresh, timeout: timeout,
		entries: map[string][]byte{}, stale: map[string][]byte{}, flights: map[string]*flight{}}
}

// current returns the store version to render for; "" when unknown, in
// which case nothing is cached.
func (c *cache) current(ctx context.Context) string {
	if c.max < 0 {
		return ""
	}
	c.mu.Lock()
	if c.version != "" && (time.Since(c.checked) < c.fresh || c.refreshing) {
		v := c.version
		c.mu.Unlock()
		return v
	}
	if c.refreshing {
		c.mu.Unlock()
		return ""
	}
	c.refreshing = true
	c.mu.Unlock()

	v, err := storeVersion(ctx, c.st)

	c.mu.Lock()
	defer c.mu.Unlock()
	c.refreshing = false
	if err != nil {
		return ""
	}
	if v != c.version {
		c.version = v
		c.stale, c.entries = c.entries, c.stale
		clear(c.entries)
	}
	c.checked = time.Now()
	return v
}

// put keeps body under key if version is still current.
func (c *cache) put(version, key string, body []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if version != c.version {
		return
	}
	if len(c.entries) >= c.max {
		for k := range c.entries { // drop one, any
			delete(c.entries, k)
			break
		}
	}
	c.entries[key] = body
	delete(c.stale, key)
}

// invalidate drops every answer, stale ones too, and has the next
// request ask the store for its version.
func (c *cache) invalidate() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.checked = time.Time{}
	c.version = ""
	clear(c.entries)
	clear(c.stale)
}

func storeVersion(ctx context.Context, st store.Store) (string, error) {
	if v, ok := st.(Versioner); ok {
		n, err := v.Version(ctx)
		if err != nil {
			return "", fmt.Errorf("store version: %w", err)
		}
		return fmt.Sprintf("v%d", n), nil
	}
	n, err := st.Counts(ctx)
	if err != nil {
		return "", fmt.Errorf("store counts: %w", err)
	}
	return fmt.Sprintf("c%d/%d/%d", n.Pages, n.Articles, n.Stories), nil
}

// How an answer was found, in the X-Newsfold-Cache header.
const (
	cacheHit   = "hit"   // rendered before for the current version
	cacheMiss  = "miss"  // rendered for this request, or one asking at once
	cacheStale = "stale" // of the version before; the new one is rendering
	cacheOff   = "off"   // no version known: rendered, not kept
)

// cached gives the answer kept under key for the current store version,
// else a stale one while rendering the new one in the background, else
// renders it (callers asking for the same answer at once share one
// render) and keeps it. render returns the body or an error to answer
// with.
func (s *Server) cached(ctx context.Context, key string, render func(context.Context) ([]byte, error)) ([]byte, string, error) {
	c := s.cache
	v := c.current(ctx)
	if v == "" {
		b, err := render(ctx)
		return b, cacheOff, err
	}
	c.mu.Lock()
	if v != c.version { // moved on while we looked
		c.mu.Unlock()
		b, err := render(ctx)
		return b, cacheOff, err
	}
	if b, ok := c.entries[key]; ok {
		c.mu.Unlock()
		return b, cacheHit, nil
	}
	fk := v + "\x00" + key
	f, running := c.flights[fk]
	if !running {
		f = &flight{done: make(chan struct{})}
		c.flights[fk] = f
	}
	old, hasStale := c.stale[key]
	c.mu.Unlock()

	if !running {
		rctx, cancel := ctx, context.CancelFunc(func() {})
		if hasStale { // nobody waits for it: not bound to this request
			rctx, cancel = context.WithTimeout(context.WithoutCancel(ctx), c.timeout)
		}
		run := func() {
			defer cancel()
			f.body, f.err = render(rctx)
			c.mu.Lock()
			delete(c.flights, fk)
			c.mu.Unlock()
			close(f.done)
			if f.err == nil {
				c.put(v, key, f.body)
			} else if hasStale {
				s.log.Warn("render in the background", "key", key, "err", f.err)
			}
		}
		if hasStale {
			go run()
		} else {
			run()
			return f.body, cacheMiss, f.err
		}
	}
	if hasStale {
		return old, cacheStale, nil
	}
	select {
	case <-f.done:
		return f.body, cacheMiss, f.err
	case <-ctx.Done():
		return nil, cacheMiss, ctx.Err()
	}
}
