package eval

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/newsfold/newsfold/internal/extract/htmlbody"
)

// TestExtractBaseline scores go-trafilatura on the benchmark's development
// split beside htmlbody. It is slow, so it runs only with
// NEWSFOLD_BASELINE=1.
func TestExtractBaseline(t *testing.T) {
	if os.Getenv("NEWSFOLD_BASELINE") == "" {
		t.Skip("set NEWSFOLD_BASELINE=1 to compare with go-trafilatura")
	}
	gold := filepath.Join(extractSharedDir, "ground-truth.json")
	if _, err := os.Stat(gold); err != nil {
		t.Skip("benchmark data not present:", err)
	}
	pages := filepath.Join(extractSharedDir, "html")
	for _, ex := range []struct {
		name string
		fn   func(id, path string) (string, error)
	}{{"htmlbody", ExtractWithHTMLBody}, {"go-trafilatura", ExtractWithTrafilatura}} {
		rep, err := RunExtractEval(context.Background(), gold, pages, ex.fn)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%-15s F1 %.3f  P %.3f  R %.3f  pages %d", ex.name, rep.F1, rep.Precision, rep.Recall, len(rep.Pages))
	}
}

// BenchmarkExtractCompare measures pages per second of htmlbody and of
// go-trafilatura on the benchmark's pages (run with -cpu 1 for one core).
func BenchmarkExtractCompare(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(extractSharedDir, "html", "*.html.gz"))
	if len(files) == 0 {
		b.Skip("benchmark pages not present")
	}
	sort.Strings(files)
	pages := make([]string, len(files))
	for i, f := range files {
		page, err := ReadExtractPage(f)
		if err != nil {
			b.Fatal(err)
		}
		pages[i] = page
	}
	run := func(b *testing.B, extract func(string) error) {
		for i := 0; b.Loop(); i++ {
			if err := extract(pages[i%len(pages)]); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
	}
	b.Run("htmlbody", func(b *testing.B) {
		run(b, func(p string) error { _, err := htmlbody.Extract(p); return err })
	})
	b.Run("go-trafilatura", func(b *testing.B) {
		run(b, func(p string) error { _, err := extractTrafilaturaPage(p); return err })
	})
}
