package store

import (
	"context"
	"errors"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
)

func TestMatchQuery(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"   ", ""},
		{"ferry fares", `"ferry" "fares"`},
		{`"ferry fares" rise`, `"ferry fares" "rise"`},
		{`ferry"`, `"ferry"`},
		{`"unclosed phrase`, `"unclosed phrase"`},
		{"fares AND NOT rise OR x", `"fares" "AND" "NOT" "rise" "OR" "x"`},
		{"title:ferry* ^rise (NEAR)", `"title" "ferry" "rise" "NEAR"`},
		{"Tarnby's café", `"Tarnby" "s" "café"`},
		{"'; DROP TABLE articles; --", `"DROP" "TABLE" "articles"`},
		{`""`, ""},
		{"***", ""},
	} {
		if got := MatchQuery(tc.in); got != tc.want {
			t.Errorf("MatchQuery(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// folded is a store holding the example pages.
func folded(t *testing.T) *SQLite {
	t.Helper()
	s := openTemp(t)
	if _, err := s.AddPages(context.Background(), readPages(t, examplesDir)); err != nil {
		t.Fatal(err)
	}
	return s
}

// TestSearchHostileQueries runs queries a person might type, quotes and
// operators included, against a real index: none may fail.
func TestSearchHostileQueries(t *testing.T) {
	s := folded(t)
	ctx := context.Background()
	for _, q := range []string{`"dam`, `dam"`, `dam AND`, `OR`, `NOT dam`, `dam*`, `(dam`, `body:dam`, `"" dam`,
		`dam NEAR/2 breach`, `'`, `;`, `\`, `%`, "dam\x00", `{dam}`, `-dam`, `+dam`, `^dam`} {
		if _, err := s.Search(ctx, q, 5); err != nil {
			t.Errorf("Search(%q): %v", q, err)
		}
		if _, err := s.Stories(ctx, StoryQuery{Q: q}); err != nil {
			t.Errorf("Stories(Q: %q): %v", q, err)
		}
	}
}

func TestSearch(t *testing.T) {
	s := folded(t)
	ctx := context.Background()
	hits, err := s.Search(ctx, "dam", 50)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) == 0 {
		t.Fatal("no hit for a word of the examples")
	}
	for _, h := range hits {
		if h.ID == "" || h.Story == "" || h.Snippet == "" {
			t.Errorf("hit %+v lacks an ID, story or snippet", h)
		}
	}
	if hits, err := s.Search(ctx, "zzyzxnotaword", 5); err != nil || len(hits) != 0 {
		t.Errorf("search for a missing word: %v %v", hits, err)
	}
	if hits, err := s.Search(ctx, "dam", 1); err != nil || len(hits) != 1 {
		t.Errorf("limit 1: %d hits, %v", len(hits), err)
	}
}

func TestStoriesFilters(t *testing.T) {
	s := folded(t)
	ctx := context.Background()
	all, err := s.Stories(ctx, StoryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 4 {
		t.Fatalf("%d stories, want 4", len(all))
	}
	for i := 1; i < len(all); i++ {
		if all[i].LastPublished.HasYear() && all[i-1].LastPublished.Before(all[i].LastPublished) {
			t.Errorf("story %s (%v) listed before the later %s (%v)", all[i-1].ID, all[i-1].LastPublished, all[i].ID, all[i].LastPublished)
		}
	}
	first := all[0]
	if len(first.Articles) == 0 || len(first.Outlets) == 0 || first.Title == "" {
		t.Errorf("entry %+v lacks articles, outlets or title", first)
	}

	page, err := s.Stories(ctx, StoryQuery{Limit: 2, Offset: 1})
	if err != nil || len(page) != 2 || page[0].ID != all[1].ID {
		t.Errorf("limit 2 offset 1: %v %v", page, err)
	}

	outlet := first.Outlets[0]
	byOutlet, err := s.Stories(ctx, StoryQuery{Outlet: outlet})
	if err != nil || len(byOutlet) == 0 || len(byOutlet) > len(all) {
		t.Errorf("outlet %q: %v %v", outlet, byOutlet, err)
	}
	for _, e := range byOutlet {
		if !contains(e.Outlets, outlet) {
			t.Errorf("outlet %q: story %s from %v", outlet, e.ID, e.Outlets)
		}
	}
	if none, err := s.Stories(ctx, StoryQuery{Outlet: "No Such Outlet"}); err != nil || len(none) != 0 {
		t.Errorf("unknown outlet: %v %v", none, err)
	}

	st, arts, err := s.Story(ctx, first.ID)
	if err != nil {
		t.Fatal(err)
	}
	var name string
	for _, a := range arts {
		for _, e := range a.Entities {
			name = e.Name
		}
	}
	if name == "" {
		t.Fatalf("story %s names no entity", st.ID)
	}
	byEntity, err := s.Stories(ctx, StoryQuery{Entity: name})
	if err != nil || len(byEntity) == 0 {
		t.Errorf("entity %q: %v %v", name, byEntity, err)
	}
	found := false
	for _, e := range byEntity {
		found = found || e.ID == first.ID
	}
	if !found {
		t.Errorf("entity %q: story %s not listed", name, first.ID)
	}

	if later, err := s.Stories(ctx, StoryQuery{Since: news.Date{Year: 2999, Month: 1, Day: 1}}); err != nil || len(later) != 0 {
		t.Errorf("since 2999: %v %v", later, err)
	}
	if since, err := s.Stories(ctx, StoryQuery{Since: first.LastPublished}); err != nil || len(since) == 0 || since[0].ID != first.ID {
		t.Errorf("since %v: %v %v", first.LastPublished, since, err)
	}
	hits, _ := s.Search(ctx, "dam", 1)
	byQ, err := s.Stories(ctx, StoryQuery{Q: "dam"})
	if err != nil || len(hits) == 0 || len(byQ) == 0 {
		t.Errorf("q dam: %v %v", byQ, err)
	}
}

func TestStoryAndArticle(t *testing.T) {
	s := folded(t)
	ctx := context.Background()
	all, err := s.Stories(ctx, StoryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range all {
		st, arts, err := s.Story(ctx, e.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(arts) != len(st.Articles) || len(arts) != len(e.Articles) {
			t.Errorf("story %s: %d articles, %d IDs, entry %d", e.ID, len(arts), len(st.Articles), len(e.Articles))
		}
		for i, a := range arts {
			if a.ID != st.Articles[i] || len(a.Paragraphs) == 0 {
				t.Errorf("story %s article %d: %q with %d paragraphs", e.ID, i, a.ID, len(a.Paragraphs))
			}
			if i > 0 && a.Published.HasYear() && a.Published.Before(arts[i-1].Published) {
				t.Errorf("story %s: %s before %s out of order", e.ID, arts[i-1].ID, a.ID)
			}
		}
		a, p, err := s.Article(ctx, arts[0].ID)
		if err != nil {
			t.Fatal(err)
		}
		if a.ID != arts[0].ID || a.Body() != arts[0].Body() || p.Content == "" || p.ID == "" {
			t.Errorf("article %s: page %+v", a.ID, p.ID)
		}
	}
	if _, _, err := s.Story(ctx, "s999"); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing story: %v", err)
	}
	if _, _, err := s.Article(ctx, "nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing article: %v", err)
	}
}

func TestMeta(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	if _, ok, err := s.Meta(ctx, "feed.etag"); ok || err != nil {
		t.Errorf("unset key: %v %v", ok, err)
	}
	for _, v := range []string{"one", "two"} {
		if err := s.SetMeta(ctx, "feed.etag", v); err != nil {
			t.Fatal(err)
		}
		if got, ok, err := s.Meta(ctx, "feed.etag"); got != v || !ok || err != nil {
			t.Errorf("meta = %q %v %v, want %q", got, ok, err, v)
		}
	}
}

// FuzzMatchQuery checks that any text a person types gives a query the
// full-text index accepts.
func FuzzMatchQuery(f *testing.F) {
	for _, q := range []string{`"dam breach"`, `dam AND`, `NEAR(a b)`, `col:x*`, `"`, `a"b"c`, "é\u0301"} {
		f.Add(q)
	}
	s, err := Open(context.Background(), ":memory:")
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { s.Close() })
	f.Fuzz(func(t *testing.T, q string) {
		m := MatchQuery(q)
		if m == "" {
			return
		}
		if _, err := s.Search(context.Background(), q, 1); err != nil {
			t.Fatalf("Search(%q) as %q: %v", q, m, err)
		}
	})
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
