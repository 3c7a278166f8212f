package watch

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/newsfold/newsfold/internal/fetch"
)

// site is a news site for tests: an RSS feed of its articles, with ETag
// support, and the article pages, each fetch counted.
type site struct {
	t   *testing.T
	srv *httptest.Server

	mu      sync.Mutex
	title   string
	items   []string          // article names, newest first
	version int               // changes with the item list; the ETag
	fails   map[string]int    // article name: answers still to fail with 500
	status  map[string]int    // article name: status always answered
	types   map[string]string // article name: Content-Type
	hits    map[string]int    // path: requests
	cond    []bool            // per feed request: was it conditional
}

func newSite(t *testing.T, title string, items ...string) *site {
	s := &site{t: t, title: title, items: items, version: 1,
		fails: map[string]int{}, status: map[string]int{}, types: map[string]string{}, hits: map[string]int{}}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.srv.Close)
	return s
}

func (s *site) feedURL() string { return s.srv.URL + "/feed.xml" }

// publish adds an article at the top of the feed.
func (s *site) publish(name string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.items = append([]string{name}, s.items...)
	s.version++
}

func (s *site) hitsOf(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

func (s *site) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.hits[r.URL.Path]++
	if r.URL.Path == "/robots.txt" {
		fmt.Fprint(w, "User-agent: *\nDisallow: /news/private-\n")
		return
	}
	if r.URL.Path == "/feed.xml" {
		s.serveFeed(w, r)
		return
	}
	name, ok := strings.CutPrefix(r.URL.Path, "/news/")
	if !ok {
		http.NotFound(w, r)
		return
	}
	if s.fails[name] > 0 {
		s.fails[name]--
		http.Error(w, "try later", http.StatusInternalServerError)
		return
	}
	if code := s.status[name]; code != 0 {
		http.Error(w, "no", code)
		return
	}
	ct := s.types[name]
	if ct == "" {
		ct = "text/html; charset=utf-8"
	}
	w.Header().Set("Content-Type", ct)
	fmt.Fprintf(w, "<html><head><title>%s</title></head><body><h1>%s</h1><p>Story text of %s.</p></body></html>", name, name, name)
}

func (s *site) serveFeed(w http.ResponseWriter, r *http.Request) {
	etag := fmt.Sprintf(`"v%d"`, s.version)
	inm := r.Header.Get("If-None-Match")
	s.cond = append(s.cond, inm != "")
	if inm == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("ETag", etag)
	w.Header().Set("Content-Type", "application/rss+xml")
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0"?><rss version="2.0"><channel><title>%s</title>`, s.title)
	for i, name := range s.items {
		// Links relative to the feed, as some feeds write them.
		fmt.Fprintf(&b, `<item><title>About %s</title><link>/news/%s</link><pubDate>Tue, %02d Mar 2024 10:00:00 +0100</pubDate></item>`, name, name, 10-i)
	}
	b.WriteString(`<item><title>No link here</title></item></channel></rss>`)
	fmt.Fprint(w, b.String())
}

// testFetcher fetches without spacing or retries, so tests run fast.
func testFetcher() *fetch.Client {
	return fetch.New(fetch.Options{HostInterval: -1, Retries: -1})
}
