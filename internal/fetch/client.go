package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Client fetches politely. It is safe for concurrent use; the spacing per
// host holds across all of a Client's callers.
type Client struct {
	opts   Options
	http   *http.Client
	gate   hostGate
	robots robotsCache
	owned  *http.Transport // the transport built here, to close
}

// Request says what to fetch.
type Request struct {
	URL string
	// ETag and LastModified are the validators of an earlier fetch of
	// the same address; when set the request is conditional.
	ETag, LastModified string
	// Accept is the Accept header; empty means "*/*".
	Accept string
	// Robots says to obey the site's robots.txt: the fetch fails with
	// ErrDisallowed when it forbids the address, and waits the
	// Crawl-delay it asks for between requests. A feed the user chose to
	// follow is fetched without it; pages found through feeds with it.
	Robots bool
}

// Response is what a fetch gave.
type Response struct {
	// URL is the address the body came from, after redirects.
	URL string
	// StatusCode is the final answer's status.
	StatusCode int
	// NotModified says the server answered 304: the resource is as it
	// was when the validators were got. Body is nil then.
	NotModified bool
	Body        []byte
	ContentType string
	// ETag and LastModified are the validators to send next time.
	ETag, LastModified string
	// Attempts is how many requests the fetch took.
	Attempts int
}

// maxRedirects is how many redirects one fetch follows.
const maxRedirects = 5

// New returns a client with the options, zero fields defaulted.
func New(opts Options) *Client {
	opts = opts.withDefaults()
	c := &Client{opts: opts}
	rt := opts.Transport
	if rt == nil {
		c.owned = &http.Transport{
			Proxy: http.ProxyFromEnvironment,
			DialContext: (&net.Dialer{
				Timeout:   opts.ConnectTimeout,
				KeepAlive: 30 * time.Second,
			}).DialContext,
			TLSHandshakeTimeout:   opts.ConnectTimeout,
			ResponseHeaderTimeout: opts.Timeout,
			IdleConnTimeout:       90 * time.Second,
			MaxIdleConnsPerHost:   2,
			ForceAttemptHTTP2:     true,
		}
		rt = c.owned
	}
	c.http = &http.Client{
		Transport: rt,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > maxRedirects {
				return fmt.Errorf("%w (%d)", errTooManyRedirects, maxRedirects)
			}
			// A redirect is one more request: it waits its turn at its
			// host like any other.
			return c.gate.wait(req.Context(), req.URL.Host, c.opts.HostInterval, c.opts.Sleep)
		},
	}
	return c
}

// Close lets go of idle connections.
func (c *Client) Close() {
	if c.owned != nil {
		c.owned.CloseIdleConnections()
	}
}

// Get fetches req.URL, waiting its turn at the host and retrying failures
// that may pass. The error wraps a *StatusError for an unwanted status,
// ErrTooLarge for an oversized body, or the context's error when ctx ends
// first.
func (c *Client) Get(ctx context.Context, req Request) (*Response, error) {
	u, err := url.Parse(req.URL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("get %q: %w", req.URL, errBadURL)
	}
	if req.Robots {
		ok, err := c.robotsAllowed(ctx, u)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, fmt.Errorf("get %s: %w", req.URL, ErrDisallowed)
		}
	}
	for attempt := 0; ; attempt++ {
		interval := max(c.opts.HostInterval, c.crawlDelay(u.Scheme, u.Host))
		if err := c.gate.wait(ctx, u.Host, interval, c.opts.Sleep); err != nil {
			return nil, fmt.Errorf("get %s: %w", req.URL, err)
		}
		resp, err := c.attempt(ctx, req)
		if err == nil {
			resp.Attempts = attempt + 1
			return resp, nil
		}
		if ctx.Err() != nil {
			return nil, fmt.Errorf("get %s: %w", req.URL, ctx.Err())
		}
		if !retryable(err) || attempt >= c.opts.Retries {
			if attempt > 0 {
				return nil, fmt.Errorf("%w (after %d attempts)", err, attempt+1)
			}
			return nil, err
		}
		wait := c.backoff(attempt)
		var se *StatusError
		if errors.As(err, &se) && se.RetryAfter > 0 {
			if se.RetryAfter > c.opts.MaxRetryAfter {
				return nil, fmt.Errorf("%w (server asks to wait %s; giving up)", err, se.RetryAfter)
			}
			// The host waits, for every caller; the next turn at the
			// gate does the waiting.
			wait = se.RetryAfter
			c.gate.holdOff(u.Host, time.Now().Add(wait))
			c.opts.Log.Info("retrying", "url", req.URL, "attempt", attempt+1, "wait", wait, "err", err)
			continue
		}
		c.opts.Log.Info("retrying", "url", req.URL, "attempt", attempt+1, "wait", wait.Round(time.Millisecond), "err", err)
		if err := c.opts.Sleep(ctx, wait); err != nil {
			return nil, fmt.Errorf("get %s: %w", req.URL, err)
		}
	}
}

// backoff is the wait before retry number attempt+1: Backoff doubled per
// attempt, capped at MaxBackoff, less up to half at random.
func (c *Client) backoff(attempt int) time.Duration {
	d := c.opts.Backoff
	for i := 0; i < attempt && d < c.opts.MaxBackoff; i++ {
		d *= 2
	}
	d = min(d, c.opts.MaxBackoff)
	jitter := rand.Float64
	if c.opts.Jitter != nil {
		jitter = c.opts.Jitter
	}
	return d/2 + time.Duration(jitter()*float64(d/2))
}

// attempt sends one request and reads its answer.
func (c *Client) attempt(ctx context.Context, req Request) (*Response, error) {
	ctx, cancel := context.WithTimeout(ctx, c.opts.Timeout)
	defer cancel()
	hr, err := http.NewRequestWithContext(ctx, http.MethodGet, req.URL, nil)
	if err != nil {
		return nil, fmt.Errorf("get %s: %w", req.URL, err)
	}
	hr.Header.Set("User-Agent", c.opts.UserAgent)
	accept := req.Accept
	if accept == "" {
		accept = "*/*"
	}
	hr.Header.Set("Accept", accept)
	if req.ETag != "" {
		hr.Header.Set("If-None-Match", req.ETag)
	}
	if req.LastModified != "" {
		hr.Header.Set("If-Modified-Since", req.LastModified)
	}
	resp, err := c.http.Do(hr)
	if err != nil {
		return nil, fmt.Errorf("get %s: %w", req.URL, err)
	}
	defer resp.Body.Close()
	out := &Response{
		URL:          resp.Request.URL.String(),
		StatusCode:   resp.StatusCode,
		ContentType:  resp.Header.Get("Content-Type"),
		ETag:         resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"),
	}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		out.NotModified = true
		// A 304 carries no body; keep the validators sent when the
		// answer repeats none.
		if out.ETag == "" {
			out.ETag = req.ETag
		}
		if out.LastModified == "" {
			out.LastModified = req.LastModified
		}
		return out, nil
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10)) // lets the connection be reused
		return nil, &StatusError{
			URL:        req.URL,
			Code:       resp.StatusCode,
			RetryAfter: retryAfter(resp.Header.Get("Retry-After"), time.Now()),
		}
	}
	if resp.ContentLength > c.opts.MaxBytes {
		return nil, fmt.Errorf("get %s: %w: %d bytes announced, limit %d", req.URL, ErrTooLarge, resp.ContentLength, c.opts.MaxBytes)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, c.opts.MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("get %s: read body: %w", req.URL, err)
	}
	if int64(len(body)) > c.opts.MaxBytes {
		return nil, fmt.Errorf("get %s: %w: over %d bytes", req.URL, ErrTooLarge, c.opts.MaxBytes)
	}
	out.Body = body
	return out, nil
}

// retryAfter reads a Retry-After header, in seconds or as an HTTP date,
// as a wait from now; zero when absent or unreadable.
func retryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	const longest = 365 * 24 * time.Hour
	if secs, err := strconv.ParseInt(v, 10, 64); err == nil {
		if secs <= 0 {
			return 0
		}
		return time.Duration(min(secs, int64(longest/time.Second))) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return min(t.Sub(now), longest)
	}
	return 0
}
