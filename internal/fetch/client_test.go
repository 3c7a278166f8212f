package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// recorder is a Sleep that waits for nothing and notes what it was asked.
type recorder struct {
	mu    sync.Mutex
	waits []time.Duration
}

func (r *recorder) sleep(ctx context.Context, d time.Duration) error {
	if d > 0 {
		r.mu.Lock()
		r.waits = append(r.waits, d.Round(10*time.Millisecond))
		r.mu.Unlock()
	}
	return ctx.Err()
}

// fastOptions are options for tests: no host spacing, no real waits.
func fastOptions(r *recorder) Options {
	return Options{HostInterval: -1, Sleep: r.sleep, Jitter: func() float64 { return 0 }}
}

func TestHeaders(t *testing.T) {
	var ua, accept string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ua, accept = r.UserAgent(), r.Header.Get("Accept")
		fmt.Fprint(w, "hello")
	}))
	defer srv.Close()
	c := New(fastOptions(&recorder{}))
	resp, err := c.Get(context.Background(), Request{URL: srv.URL, Accept: "application/rss+xml"})
	if err != nil {
		t.Fatal(err)
	}
	if string(resp.Body) != "hello" || resp.StatusCode != 200 || resp.Attempts != 1 {
		t.Errorf("got %+v", resp)
	}
	if !strings.Contains(ua, "newsfold") {
		t.Errorf("User-Agent %q does not name newsfold", ua)
	}
	if accept != "application/rss+xml" {
		t.Errorf("Accept %q", accept)
	}
}

func TestHostSpacing(t *testing.T) {
	const interval = 150 * time.Millisecond
	var mu sync.Mutex
	arrivals := map[string][]time.Time{}
	handler := func(name string) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			mu.Lock()
			arrivals[name] = append(arrivals[name], time.Now())
			mu.Unlock()
		})
	}
	a := httptest.NewServer(handler("a"))
	defer a.Close()
	b := httptest.NewServer(handler("b"))
	defer b.Close()
	c := New(Options{HostInterval: interval})
	var wg sync.WaitGroup
	for _, u := range []string{a.URL + "/1", a.URL + "/2", b.URL + "/1"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := c.Get(context.Background(), Request{URL: u}); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if len(arrivals["a"]) != 2 || len(arrivals["b"]) != 1 {
		t.Fatalf("arrivals %v", arrivals)
	}
	gap := arrivals["a"][1].Sub(arrivals["a"][0])
	if gap < 0 {
		gap = -gap
	}
	if gap < interval-10*time.Millisecond {
		t.Errorf("two requests to one host %v apart, want at least %v", gap, interval)
	}
	// The other host does not wait behind the first.
	first := earlier(arrivals["a"][0], arrivals["a"][1])
	if d := arrivals["b"][0].Sub(first); d > interval/2 {
		t.Errorf("a request to another host waited %v", d)
	}
}

// earlier returns the earlier of two times.
func earlier(x, y time.Time) time.Time {
	if y.Before(x) {
		return y
	}
	return x
}

func TestConditional(t *testing.T) {
	const etag = `"v1"`
	const modified = "Tue, 05 Mar 2024 10:00:00 GMT"
	var gotINM, gotIMS string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotINM, gotIMS = r.Header.Get("If-None-Match"), r.Header.Get("If-Modified-Since")
		if gotINM == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", modified)
		fmt.Fprint(w, "<rss/>")
	}))
	defer srv.Close()
	c := New(fastOptions(&recorder{}))
	ctx := context.Background()
	first, err := c.Get(ctx, Request{URL: srv.URL})
	if err != nil {
		t.Fatal(err)
	}
	if first.NotModified || string(first.Body) != "<rss/>" || first.ETag != etag || first.LastModified != modified {
		t.Fatalf("first fetch %+v", first)
	}
	if gotINM != "" || gotIMS != "" {
		t.Errorf("first fetch was conditional: %q %q", gotINM, gotIMS)
	}
	second, err := c.Get(ctx, Request{URL: srv.URL, ETag: first.ETag, LastModified: first.LastModified})
	if err != nil {
		t.Fatal(err)
	}
	if gotINM != etag || gotIMS != modified {
		t.Errorf("second fetch sent If-None-Match %q, If-Modified-Since %q", gotINM, gotIMS)
	}
	if !second.NotModified || second.Body != nil || second.StatusCode != http.StatusNotModified {
		t.Errorf("second fetch %+v, want not modified without a body", second)
	}
	if second.ETag != etag || second.LastModified != modified {
		t.Errorf("validators lost on 304: %+v", second)
	}
}

func TestRetries(t *testing.T) {
	tests := []struct {
		name         string
		answers      []int // statuses in turn; 200 ends
		retryAfter   string
		wantErr      bool
		wantCode     int // StatusError code when wantErr
		wantAttempts int
		wantWaits    []time.Duration
	}{
		{"5xx then ok", []int{503, 500, 200}, "", false, 0, 3, []time.Duration{500 * time.Millisecond, time.Second}},
		{"429 honours Retry-After", []int{429, 200}, "7", false, 0, 2, []time.Duration{7 * time.Second}},
		{"404 not retried", []int{404}, "", true, 404, 1, nil},
		{"403 not retried", []int{403}, "", true, 403, 1, nil},
		{"gives up after retries", []int{502, 502, 502, 502, 502}, "", true, 502, 4, []time.Duration{500 * time.Millisecond, time.Second, 2 * time.Second}},
		{"Retry-After too long", []int{429, 200}, "86400", true, 429, 1, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var mu sync.Mutex
			n := 0
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				mu.Lock()
				code := tt.answers[min(n, len(tt.answers)-1)]
				n++
				mu.Unlock()
				if tt.retryAfter != "" {
					w.Header().Set("Retry-After", tt.retryAfter)
				}
				w.WriteHeader(code)
				fmt.Fprint(w, "body")
			}))
			defer srv.Close()
			rec := &recorder{}
			opts := fastOptions(rec)
			opts.Backoff = time.Second
			c := New(opts)
			resp, err := c.Get(context.Background(), Request{URL: srv.URL})
			if tt.wantErr {
				var se *StatusError
				if !errors.As(err, &se) || se.Code != tt.wantCode {
					t.Fatalf("error %v, want status %d", err, tt.wantCode)
				}
			} else if err != nil {
				t.Fatal(err)
			} else if resp.Attempts != tt.wantAttempts {
				t.Errorf("attempts %d, want %d", resp.Attempts, tt.wantAttempts)
			}
			if n != tt.wantAttempts {
				t.Errorf("server saw %d requests, want %d", n, tt.wantAttempts)
			}
			if fmt.Sprint(rec.waits) != fmt.Sprint(tt.wantWaits) {
				t.Errorf("waits %v, want %v", rec.waits, tt.wantWaits)
			}
		})
	}
}

func TestBackoff(t *testing.T) {
	c := New(Options{Backoff: time.Second, MaxBackoff: 5 * time.Second, Jitter: func() float64 { return 0.999 }})
	var got []time.Duration
	for a := range 5 {
		got = append(got, c.backoff(a).Round(10*time.Millisecond))
	}
	want := []time.Duration{time.Second, 2 * time.Second, 4 * time.Second, 5 * time.Second, 5 * time.Second}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("backoff with full jitter %v, want %v", got, want)
	}
	c.opts.Jitter = func() float64 { return 0 }
	if d := c.backoff(0); d != 500*time.Millisecond {
		t.Errorf("backoff with no jitter %v, want half", d)
	}
}

func TestTooLarge(t *testing.T) {
	big := strings.Repeat("x", 2000)
	tests := []struct {
		name    string
		handler http.HandlerFunc
	}{
		{"announced", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, big) }},
		{"streamed", func(w http.ResponseWriter, r *http.Request) {
			for range 20 {
				fmt.Fprint(w, big[:100])
				w.(http.Flusher).Flush()
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := 0
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				n++
				tt.handler(w, r)
			}))
			defer srv.Close()
			opts := fastOptions(&recorder{})
			opts.MaxBytes = 1000
			_, err := New(opts).Get(context.Background(), Request{URL: srv.URL})
			if !errors.Is(err, ErrTooLarge) {
				t.Fatalf("error %v, want ErrTooLarge", err)
			}
			if n != 1 {
				t.Errorf("%d requests; an oversized body is not retried", n)
			}
		})
	}
}

func TestNetworkErrorRetried(t *testing.T) {
	n := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n++
		if n == 1 {
			conn, _, err := w.(http.Hijacker).Hijack()
			if err == nil {
				conn.Close() // drop the connection without an answer
			}
			return
		}
		fmt.Fprint(w, "ok")
	}))
	defer srv.Close()
	rec := &recorder{}
	resp, err := New(fastOptions(rec)).Get(context.Background(), Request{URL: srv.URL})
	if err != nil {
		t.Fatal(err)
	}
	if string(resp.Body) != "ok" || resp.Attempts != 2 || len(rec.waits) != 1 {
		t.Errorf("got %+v after waits %v", resp, rec.waits)
	}
}

func TestTimeout(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(release)
	opts := fastOptions(&recorder{})
	opts.Timeout = 50 * time.Millisecond
	opts.Retries = -1
	start := time.Now()
	_, err := New(opts).Get(context.Background(), Request{URL: srv.URL})
	if err == nil {
		t.Fatal("no error from a server that never answers")
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("timeout took %v", d)
	}
}

func TestCancelDuringBackoff(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusServiceUnavailable)
	}))
	defer srv.Close()
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	start := time.Now()
	_, err := New(Options{HostInterval: -1, Backoff: 10 * time.Second}).Get(ctx, Request{URL: srv.URL})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("error %v, want context.Canceled", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("cancel took %v", d)
	}
}

func TestBadURL(t *testing.T) {
	for _, u := range []string{"", "ftp://x.example/a", "/relative", "http://"} {
		if _, err := New(fastOptions(&recorder{})).Get(context.Background(), Request{URL: u}); err == nil {
			t.Errorf("Get(%q) gave no error", u)
		}
	}
}

func TestRetryAfter(t *testing.T) {
	now := time.Date(2024, 3, 5, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Duration
	}{
		{"", 0},
		{"120", 2 * time.Minute},
		{"0", 0},
		{"-5", 0},
		{"Tue, 05 Mar 2024 10:00:30 GMT", 30 * time.Second},
		{"Tue, 05 Mar 2024 09:00:00 GMT", 0},
		{"soon", 0},
	}
	for _, tt := range tests {
		if got := retryAfter(tt.in, now); got != tt.want {
			t.Errorf("retryAfter(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestRedirectWaitsItsTurn(t *testing.T) {
	const interval = 100 * time.Millisecond
	var mu sync.Mutex
	var arrivals []time.Time
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		arrivals = append(arrivals, time.Now())
		mu.Unlock()
		if r.URL.Path == "/old" {
			http.Redirect(w, r, "/new", http.StatusMovedPermanently)
			return
		}
		fmt.Fprint(w, "moved here")
	}))
	defer srv.Close()
	resp, err := New(Options{HostInterval: interval}).Get(context.Background(), Request{URL: srv.URL + "/old"})
	if err != nil {
		t.Fatal(err)
	}
	if resp.URL != srv.URL+"/new" || string(resp.Body) != "moved here" {
		t.Errorf("got %+v", resp)
	}
	if len(arrivals) != 2 || arrivals[1].Sub(arrivals[0]) < interval-10*time.Millisecond {
		t.Errorf("redirect followed %v after the first request, want at least %v", arrivals[1].Sub(arrivals[0]), interval)
	}
}

func TestRedirectLoopNotRetried(t *testing.T) {
	n := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n++
		http.Redirect(w, r, "/loop", http.StatusFound)
	}))
	defer srv.Close()
	_, err := New(fastOptions(&recorder{})).Get(context.Background(), Request{URL: srv.URL + "/loop"})
	if !errors.Is(err, errTooManyRedirects) {
		t.Fatalf("error %v, want too many redirects", err)
	}
	if n != maxRedirects+1 {
		t.Errorf("%d requests, want %d (one attempt, not retried)", n, maxRedirects+1)
	}
}
