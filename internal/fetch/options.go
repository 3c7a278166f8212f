package fetch

import (
	"context"
	"log/slog"
	"net/http"
	"time"
)

// Defaults for Options fields left zero.
const (
	DefaultUserAgent      = "newsfold/0.1 (+https://github.com/newsfold/newsfold)"
	DefaultHostInterval   = time.Second
	DefaultConnectTimeout = 10 * time.Second
	DefaultTimeout        = 30 * time.Second
	DefaultMaxBytes       = 10 << 20
	DefaultRetries        = 3
	DefaultBackoff        = 2 * time.Second
	DefaultMaxBackoff     = 2 * time.Minute
	DefaultMaxRetryAfter  = 10 * time.Minute
)

// Options configure a Client. The zero value is usable: every zero field
// takes its default.
type Options struct {
	// UserAgent is sent with every request; it should name the program
	// and say where to learn about it.
	UserAgent string
	// HostInterval is the least time between the starts of two requests
	// to one host. Negative means no spacing (for tests).
	HostInterval time.Duration
	// ConnectTimeout bounds opening a connection (TCP and TLS).
	ConnectTimeout time.Duration
	// Timeout bounds one attempt from sending the request to reading the
	// last byte of the body.
	Timeout time.Duration
	// MaxBytes is the most of a body read; a longer one is an error
	// (ErrTooLarge), not a truncated body.
	MaxBytes int64
	// Retries is how many times a failed attempt is retried when the
	// failure may pass. Negative means none.
	Retries int
	// Backoff is the wait before the first retry; each later wait
	// doubles, up to MaxBackoff, and is jittered by up to half.
	Backoff, MaxBackoff time.Duration
	// MaxRetryAfter is the longest Retry-After honoured; a server asking
	// for longer gives up the fetch.
	MaxRetryAfter time.Duration

	// Transport sends the requests; nil means one built from the
	// timeouts above.
	Transport http.RoundTripper
	// Sleep waits for d or until ctx is done; nil means a timer. Tests
	// replace it to run retries without waiting.
	Sleep func(ctx context.Context, d time.Duration) error
	// Jitter returns a random fraction in [0, 1); nil means math/rand.
	Jitter func() float64
	// Log receives one line per retry; nil means none.
	Log *slog.Logger
}

// withDefaults returns o with zero fields set to their defaults.
func (o Options) withDefaults() Options {
	if o.UserAgent == "" {
		o.UserAgent = DefaultUserAgent
	}
	if o.HostInterval == 0 {
		o.HostInterval = DefaultHostInterval
	}
	if o.ConnectTimeout <= 0 {
		o.ConnectTimeout = DefaultConnectTimeout
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.Retries == 0 {
		o.Retries = DefaultRetries
	}
	if o.Backoff <= 0 {
		o.Backoff = DefaultBackoff
	}
	if o.MaxBackoff <= 0 {
		o.MaxBackoff = DefaultMaxBackoff
	}
	if o.MaxRetryAfter <= 0 {
		o.MaxRetryAfter = DefaultMaxRetryAfter
	}
	if o.Sleep == nil {
		o.Sleep = sleep
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	return o
}

// sleep waits for d or until ctx is done.
func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
