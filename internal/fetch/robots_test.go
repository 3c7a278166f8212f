package fetch

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestParseRobots(t *testing.T) {
	body, err := os.ReadFile(filepath.Join("testdata", "robots.txt"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		agent string
		path  string
		want  bool
	}{
		// newsfold has a group of its own: only it applies.
		{"newsfold", "/drafts/x", false},
		{"newsfold", "/drafts/public/x", true},
		{"newsfold", "/private/x", true},
		{"NewsFold", "/drafts/x", false},
		// Others without a group fall back to "*".
		{"anybot", "/private/x", false},
		{"anybot", "/private/press/release", true},
		{"anybot", "/search?q=x", false},
		{"anybot", "/searching", false},
		{"anybot", "/files/report.pdf", false},
		{"anybot", "/files/report.pdf?x=1", true},
		{"anybot", "/news/story", true},
		{"examplebot", "/anything", false},
		{"examplebot", "/robots.txt", true},
	}
	for _, tt := range tests {
		r := parseRobots(body, tt.agent)
		if got := r.allowed(tt.path); got != tt.want {
			t.Errorf("%s %s: allowed %v, want %v", tt.agent, tt.path, got, tt.want)
		}
	}
	if d := parseRobots(body, "newsfold").crawlDelay; d != 500*time.Millisecond {
		t.Errorf("newsfold crawl delay %v", d)
	}
	if d := parseRobots(body, "anybot").crawlDelay; d != 2*time.Second {
		t.Errorf("anybot crawl delay %v", d)
	}
	if d := parseRobots([]byte("User-agent: *\nCrawl-delay: 1e300\n"), "x").crawlDelay; d != maxCrawlDelay {
		t.Errorf("huge crawl delay %v, want the cap", d)
	}
}

func TestMatchPattern(t *testing.T) {
	tests := []struct {
		pattern, path string
		want          bool
	}{
		{"/", "/anything", true},
		{"/fish", "/fish.html", true},
		{"/fish", "/Fish", false},
		{"/fish/", "/fish", false},
		{"/*.php", "/a/b/index.php?x", true},
		{"/*.php$", "/a/index.php", true},
		{"/*.php$", "/a/index.php?x", false},
		{"/fish*", "/fish", true},
		{"/a*b*c", "/axxbyyc", true},
		{"/a*b*c$", "/axxbyycd", false},
		{"/a*b*c", "/axxc", false},
		{"$", "", true},
		{"/x$", "/x", true},
		{"/x$", "/xy", false},
	}
	for _, tt := range tests {
		if got := matchPattern(tt.pattern, tt.path); got != tt.want {
			t.Errorf("matchPattern(%q, %q) = %v, want %v", tt.pattern, tt.path, got, tt.want)
		}
	}
}

// robotsSite serves a robots.txt (or a status for it) and pages, counting
// requests by path.
func robotsSite(t *testing.T, robots string, robotsStatus int) (*httptest.Server, func(string) int) {
	var mu sync.Mutex
	hits := map[string]int{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		hits[r.URL.Path]++
		mu.Unlock()
		if r.URL.Path == "/robots.txt" {
			if robotsStatus != 0 {
				w.WriteHeader(robotsStatus)
				return
			}
			w.Write([]byte(robots))
			return
		}
		w.Write([]byte("page"))
	}))
	t.Cleanup(srv.Close)
	return srv, func(p string) int {
		mu.Lock()
		defer mu.Unlock()
		return hits[p]
	}
}

func TestRobotsObeyed(t *testing.T) {
	srv, hits := robotsSite(t, "User-agent: *\nDisallow: /private/\n", 0)
	c := New(fastOptions(&recorder{}))
	ctx := context.Background()
	for _, p := range []string{"/news/1", "/news/2"} {
		if _, err := c.Get(ctx, Request{URL: srv.URL + p, Robots: true}); err != nil {
			t.Errorf("%s: %v", p, err)
		}
	}
	_, err := c.Get(ctx, Request{URL: srv.URL + "/private/x", Robots: true})
	if !errors.Is(err, ErrDisallowed) {
		t.Errorf("disallowed page: error %v, want ErrDisallowed", err)
	}
	if hits("/private/x") != 0 {
		t.Error("a disallowed page was requested")
	}
	if hits("/robots.txt") != 1 {
		t.Errorf("robots.txt fetched %d times, want once", hits("/robots.txt"))
	}
	// Without Robots (a feed the user follows) the rules do not apply.
	if _, err := c.Get(ctx, Request{URL: srv.URL + "/private/x"}); err != nil {
		t.Errorf("fetch without robots: %v", err)
	}
}

func TestRobotsMissingOrFailing(t *testing.T) {
	tests := []struct {
		status  int
		wantErr bool
	}{
		{404, false},
		{403, false},
		{503, true},
	}
	for _, tt := range tests {
		srv, hits := robotsSite(t, "", tt.status)
		_, err := New(fastOptions(&recorder{})).Get(context.Background(), Request{URL: srv.URL + "/news/1", Robots: true})
		if (err != nil) != tt.wantErr {
			t.Errorf("robots.txt %d: error %v, want error %v", tt.status, err, tt.wantErr)
		}
		if errors.Is(err, ErrDisallowed) {
			t.Errorf("robots.txt %d: an unavailable file is not a refusal", tt.status)
		}
		if tt.wantErr && hits("/news/1") != 0 {
			t.Errorf("robots.txt %d: page fetched without knowing the rules", tt.status)
		}
	}
}

func TestCrawlDelaySpacesRequests(t *testing.T) {
	srv, _ := robotsSite(t, "User-agent: *\nCrawl-delay: 7\n", 0)
	rec := &recorder{}
	c := New(fastOptions(rec))
	for range 2 {
		if _, err := c.Get(context.Background(), Request{URL: srv.URL + "/a", Robots: true}); err != nil {
			t.Fatal(err)
		}
	}
	// The recorder waits for nothing, so each wait asked for is the full
	// delay past the previous reservation.
	if len(rec.waits) == 0 || rec.waits[len(rec.waits)-1] < 6*time.Second {
		t.Errorf("waits %v, want the 7 s Crawl-delay between requests", rec.waits)
	}
}

func TestRobotsAgent(t *testing.T) {
	for ua, want := range map[string]string{
		DefaultUserAgent:  "newsfold",
		"mybot":           "mybot",
		" other/2.1 (x) ": "other",
	} {
		if got := robotsAgent(ua); got != want {
			t.Errorf("robotsAgent(%q) = %q, want %q", ua, got, want)
		}
	}
	if !strings.HasPrefix(DefaultUserAgent, "newsfold/") {
		t.Errorf("default User-Agent %q does not start with the product token", DefaultUserAgent)
	}
}

// FuzzParseRobots checks that any robots.txt parses without panic, that
// /robots.txt stays allowed, that a file without Disallow rules allows
// every path, and that the crawl delay stays within its cap.
func FuzzParseRobots(f *testing.F) {
	if body, err := os.ReadFile(filepath.Join("testdata", "robots.txt")); err == nil {
		f.Add(body, "/drafts/x")
	}
	f.Add([]byte("User-agent: *\nDisallow: /*a*b*c*d*e$\n"), "/aXbXcXdXe")
	f.Add([]byte("user-agent:newsfold\nallow:\ndisallow:/\n"), "/")
	f.Fuzz(func(t *testing.T, body []byte, path string) {
		r := parseRobots(body, "newsfold")
		if !r.allowed("/robots.txt") {
			t.Fatal("/robots.txt disallowed")
		}
		if r.crawlDelay < 0 || r.crawlDelay > maxCrawlDelay {
			t.Fatalf("crawl delay %v", r.crawlDelay)
		}
		if !strings.Contains(strings.ToLower(string(body)), "disallow") && !r.allowed(path) {
			t.Fatalf("%q disallowed by a file without Disallow", path)
		}
		if r.allowed(path) != parseRobots(body, "newsfold").allowed(path) {
			t.Fatal("two parses disagree")
		}
	})
}
