package quote

import (
	"strings"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
	"github.com/newsfold/newsfold/internal/nlp/entity"
	"github.com/newsfold/newsfold/internal/nlp/timex"
)

// BenchmarkUnderstand finds the entities and quotations of a typical
// article of about 600 words, as the pipeline does for every article.
func BenchmarkUnderstand(b *testing.B) {
	a := readArticle(b, "testdata/harbour.txt")
	// Pad the invented article to a typical length with its own prose.
	paras := append([]string(nil), a.Paragraphs...)
	for words(paras) < 600 {
		paras = append(paras, a.Paragraphs[len(paras)%len(a.Paragraphs)])
	}
	n := words(paras)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		art := &news.Article{Title: a.Title, Paragraphs: paras}
		entity.Find(art)
		Find(art)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(n), "words/article")
}

// BenchmarkUnderstandStage runs the whole understanding stage on the same
// article: its entities and quotations, then its date and time
// expressions, as the pipeline finds them for an article alone in its
// story.
func BenchmarkUnderstandStage(b *testing.B) {
	a := readArticle(b, "testdata/harbour.txt")
	paras := append([]string(nil), a.Paragraphs...)
	for words(paras) < 600 {
		paras = append(paras, a.Paragraphs[len(paras)%len(a.Paragraphs)])
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		art := &news.Article{Title: a.Title, Paragraphs: paras, MetadataDate: news.Date{Year: 2021, Month: 3, Day: 3}}
		entity.Find(art)
		Find(art)
		timex.DateArticle(art)
		timex.DateStory([]*news.Article{art})
		if len(art.Times) == 0 || len(art.Quotes) == 0 {
			b.Fatal("no times or quotations found")
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

func words(paras []string) int {
	n := 0
	for _, p := range paras {
		n += len(strings.Fields(p))
	}
	return n
}

// BenchmarkFind finds the quotations of the same article, its entities
// already found, to show the quotation finder's own share of the cost.
func BenchmarkFind(b *testing.B) {
	a := readArticle(b, "testdata/harbour.txt")
	paras := append([]string(nil), a.Paragraphs...)
	for words(paras) < 600 {
		paras = append(paras, a.Paragraphs[len(paras)%len(a.Paragraphs)])
	}
	art := &news.Article{Title: a.Title, Paragraphs: paras}
	entity.Find(art)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Find(art)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
