package compare_test

import (
	"testing"

	"github.com/newsfold/newsfold/internal/compare"
	"github.com/newsfold/newsfold/internal/extract"
	"github.com/newsfold/newsfold/internal/fold"
	"github.com/newsfold/newsfold/internal/news"
	"github.com/newsfold/newsfold/internal/synth"
)

// synthStories folds the first n articles of a synthetic stream and
// returns every story's articles in story order, enriched as the
// pipeline hands them to Compare: many small stories of one to eight
// articles, as a news stream has.
func synthStories(tb testing.TB, n int) [][]*news.Article {
	tb.Helper()
	s := synth.New(1, synth.Options{})
	var arts []*news.Article
	for range n {
		a, err := extract.Extract(s.Next().Page())
		if err != nil {
			continue
		}
		fold.Understand(a)
		arts = append(arts, a)
	}
	byID := make(map[string]*news.Article, len(arts))
	for _, a := range arts {
		byID[a.ID] = a
	}
	var stories [][]*news.Article
	for _, st := range fold.Group(arts) {
		var group []*news.Article
		for _, id := range st.Articles {
			group = append(group, byID[id])
		}
		stories = append(stories, group)
	}
	return stories
}

// BenchmarkCompareStream compares every story of 600 synthetic articles
// once an iteration and reports articles per second.
func BenchmarkCompareStream(b *testing.B) {
	stories := synthStories(b, 600)
	articles := 0
	for _, g := range stories {
		articles += len(g)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, g := range stories {
			compare.Compare(&news.Story{}, g)
		}
	}
	b.ReportMetric(float64(b.N*articles)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(len(stories)), "stories")
}
