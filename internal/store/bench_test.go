package store

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
	"github.com/newsfold/newsfold/internal/synth"
)

// BenchmarkAddPages folds a synthetic stream of 1,000 articles into a
// fresh store, 250 at a time.
func BenchmarkAddPages(b *testing.B) {
	ctx := context.Background()
	stream := synth.New(3, synth.Options{})
	pages := make([]news.Page, 1000)
	for i := range pages {
		pages[i] = stream.Next().Page()
	}
	articles := 0
	b.ReportAllocs()
	for b.Loop() {
		s, err := Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
		if err != nil {
			b.Fatal(err)
		}
		for i := 0; i < len(pages); i += 250 {
			st, err := s.AddPages(ctx, pages[i:i+250])
			if err != nil {
				b.Fatal(err)
			}
			articles += st.Articles
		}
		s.Close()
	}
	b.ReportMetric(float64(articles)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkStories lists the newest stories of a store of 500 synthetic
// articles, with and without a search filter.
func BenchmarkStories(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	var pages []news.Page
	stream := synth.New(4, synth.Options{})
	for range 500 {
		pages = append(pages, stream.Next().Page())
	}
	if _, err := s.AddPages(ctx, pages); err != nil {
		b.Fatal(err)
	}
	for _, q := range []StoryQuery{{}, {Q: "minister"}} {
		b.Run("q="+q.Q, func(b *testing.B) {
			for b.Loop() {
				if _, err := s.Stories(ctx, q); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
