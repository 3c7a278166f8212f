package fold_test

import (
	"context"
	"errors"
	"os"
	"testing"

	"github.com/newsfold/newsfold/internal/fold"
	"github.com/newsfold/newsfold/internal/news"
)

func benchmarkFold(b *testing.B, path string) {
	if _, err := os.Stat(path); err != nil {
		b.Skipf("%s not present", path)
	}
	ctx := context.Background()
	articles := 0
	b.ReportAllocs()
	for b.Loop() {
		res, err := fold.Run(ctx, []string{path}, fold.Options{})
		if err != nil {
			b.Fatal(err)
		}
		articles += len(res.Articles)
	}
	b.ReportMetric(float64(articles)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkFoldExamples runs the whole pipeline on the shipped examples.
func BenchmarkFoldExamples(b *testing.B) { benchmarkFold(b, examplesDir) }

// BenchmarkFoldBASIL runs the whole pipeline on the BASIL development
// corpus (150 articles), when the shared data is present.
func BenchmarkFoldBASIL(b *testing.B) {
	benchmarkFold(b, "../../../shared/data/clustering/basil-dev.jsonl")
}

// BenchmarkFoldStream folds a synthetic stream of b.N articles (about 300
// a day) with Stream and reports articles per second; run with
// -benchtime=20000x for a stream long enough that stories close.
func BenchmarkFoldStream(b *testing.B) {
	path := writeStream(b, b.N, 300)
	b.ReportAllocs()
	b.ResetTimer()
	sum, err := fold.Stream(context.Background(), []string{path}, fold.Options{}, func(*news.Story, []*news.Article) error { return nil })
	b.StopTimer()
	if err != nil && !errors.Is(err, fold.ErrNothingRead) {
		b.Fatal(err)
	}
	b.ReportMetric(float64(sum.Articles)/b.Elapsed().Seconds(), "articles/s")
}
