package compare

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
)

// sharedStories reads the development stories of ../shared, grouped by
// their gold story; the test is skipped when the data is absent.
func sharedStories(t *testing.T) [][]*news.Article {
	t.Helper()
	f, err := os.Open("../../../shared/data/clustering/basil-dev.jsonl")
	if err != nil {
		t.Skipf("shared data not available: %v", err)
	}
	defer f.Close()
	type record struct {
		ID, Cluster, Source, Title, Text string
		Date                             *string
	}
	groups := map[string][]*news.Article{}
	var order []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var r record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("decode: %v", err)
		}
		a := &news.Article{ID: r.ID, Outlet: r.Source, Title: r.Title}
		if r.Date != nil {
			a.Published, _ = news.ParseDate(*r.Date)
		}
		for _, p := range strings.Split(r.Text, "\n") {
			if p = strings.TrimSpace(p); p != "" && p != r.Title {
				a.Paragraphs = append(a.Paragraphs, p)
			}
		}
		if groups[r.Cluster] == nil {
			order = append(order, r.Cluster)
		}
		groups[r.Cluster] = append(groups[r.Cluster], a)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	out := make([][]*news.Article, len(order))
	for i, c := range order {
		out[i] = groups[c]
	}
	return out
}

// TestSharedStories checks what must hold on real stories: facts are
// carried by several articles and written in one of them, exclusives and
// summaries are never furniture, and the timeline is in order.
func TestSharedStories(t *testing.T) {
	stories := sharedStories(t)
	facts := 0
	for _, arts := range stories {
		s := &news.Story{}
		Compare(s, arts)
		body := map[string]string{}
		for _, a := range arts {
			body[a.ID] = strings.Join(strings.Fields(a.Body()), " ")
		}
		facts += len(s.Facts)
		for _, f := range s.Facts {
			if len(f.Articles) < 2 {
				t.Errorf("fact carried once: %q", f.Text)
			}
			found := false
			for _, id := range f.Articles {
				found = found || strings.Contains(body[id], f.Text)
			}
			if !found {
				t.Errorf("fact not written in its articles: %q", f.Text)
			}
		}
		for _, e := range s.Exclusives {
			if IsBoilerplate(e.Text) || !strings.Contains(body[e.Article], e.Text) {
				t.Errorf("bad exclusive for %s: %q", e.Article, e.Text)
			}
		}
		if s.Title == "" || s.Summary == "" {
			t.Errorf("story without title or summary: %v", s.Articles)
		}
		for i := 1; i < len(s.Timeline); i++ {
			if s.Timeline[i].Date.Before(s.Timeline[i-1].Date) {
				t.Errorf("timeline out of order: %v before %v", s.Timeline[i-1].Date, s.Timeline[i].Date)
			}
		}
	}
	t.Logf("%d stories, %d facts", len(stories), facts)
}
