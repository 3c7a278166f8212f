package timex

import (
	"strings"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
)

// benchParagraphs returns an invented article of about words words.
func benchParagraphs(words int) []string {
	sentences := []string{
		"The council of Dorvin voted Monday to reopen the harbour, officials said.",
		"Mayor Ilsa Marr told reporters that the decision, first debated in mid-October, would cost about 2,000 jobs.",
		"The harbour closed on 14 October after a storm damaged the northern pier built in 1968.",
		"Engineers had warned last month that repairs could take until March 2012 or longer.",
		"A year ago the port handled more cargo than at any time since 2004, according to the Meridian.",
		"Critics said the plan may fail, and several groups will march to the town hall on Friday.",
		"Two days later, the opposition filed a complaint that the vote was rushed.",
	}
	var paras []string
	var b strings.Builder
	n := 0
	for i := 0; n < words; i++ {
		s := sentences[i%len(sentences)]
		b.WriteString(s)
		b.WriteByte(' ')
		n += len(strings.Fields(s))
		if i%3 == 2 {
			paras = append(paras, strings.TrimSpace(b.String()))
			b.Reset()
		}
	}
	if b.Len() > 0 {
		paras = append(paras, strings.TrimSpace(b.String()))
	}
	return paras
}

// BenchmarkDateArticle times the whole dating of one 600-word article:
// its own date, then its story's (a story of one).
func BenchmarkDateArticle(b *testing.B) {
	paras := benchParagraphs(600)
	b.ReportAllocs()
	for b.Loop() {
		a := &news.Article{
			Title:      "Dorvin votes to reopen harbour",
			Dateline:   &news.Dateline{Place: "DORVIN", Date: news.Date{Year: 2011, Month: 12, Day: 7}},
			Paragraphs: paras,
		}
		DateArticle(a)
		DateStory([]*news.Article{a})
		if len(a.Times) == 0 {
			b.Fatal("no expressions found")
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
