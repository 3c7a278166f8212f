package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
)

// FuzzExtractText checks that extraction from text never panics, is
// deterministic, and only ever keeps words the page holds.
func FuzzExtractText(f *testing.F) {
	pages, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, path := range pages {
		if raw, err := os.ReadFile(path); err == nil {
			f.Add(string(raw))
		}
	}
	f.Add("By Jane Doe\nOAKDALE, Nov 28 (AFP) – The council met on Monday to vote on the plan for the river.\n")
	f.Fuzz(func(t *testing.T, content string) {
		page := news.Page{ID: "f", Kind: news.KindText, Content: content}
		a, err := Extract(page)
		b, err2 := Extract(page)
		if (err == nil) != (err2 == nil) {
			t.Fatalf("Extract is not deterministic: %v then %v", err, err2)
		}
		if err != nil {
			return
		}
		if render(a) != render(b) {
			t.Fatalf("Extract is not deterministic:\n%s\nthen\n%s", render(a), render(b))
		}
		words := make(map[string]bool)
		for _, w := range tokens(content) {
			words[w] = true
		}
		for _, p := range a.Paragraphs {
			for _, w := range tokens(p) {
				if !words[w] {
					t.Fatalf("paragraph %q has word %q the page does not", p, w)
				}
			}
		}
	})
}

// BenchmarkExtractText extracts the invented pages in testdata and reports
// pages per second.
func BenchmarkExtractText(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	var pages []news.Page
	for _, path := range paths {
		raw, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, news.Page{ID: path, Kind: news.KindText, Content: strings.Repeat(string(raw), 3)})
	}
	b.ResetTimer()
	for b.Loop() {
		for _, p := range pages {
			_, _ = Extract(p)
		}
	}
	b.ReportMetric(float64(b.N*len(pages))/b.Elapsed().Seconds(), "pages/s")
}
