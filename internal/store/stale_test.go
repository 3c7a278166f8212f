package store

import (
	"bytes"
	"context"
	"encoding/json"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
	"github.com/newsfold/newsfold/internal/synth"
)

// TestDeferredCompare folds a synthetic stream in small batches, so that
// big stories change fold after fold and have their comparison put off,
// then settles the store and checks every story's dossier against one
// completed afresh from its articles.
func TestDeferredCompare(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	stream := synth.New(11, synth.Options{PerDay: 60, Topics: 8, Outlets: 6})
	var pages []news.Page
	for range 360 {
		pages = append(pages, stream.Next().Page())
	}
	sawStale := false
	for i := 0; i < len(pages); i += 30 {
		if _, err := s.AddPages(ctx, pages[i:i+30]); err != nil {
			t.Fatal(err)
		}
		if staleCount(t, s) > 0 {
			sawStale = true
		}
	}
	if !sawStale {
		t.Fatal("no story had its comparison put off; the test proves nothing")
	}
	if err := s.Settle(ctx); err != nil {
		t.Fatal(err)
	}
	if n := staleCount(t, s); n != 0 {
		t.Fatalf("%d stories stale after settling", n)
	}
	entries, err := s.Stories(ctx, StoryQuery{Limit: MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		st, _, err := s.Story(ctx, e.ID)
		if err != nil {
			t.Fatal(err)
		}
		var members []*liveArticle
		rows, err := s.db.QueryContext(ctx, `SELECT num, base FROM articles WHERE story = ?`, e.ID)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			la := &liveArticle{art: &news.Article{}}
			var base []byte
			if err := rows.Scan(&la.num, &base); err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(base, la.art); err != nil {
				t.Fatal(err)
			}
			members = append(members, la)
		}
		rows.Close()
		want := complete(&storyJob{id: e.ID, members: members, related: st.Related}, nil)
		got, _ := json.Marshal(st)
		exp, _ := json.Marshal(want.story)
		if !bytes.Equal(got, exp) {
			t.Errorf("story %s (%d articles): stored dossier differs from one completed afresh", e.ID, len(members))
		}
	}
}

func staleCount(t *testing.T, s *SQLite) int {
	t.Helper()
	var n int
	if err := s.db.QueryRow(`SELECT COUNT(*) FROM stories WHERE stale = 1`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}
