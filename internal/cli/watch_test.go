package cli

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsfold/newsfold/internal/store"
)

// TestWatchOnce serves the example corpus's HTML pages behind an RSS
// feed and checks that watch --once stores them, and that a second run
// finds the feed unchanged and fetches nothing.
func TestWatchOnce(t *testing.T) {
	pages, err := filepath.Glob(filepath.Join("..", "..", "examples", "pages", "*", "*.html"))
	if err != nil || len(pages) == 0 {
		t.Skip("example pages not found")
	}
	hits := map[string]int{}
	mux := http.NewServeMux()
	var srv *httptest.Server
	mux.HandleFunc("/rss", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"1"`)
		var b strings.Builder
		b.WriteString(`<rss version="2.0"><channel><title>Example Wire</title>`)
		for i := range pages {
			fmt.Fprintf(&b, `<item><title>Page %d</title><link>%s/a/%d</link></item>`, i, srv.URL, i)
		}
		b.WriteString(`</channel></rss>`)
		fmt.Fprint(w, b.String())
	})
	mux.HandleFunc("/a/{n}", func(w http.ResponseWriter, r *http.Request) {
		hits[r.URL.Path]++
		var n int
		fmt.Sscan(r.PathValue("n"), &n)
		data, err := os.ReadFile(pages[n])
		if err != nil {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(data)
	})
	srv = httptest.NewServer(mux)
	defer srv.Close()

	dir := t.TempDir()
	db := filepath.Join(dir, "news.db")
	feeds := write(t, dir, "feeds.txt", []byte("# test feeds\n"+srv.URL+"/rss\n"))
	args := []string{"watch", "--db", db, "--feeds", feeds, "--once", "--host-interval", "0"}

	code, _, errOut := run(t, args...)
	if code != ExitOK {
		t.Fatalf("watch exited %d: %s", code, errOut)
	}
	if !strings.Contains(errOut, fmt.Sprintf("%d new items, %d fetched", len(pages), len(pages))) {
		t.Errorf("summary does not count the pages:\n%s", errOut)
	}
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	c, err := st.Counts(context.Background())
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	if c.Pages != len(pages) || c.Articles == 0 {
		t.Errorf("store holds %+v after watching %d pages", c, len(pages))
	}

	code, _, errOut = run(t, args...)
	if code != ExitOK || !strings.Contains(errOut, "unchanged") {
		t.Errorf("second run exited %d: %s", code, errOut)
	}
	for path, n := range hits {
		if n != 1 {
			t.Errorf("%s fetched %d times", path, n)
		}
	}
}

func TestWatchUsage(t *testing.T) {
	dir := t.TempDir()
	bad := write(t, dir, "feeds.txt", []byte("https://a.example/rss\nnot a feed\n"))
	empty := write(t, dir, "empty.txt", []byte("# nothing yet\n"))
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"watch"}, ExitUsage, "needs --feeds"},
		{[]string{"watch", "--feeds", bad, "extra"}, ExitUsage, "no arguments"},
		{[]string{"watch", "--feeds", bad, "--interval", "5s"}, ExitUsage, "at least 1m"},
		{[]string{"watch", "--feeds", bad, "--once"}, ExitFailure, "feeds.txt:2:"},
		{[]string{"watch", "--feeds", empty, "--once"}, ExitFailure, "lists no feed"},
		{[]string{"watch", "--feeds", filepath.Join(dir, "missing.txt"), "--once"}, ExitFailure, "missing.txt"},
	}
	for _, tt := range tests {
		code, _, errOut := run(t, tt.args...)
		if code != tt.code || !strings.Contains(errOut, tt.want) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", tt.args, code, errOut, tt.code, tt.want)
		}
	}
}
