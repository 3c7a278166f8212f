package quote

import (
	"testing"

	"github.com/newsfold/newsfold/internal/news"
	"github.com/newsfold/newsfold/internal/nlp/entity"
)

func BenchmarkZEntityOnly(b *testing.B) {
	a := readArticle(b, "testdata/harbour.txt")
	paras := append([]string(nil), a.Paragraphs...)
	for words(paras) < 600 {
		paras = append(paras, a.Paragraphs[len(paras)%len(a.Paragraphs)])
	}
	for b.Loop() {
		entity.Find(&news.Article{Title: a.Title, Paragraphs: paras})
	}
}

func BenchmarkZQuoteOnly(b *testing.B) {
	a := readArticle(b, "testdata/harbour.txt")
	paras := append([]string(nil), a.Paragraphs...)
	for words(paras) < 600 {
		paras = append(paras, a.Paragraphs[len(paras)%len(a.Paragraphs)])
	}
	art := &news.Article{Title: a.Title, Paragraphs: paras}
	entity.Find(art)
	for b.Loop() {
		Find(art)
	}
}
