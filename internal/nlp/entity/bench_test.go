package entity

import (
	"strings"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
)

// BenchmarkFind tags a typical article of about 600 words.
func BenchmarkFind(b *testing.B) {
	a := readArticle(b, "testdata/harbour.txt")
	paras := append([]string(nil), a.Paragraphs...)
	for words(paras) < 600 {
		paras = append(paras, a.Paragraphs[len(paras)%len(a.Paragraphs)])
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Find(&news.Article{Title: a.Title, Paragraphs: paras})
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkLocate finds the mentions of a tagged article, as the quotation
// finder does.
func BenchmarkLocate(b *testing.B) {
	a := readArticle(b, "testdata/harbour.txt")
	Find(a)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Locate(a)
	}
}

func words(paras []string) int {
	n := 0
	for _, p := range paras {
		n += len(strings.Fields(p))
	}
	return n
}
