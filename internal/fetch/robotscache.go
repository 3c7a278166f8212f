package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"time"
)

// ErrDisallowed says a site's robots.txt forbids fetching the address.
var ErrDisallowed = errors.New("disallowed by robots.txt")

// How long a site's robots.txt is trusted, and how long a failure to get
// it holds before it is asked for again.
const (
	robotsTTL      = 24 * time.Hour
	robotsRetryTTL = 10 * time.Minute
)

// robotsCache keeps each site's robots.txt rules.
type robotsCache struct {
	mu    sync.Mutex
	sites map[string]*robotsEntry // scheme://host
}

type robotsEntry struct {
	ready   chan struct{} // closed once rules or err is set
	rules   robotsRules
	err     error // the site's robots.txt could not be had
	expires time.Time
}

// robotsAllowed fetches (or recalls) the robots.txt of u's site and
// reports whether it lets newsfold fetch u. An error says the file could
// not be had for now; the fetch should wait for a later try.
func (c *Client) robotsAllowed(ctx context.Context, u *url.URL) (bool, error) {
	e, err := c.robotsFor(ctx, u)
	if err != nil {
		return false, err
	}
	if e.err != nil {
		return false, fmt.Errorf("get %s: robots.txt unavailable: %w", u, e.err)
	}
	path := u.EscapedPath()
	if path == "" {
		path = "/"
	}
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	return e.rules.allowed(path), nil
}

// robotsFor returns the site's entry, fetching robots.txt when there is
// none or it has expired; callers asking at once share one fetch.
func (c *Client) robotsFor(ctx context.Context, u *url.URL) (*robotsEntry, error) {
	site := strings.ToLower(u.Scheme + "://" + u.Host)
	c.robots.mu.Lock()
	if c.robots.sites == nil {
		c.robots.sites = map[string]*robotsEntry{}
	}
	e := c.robots.sites[site]
	mine := false
	if e == nil || (isClosed(e.ready) && time.Now().After(e.expires)) {
		e = &robotsEntry{ready: make(chan struct{})}
		c.robots.sites[site] = e
		mine = true
	}
	c.robots.mu.Unlock()
	if mine {
		c.loadRobots(ctx, site, e)
	}
	select {
	case <-e.ready:
		return e, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// loadRobots fills e from site's robots.txt. A missing file (any 4xx)
// allows everything; a server error or network failure is kept as e.err
// for a short while (RFC 9309 has a crawler assume the worst then).
func (c *Client) loadRobots(ctx context.Context, site string, e *robotsEntry) {
	defer close(e.ready)
	resp, err := c.Get(ctx, Request{URL: site + "/robots.txt", Accept: "text/plain"})
	var se *StatusError
	switch {
	case err == nil:
		e.rules = parseRobots(resp.Body, robotsAgent(c.opts.UserAgent))
		e.expires = time.Now().Add(robotsTTL)
	case errors.As(err, &se) && se.Code >= 400 && se.Code < 500 && se.Code != 429:
		e.expires = time.Now().Add(robotsTTL) // no rules: all allowed
	default:
		e.err = err
		e.expires = time.Now().Add(robotsRetryTTL)
		if ctx.Err() != nil {
			e.expires = time.Now() // cancelled: ask again next time
		}
	}
}

// crawlDelay returns the Crawl-delay the site of host asked for, if its
// robots.txt is known.
func (c *Client) crawlDelay(scheme, host string) time.Duration {
	site := strings.ToLower(scheme + "://" + host)
	c.robots.mu.Lock()
	defer c.robots.mu.Unlock()
	e := c.robots.sites[site]
	if e == nil || !isClosed(e.ready) {
		return 0
	}
	return e.rules.crawlDelay
}

func isClosed(ch chan struct{}) bool {
	select {
	case <-ch:
		return true
	default:
		return false
	}
}

// robotsAgent is the product token robots.txt groups are matched
// against: the User-Agent's first word, without its version.
func robotsAgent(userAgent string) string {
	token, _, _ := strings.Cut(strings.TrimSpace(userAgent), " ")
	token, _, _ = strings.Cut(token, "/")
	return token
}
