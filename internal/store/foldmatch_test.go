package store

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/newsfold/newsfold/internal/cluster"
	"github.com/newsfold/newsfold/internal/compare"
	"github.com/newsfold/newsfold/internal/dedup"
	"github.com/newsfold/newsfold/internal/extract"
	"github.com/newsfold/newsfold/internal/fold"
	"github.com/newsfold/newsfold/internal/news"
	"github.com/newsfold/newsfold/internal/nlp/entity"
	"github.com/newsfold/newsfold/internal/nlp/timex"
	"github.com/newsfold/newsfold/internal/synth"
)

// TestIngestMatchesFold folds one synthetic stream into a store in
// batches, as ingest does, settling at the end, and in memory. In one
// batch the store must give what fold.Group gives: the same articles in
// each story and the same dossier (story IDs aside, which each numbers
// its own way). In several, the clusterer is asked for its groups after
// every batch, which moves some articles; the reference is then the
// same clusterer fed the same batches in memory, each final group
// completed and compared as fold does, and the dossiers must match
// except for related stories (a story not written in the last batch
// keeps the related stories it had when it was).
func TestIngestMatchesFold(t *testing.T) {
	for _, tc := range []struct {
		name  string
		seed  int64
		n     int
		batch int
	}{
		{"one batch", 21, 120, 120},
		{"batches of 25", 22, 240, 25},
		{"batches of 7", 23, 150, 7},
		{"batches of 50", 24, 200, 50},
	} {
		pages := uniquePages(synthPages(tc.seed, tc.n))
		var want map[string][]byte
		related := true
		if tc.batch >= len(pages) {
			want = byArticles(t, fold.Group(understandAll(pages)), related)
		} else {
			related = false
			want = byArticles(t, batchedFold(understandAll(pages), tc.batch), related)
		}
		for _, atRest := range []bool{false, true} {
			name := tc.name
			if atRest {
				name += ", compared at rest"
			}
			t.Run(name, func(t *testing.T) {
				ctx := context.Background()
				s, err := OpenOptions(ctx, filepath.Join(t.TempDir(), "test.db"), Options{CompareAtRest: atRest})
				if err != nil {
					t.Fatal(err)
				}
				defer s.Close()
				for i := 0; i < len(pages); i += tc.batch {
					if _, err := s.AddPages(ctx, pages[i:min(i+tc.batch, len(pages))]); err != nil {
						t.Fatal(err)
					}
				}
				if err := s.Settle(ctx); err != nil {
					t.Fatal(err)
				}
				got := storeStories(t, s, related)
				if len(got) != len(want) {
					t.Errorf("%d stories in the store, fold gives %d", len(got), len(want))
				}
				for key, w := range want {
					g, ok := got[key]
					if !ok {
						t.Errorf("fold's story of %s is not in the store", key)
						continue
					}
					if !bytes.Equal(g, w) {
						i := 0
						for i < len(g) && i < len(w) && g[i] == w[i] {
							i++
						}
						t.Errorf("story of %s: the store's dossier differs from fold's at byte %d\n store …%.200s\n fold  …%.200s",
							key, i, g[max(0, i-60):], w[max(0, i-60):])
					}
				}
			})
		}
	}
}

// understandAll extracts and understands the pages' articles, passing
// over pages without one.
func understandAll(pages []news.Page) []*news.Article {
	var arts []*news.Article
	for _, p := range pages {
		a, err := extract.Extract(p)
		if err != nil {
			continue
		}
		fold.Understand(a)
		arts = append(arts, a)
	}
	return arts
}

// batchedFold is fold.Group with the clusterer asked for its groups
// after every batch, as a store folding batch after batch asks it: each
// batch's articles are checked for copies and clustered in order of
// publication, and the final groups are completed and compared as fold
// completes them.
func batchedFold(arts []*news.Article, batch int) []*news.Story {
	c := cluster.New(cluster.Options{})
	copies := dedup.NewStream(copyWindow)
	var groups []cluster.Group
	for i := 0; i < len(arts); i += batch {
		b := append([]*news.Article(nil), arts[i:min(i+batch, len(arts))]...)
		sort.SliceStable(b, func(i, j int) bool { return arrivesBefore(b[i], b[j]) })
		for _, a := range b {
			copies.Add(a, dedup.Prepare(a))
		}
		for _, a := range b {
			c.AddDescribed(a, cluster.Describe(a))
		}
		groups = c.Groups()
	}
	var stories []*news.Story
	for _, g := range groups {
		members := make([]*news.Article, len(g.Articles))
		for i, a := range g.Articles {
			members[i] = cloneArticle(a)
		}
		entity.MergeStory(members)
		timex.DateStory(members)
		sort.SliceStable(members, func(i, j int) bool { return arrivesBefore(members[i], members[j]) })
		st := &news.Story{ID: strconv.Itoa(g.Story)}
		for _, a := range members {
			st.Articles = append(st.Articles, a.ID)
			if a.Published.HasYear() && (st.FirstPublished.IsZero() || a.Published.Before(st.FirstPublished)) {
				st.FirstPublished = a.Published
			}
		}
		compare.Compare(st, members)
		stories = append(stories, st)
	}
	return stories
}

func synthPages(seed int64, n int) []news.Page {
	stream := synth.New(seed, synth.Options{PerDay: 40, Topics: 6, Outlets: 5})
	pages := make([]news.Page, n)
	for i := range pages {
		pages[i] = stream.Next().Page()
	}
	return pages
}

// uniquePages drops pages whose content came before: the store keeps
// one page for one content, fold reads them all.
func uniquePages(pages []news.Page) []news.Page {
	seen := map[string]bool{}
	var out []news.Page
	for _, p := range pages {
		if h := pageHash(p); !seen[h] {
			seen[h] = true
			out = append(out, p)
		}
	}
	return out
}

// storeStories gives each story of the store's dossier by its articles.
func storeStories(t *testing.T, s *SQLite, related bool) map[string][]byte {
	t.Helper()
	ctx := context.Background()
	entries, err := s.Stories(ctx, StoryQuery{Limit: MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	var stories []*news.Story
	for _, e := range entries {
		st, _, err := s.Story(ctx, e.ID)
		if err != nil {
			t.Fatal(err)
		}
		stories = append(stories, st)
	}
	return byArticles(t, stories, related)
}

// byArticles keys stories by their sorted article IDs and writes each
// with its own ID left out and its related stories named by their
// articles (or left out too, unless related), so that two ways of
// numbering stories compare equal.
func byArticles(t *testing.T, stories []*news.Story, related bool) map[string][]byte {
	t.Helper()
	keyOf := map[string]string{}
	for _, st := range stories {
		ids := append([]string(nil), st.Articles...)
		sort.Strings(ids)
		keyOf[st.ID] = strings.Join(ids, " ")
	}
	out := map[string][]byte{}
	for _, st := range stories {
		c := *st
		c.ID = ""
		c.Related = nil
		for _, r := range st.Related {
			if !related {
				break
			}
			c.Related = append(c.Related, "["+keyOf[r]+"]")
		}
		sort.Strings(c.Related)
		data, err := json.Marshal(&c)
		if err != nil {
			t.Fatal(err)
		}
		out[keyOf[st.ID]] = data
	}
	return out
}
