package fold_test

import (
	"context"
	"os"
	"testing"

	"github.com/newsfold/newsfold/internal/fold"
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
