package server

import (
	"fmt"
	"io"
	"math"
	"net/http"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

// latencyBuckets are the upper bounds, in seconds, of the request
// duration histogram.
var latencyBuckets = [...]float64{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10}

// metrics counts requests per route and status and keeps a latency
// histogram per route, for /metrics in Prometheus' text format.
type metrics struct {
	mu     sync.Mutex
	routes map[string]*routeMetrics
}

type routeMetrics struct {
	name    string
	mu      sync.Mutex
	byCode  map[int]uint64
	buckets [len(latencyBuckets)]atomic.Uint64 // counts per bucket, not cumulative
	count   atomic.Uint64
	sumNano atomic.Uint64
}

func newMetrics() *metrics { return &metrics{routes: map[string]*routeMetrics{}} }

// route returns the metrics of a route, made on first use.
func (m *metrics) route(name string) *routeMetrics {
	m.mu.Lock()
	defer m.mu.Unlock()
	if r, ok := m.routes[name]; ok {
		return r
	}
	r := &routeMetrics{name: name, byCode: map[int]uint64{}}
	m.routes[name] = r
	return r
}

func (r *routeMetrics) observe(code int, d time.Duration) {
	r.mu.Lock()
	r.byCode[code]++
	r.mu.Unlock()
	sec := d.Seconds()
	for i, b := range latencyBuckets {
		if sec <= b {
			r.buckets[i].Add(1)
			break
		}
	}
	r.count.Add(1)
	r.sumNano.Add(uint64(d.Nanoseconds()))
}

// write renders the metrics; counts are the store's, or nil when the
// store could not be asked.
func (m *metrics) write(w io.Writer, counts map[string]int) {
	m.mu.Lock()
	routes := make([]*routeMetrics, 0, len(m.routes))
	for _, r := range m.routes {
		routes = append(routes, r)
	}
	m.mu.Unlock()
	sort.Slice(routes, func(i, j int) bool { return routes[i].name < routes[j].name })

	fmt.Fprintln(w, "# HELP newsfold_http_requests_total HTTP requests served, by route and status code.")
	fmt.Fprintln(w, "# TYPE newsfold_http_requests_total counter")
	for _, r := range routes {
		r.mu.Lock()
		codes := make([]int, 0, len(r.byCode))
		for c := range r.byCode {
			codes = append(codes, c)
		}
		sort.Ints(codes)
		for _, c := range codes {
			fmt.Fprintf(w, "newsfold_http_requests_total{route=%q,code=\"%d\"} %d\n", r.name, c, r.byCode[c])
		}
		r.mu.Unlock()
	}
	fmt.Fprintln(w, "# HELP newsfold_http_request_duration_seconds Time to serve a request, by route.")
	fmt.Fprintln(w, "# TYPE newsfold_http_request_duration_seconds histogram")
	for _, r := range routes {
		var cum uint64
		for i, b := range latencyBuckets {
			cum += r.buckets[i].Load()
			fmt.Fprintf(w, "newsfold_http_request_duration_seconds_bucket{route=%q,le=%q} %d\n", r.name, formatFloat(b), cum)
		}
		n := r.count.Load()
		fmt.Fprintf(w, "newsfold_http_request_duration_seconds_bucket{route=%q,le=\"+Inf\"} %d\n", r.name, n)
		fmt.Fprintf(w, "newsfold_http_request_duration_seconds_sum{route=%q} %s\n", r.name, formatFloat(float64(r.sumNano.Load())/1e9))
		fmt.Fprintf(w, "newsfold_http_request_duration_seconds_count{route=%q} %d\n", r.name, n)
	}
	if counts != nil {
		fmt.Fprintln(w, "# HELP newsfold_store_items What the store holds, by kind.")
		fmt.Fprintln(w, "# TYPE newsfold_store_items gauge")
		for _, k := range []string{"pages", "articles", "stories"} {
			fmt.Fprintf(w, "newsfold_store_items{kind=%q} %d\n", k, counts[k])
		}
	}
	up := 0
	if counts != nil {
		up = 1
	}
	fmt.Fprintln(w, "# HELP newsfold_store_up Whether the store answered the last scrape.")
	fmt.Fprintln(w, "# TYPE newsfold_store_up gauge")
	fmt.Fprintf(w, "newsfold_store_up %d\n", up)
}

func formatFloat(f float64) string {
	if math.IsInf(f, 1) {
		return "+Inf"
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}

func (s *Server) serveMetrics(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := s.withTimeout(r)
	defer cancel()
	var counts map[string]int
	if c, err := s.store.Counts(ctx); err != nil {
		s.log.Warn("metrics: store counts", "err", err)
	} else {
		counts = map[string]int{"pages": c.Pages, "articles": c.Articles, "stories": c.Stories}
	}
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	s.metrics.write(w, counts)
}
