package fetch

import (
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"
)

// ErrTooLarge says a response body was longer than Options.MaxBytes.
var ErrTooLarge = errors.New("response too large")

// StatusError is an answer with a status newsfold does not take as a body
// or as "not modified".
type StatusError struct {
	URL  string
	Code int
	// RetryAfter is how long the server asked to be left alone (429 and
	// 503 answers); zero when it did not say.
	RetryAfter time.Duration
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("get %s: %d %s", e.URL, e.Code, http.StatusText(e.Code))
}

// Temporary reports whether the status may pass: 429 and 5xx.
func (e *StatusError) Temporary() bool {
	return e.Code == http.StatusTooManyRequests || e.Code >= 500
}

// retryable reports whether a failed attempt is worth another.
func retryable(err error) bool {
	var se *StatusError
	if errors.As(err, &se) {
		return se.Temporary()
	}
	if errors.Is(err, ErrTooLarge) || errors.Is(err, errBadURL) || errors.Is(err, errTooManyRedirects) {
		return false
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) && dnsErr.IsNotFound {
		return false
	}
	var certErr *tls.CertificateVerificationError
	if errors.As(err, &certErr) {
		return false
	}
	return true // network errors and timeouts
}

// errBadURL says an address cannot be fetched at all.
var errBadURL = errors.New("not an absolute http or https address")

// errTooManyRedirects says a fetch was redirected more than maxRedirects
// times.
var errTooManyRedirects = errors.New("too many redirects")
