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
	// A big first fold, then small ones.
	for i, n := 0, 120; i < len(pages); i, n = i+n, 30 {
		if _, err := s.AddPages(ctx, pages[i:i+n]); err != nil {
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

func TestDeferCompareRule(t *testing.T) {
	big := make([]*liveArticle, lightMin)
	for _, tc := range []struct {
		name              string
		members           []*liveArticle
		absorb            []string
		touched, compared map[string]int64
		fold              int64
		atRest            bool
		light             bool
	}{
		{"first fold", big, nil, nil, nil, 1, false, false},
		{"new story", big, nil, map[string]int64{}, map[string]int64{}, 5, false, false},
		{"grew last fold", big, nil, map[string]int64{"s1": 4}, map[string]int64{"s1": 4}, 5, false, true},
		{"compared long ago", big, nil, map[string]int64{"s1": 8}, map[string]int64{"s1": 5}, 9, false, false},
		{"rested a fold", big, nil, map[string]int64{"s1": 3}, map[string]int64{"s1": 3}, 5, false, false},
		{"small", big[:lightMin-1], nil, map[string]int64{"s1": 4}, map[string]int64{"s1": 4}, 5, false, false},
		{"merging", big, []string{"s2"}, map[string]int64{"s1": 4}, map[string]int64{"s1": 4}, 5, false, false},
		{"at rest: new story", big[:1], nil, nil, nil, 1, true, true},
		{"at rest: merging", big[:2], []string{"s2"}, map[string]int64{"s1": 3}, map[string]int64{"s1": 3}, 5, true, true},
	} {
		l := newLive()
		if tc.touched != nil {
			l.touched, l.compared = tc.touched, tc.compared
		}
		j := &storyJob{id: "s1", members: tc.members, absorb: tc.absorb}
		l.deferCompare([]*storyJob{j}, tc.fold, tc.atRest)
		if j.light != tc.light {
			t.Errorf("%s: light %v, want %v", tc.name, j.light, tc.light)
		}
	}
}
