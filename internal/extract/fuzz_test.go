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
	// Small seeds keep the fuzzer's minimising fast; the golden tests
	// cover whole pages.
	for _, s := range []string{
		"By Jane Doe\nOAKDALE, Nov 28 (AFP) – The council met on Monday to vote on the plan for the river.\n",
		"Home\nNews\nBridge vote passes\nThe council voted on Thursday to build a bridge, ending a long dispute.\nEngineers said it would take three years, and the\ncost would be shared.\nRelated\nFerry cuts winter timetable\n© 2020 Courier",
		"AFP: Talks will focus on water. LAKESIDE, 30 November 2005 (RFE/RL) -- Talks will focus on water.\nOnly the river\nThe minister, Jane Q.\nDoe, agreed on the plan for the basin.\nTop story...\n",
		"Results:\n1\nKyle Roe\n5040\n2\nAnn Lee\n5035\n",
	} {
		f.Add(s)
	}
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
