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
// rendered from; a new version empties it. The version is asked of the
// store at most once per fresh period, so another process's writes show
// within that period; this server's own writes show at once.
type cache struct {
	st    store.Store
	max   int
	fresh time.Duration

	mu         sync.Mutex
	version    string
	checked    time.Time
	refreshing bool
	entries    map[string][]byte
	flights    map[string]*flight // renders under way, by version and key
}

// flight is one render that callers asking for the same answer wait for.
type flight struct {
	done chan struct{}
	body []byte
	err  error
}

func newCache(st store.Store, max int, fresh time.Duration) *cache {
	return &cache{st: st, max: max, fresh: fresh, entries: map[string][]byte{}, flights: map[string]*flight{}}
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
		clear(c.entries)
	}
	c.checked = time.Now()
	return v
}

// put keeps body under key if version is still current.
func (c *cache) put(version, key string, body []byte) {
	if version == "" {
		return
	}
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
}

// invalidate forgets the version, so the next request asks the store.
func (c *cache) invalidate() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.checked = time.Time{}
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

// cached serves the body kept under key, or renders, keeps and serves it;
// callers asking for the same body at once share one render. render
// returns the body or an error to answer with.
func (s *Server) cached(ctx context.Context, key string, render func() ([]byte, error)) ([]byte, error) {
	c := s.cache
	v := c.current(ctx)
	if v == "" {
		return render()
	}
	c.mu.Lock()
	if b, ok := c.entries[key]; ok && v == c.version {
		c.mu.Unlock()
		return b, nil
	}
	fk := v + "\x00" + key
	if f, ok := c.flights[fk]; ok {
		c.mu.Unlock()
		select {
		case <-f.done:
			return f.body, f.err
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	f := &flight{done: make(chan struct{})}
	c.flights[fk] = f
	c.mu.Unlock()

	f.body, f.err = render()
	c.mu.Lock()
	delete(c.flights, fk)
	c.mu.Unlock()
	close(f.done)
	if f.err == nil {
		c.put(v, key, f.body)
	}
	return f.body, f.err
}
