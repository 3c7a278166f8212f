// Package storetest checks that a store.Store behaves as the interface
// says, so that every implementation runs one suite (as testing/fstest
// does for file systems). It takes a function that opens an empty store
// and gives test failures.
package storetest

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
	"github.com/newsfold/newsfold/internal/store"
)

// Pages are invented pages of two stories: three outlets on a ferry fare
// rise in one town, and two on a bridge closing in another, a month
// later.
func Pages() []news.Page {
	page := func(id, source, date, title, text string) news.Page {
		return news.Page{ID: id, Path: id, Kind: news.KindText, Clean: true, Source: source, Date: date, Title: title, Content: title + "\n\n" + text}
	}
	return []news.Page{
		page("quillby-post/fares", "Quillby Post", "2031-04-07", "Quillby ferry fares to rise by a fifth",
			`QUILLBY — The Quillby Harbour Board voted on Monday to raise ferry fares by 20 percent from June, its chair Mara Tollan said.

"We have no other way to keep the crossings running," Ms. Tollan told reporters after the vote.

The board said fuel costs had doubled since 2029 and that the island route lost 1.4 million crowns last year.`),
		page("tarnby-courier/fares", "Tarnby Courier", "2031-04-07", "Harbour board backs 20 percent ferry fare rise",
			`The Quillby Harbour Board on Monday approved a 20 percent rise in ferry fares from June, blaming fuel costs that have doubled since 2029.

Board chair Mara Tollan said: "We have no other way to keep the crossings running."

Islanders' groups said the rise would hit commuters hardest and called for a season pass.`),
		page("wrenmouth-gazette/fares", "Wrenmouth Gazette", "2031-04-08", "Islanders protest Quillby ferry fare rise",
			`Islanders gathered at the Quillby ferry terminal on Tuesday to protest a 20 percent fare rise the harbour board approved on Monday.

Mara Tollan, who chairs the Quillby Harbour Board, said fuel costs had doubled since 2029.`),
		page("tarnby-courier/bridge", "Tarnby Courier", "2031-05-12", "Orrin Bridge shut after cracks found in main span",
			`ORRINFORD — Engineers closed the Orrin Bridge on Monday after inspectors found cracks in its main span, the Orrinford Roads Office said.

Traffic will be sent through Kesby, adding 40 minutes to the journey, said roads officer Ivo Brandt.`),
		page("wrenmouth-gazette/bridge", "Wrenmouth Gazette", "2031-05-13", "Orrin Bridge to stay closed for months",
			`The Orrin Bridge, closed on Monday after cracks were found in its main span, will stay shut for at least three months, the Orrinford Roads Office said on Tuesday.

Ivo Brandt of the roads office said drivers should go through Kesby.`),
	}
}

// Run runs the suite; open gives a new, empty store each time it is
// called, which Run closes.
func Run(t *testing.T, open func(t *testing.T) store.Store) {
	t.Run("AddPagesTwice", func(t *testing.T) { testAddPagesTwice(t, open(t)) })
	t.Run("Stories", func(t *testing.T) { testStories(t, open(t)) })
	t.Run("StoryAndArticle", func(t *testing.T) { testStoryAndArticle(t, open(t)) })
	t.Run("Search", func(t *testing.T) { testSearch(t, open(t)) })
	t.Run("Meta", func(t *testing.T) { testMeta(t, open(t)) })
	t.Run("NotFound", func(t *testing.T) { testNotFound(t, open(t)) })
}

func fill(t *testing.T, s store.Store) {
	t.Helper()
	st, err := s.AddPages(context.Background(), Pages())
	if err != nil {
		t.Fatal(err)
	}
	if st.Pages != 5 || st.New != 5 || st.Articles != 5 || st.Duplicates != 0 || st.Stories == 0 {
		t.Fatalf("adding the pages: %+v", st)
	}
}

func testAddPagesTwice(t *testing.T, s store.Store) {
	defer s.Close()
	ctx := context.Background()
	fill(t, s)
	before, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if before != (store.Counts{Pages: 5, Articles: 5, Stories: 2}) {
		t.Errorf("counts %+v, want 5 pages, 5 articles, 2 stories", before)
	}
	st, err := s.AddPages(ctx, Pages())
	if err != nil {
		t.Fatal(err)
	}
	if st != (store.IngestStats{Pages: 5, Duplicates: 5}) {
		t.Errorf("adding again: %+v", st)
	}
	if after, err := s.Counts(ctx); err != nil || after != before {
		t.Errorf("counts changed on adding again: %+v, %v", after, err)
	}
}

func testStories(t *testing.T, s store.Store) {
	defer s.Close()
	ctx := context.Background()
	fill(t, s)
	all, err := s.Stories(ctx, store.StoryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 2 {
		t.Fatalf("%d stories, want 2", len(all))
	}
	bridge, fares := all[0], all[1] // the later story first
	if len(bridge.Articles) != 2 || len(fares.Articles) != 3 {
		t.Fatalf("stories %v and %v, want the bridge's 2 articles then the fares' 3", bridge.Articles, fares.Articles)
	}
	if !slices.Contains(fares.Articles, "quillby-post/fares") || !slices.Contains(bridge.Articles, "tarnby-courier/bridge") {
		t.Errorf("stories %v and %v hold the wrong articles", bridge.Articles, fares.Articles)
	}
	if bridge.FirstPublished != (news.Date{Year: 2031, Month: 5, Day: 12}) || bridge.LastPublished != (news.Date{Year: 2031, Month: 5, Day: 13}) {
		t.Errorf("bridge story dates %v to %v", bridge.FirstPublished, bridge.LastPublished)
	}
	if !slices.Contains(fares.Outlets, "Quillby Post") || fares.Title == "" {
		t.Errorf("fares story: outlets %v, title %q", fares.Outlets, fares.Title)
	}
	for _, tc := range []struct {
		name string
		q    store.StoryQuery
		want []string
	}{
		{"limit", store.StoryQuery{Limit: 1}, []string{bridge.ID}},
		{"offset", store.StoryQuery{Offset: 1}, []string{fares.ID}},
		{"since", store.StoryQuery{Since: news.Date{Year: 2031, Month: 5, Day: 1}}, []string{bridge.ID}},
		{"outlet", store.StoryQuery{Outlet: "Quillby Post"}, []string{fares.ID}},
		{"outlet of both", store.StoryQuery{Outlet: "Tarnby Courier"}, []string{bridge.ID, fares.ID}},
		{"entity", store.StoryQuery{Entity: "Mara Tollan"}, []string{fares.ID}},
		{"text", store.StoryQuery{Q: "cracks"}, []string{bridge.ID}},
		{"text and outlet", store.StoryQuery{Q: "fares", Outlet: "Wrenmouth Gazette"}, []string{fares.ID}},
		{"nothing", store.StoryQuery{Q: "volcano"}, nil},
	} {
		got, err := s.Stories(ctx, tc.q)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		var ids []string
		for _, e := range got {
			ids = append(ids, e.ID)
		}
		if !slices.Equal(ids, tc.want) {
			t.Errorf("%s: stories %v, want %v", tc.name, ids, tc.want)
		}
	}
}

func testStoryAndArticle(t *testing.T, s store.Store) {
	defer s.Close()
	ctx := context.Background()
	fill(t, s)
	all, err := s.Stories(ctx, store.StoryQuery{Outlet: "Quillby Post"})
	if err != nil || len(all) != 1 {
		t.Fatalf("stories %v %v", all, err)
	}
	st, arts, err := s.Story(ctx, all[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if st.ID != all[0].ID || len(arts) != 3 || !slices.Equal(st.Articles, all[0].Articles) {
		t.Fatalf("story %s: %d articles %v, listed as %v", st.ID, len(arts), st.Articles, all[0].Articles)
	}
	for i, a := range arts {
		if a.ID != st.Articles[i] || len(a.Paragraphs) == 0 {
			t.Errorf("article %d: %q, %d paragraphs", i, a.ID, len(a.Paragraphs))
		}
		if i > 0 && arts[i].Published.Before(arts[i-1].Published) {
			t.Errorf("articles not earliest first: %v then %v", arts[i-1].Published, arts[i].Published)
		}
	}
	a, p, err := s.Article(ctx, "wrenmouth-gazette/fares")
	if err != nil {
		t.Fatal(err)
	}
	if a.Outlet != "Wrenmouth Gazette" || a.Published != (news.Date{Year: 2031, Month: 4, Day: 8}) || p.ID != "wrenmouth-gazette/fares" || p.Content == "" {
		t.Errorf("article %+v from page %+v", a, p)
	}
}

func testSearch(t *testing.T, s store.Store) {
	defer s.Close()
	ctx := context.Background()
	fill(t, s)
	hits, err := s.Search(ctx, "Kesby", 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 2 {
		t.Fatalf("%d hits for Kesby, want 2: %+v", len(hits), hits)
	}
	for _, h := range hits {
		if h.Story == "" || h.Snippet == "" || h.Title == "" || h.Outlet == "" {
			t.Errorf("hit %+v lacks a field", h)
		}
	}
	if hits, err := s.Search(ctx, `"no other way"`, 10); err != nil || len(hits) != 2 {
		t.Errorf("phrase: %d hits, %v", len(hits), err)
	}
	for _, q := range []string{`"`, `fares AND`, `OR`, `*`, `col:fares`, `(`, `NEAR(`, `'`} {
		if _, err := s.Search(ctx, q, 10); err != nil {
			t.Errorf("Search(%q): %v", q, err)
		}
	}
}

func testMeta(t *testing.T, s store.Store) {
	defer s.Close()
	ctx := context.Background()
	if _, ok, err := s.Meta(ctx, "feed.etag"); ok || err != nil {
		t.Errorf("unset key: %v %v", ok, err)
	}
	for _, v := range []string{`W/"1"`, `W/"2"`} {
		if err := s.SetMeta(ctx, "feed.etag", v); err != nil {
			t.Fatal(err)
		}
		if got, ok, err := s.Meta(ctx, "feed.etag"); got != v || !ok || err != nil {
			t.Errorf("Meta = %q %v %v, want %q", got, ok, err, v)
		}
	}
}

func testNotFound(t *testing.T, s store.Store) {
	defer s.Close()
	ctx := context.Background()
	if _, _, err := s.Story(ctx, "no-such-story"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Story: %v, want ErrNotFound", err)
	}
	if _, _, err := s.Article(ctx, "no-such-article"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Article: %v, want ErrNotFound", err)
	}
	if c, err := s.Counts(ctx); err != nil || c != (store.Counts{}) {
		t.Errorf("empty store counts %+v %v", c, err)
	}
}
