package compare

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
)

// syntheticStory builds n articles of about 30 sentences around the
// fixture story: its paragraphs plus invented sentences drawn from a
// small vocabulary, so that many sentences partly overlap.
func syntheticStory(tb testing.TB, n int) []*news.Article {
	base, _ := loadStory(tb, "brennmoor")
	r := rand.New(rand.NewPCG(1, 2))
	pick := func(words ...string) string { return words[r.IntN(len(words))] }
	var arts []*news.Article
	for i := 0; i < n; i++ {
		src := base[i%3]
		a := &news.Article{
			ID: fmt.Sprintf("a%02d", i), Outlet: fmt.Sprintf("Outlet %d", i), Title: src.Title,
			Published: news.Date{Year: 2031, Month: 4, Day: 10 + i%5},
			Quotes:    src.Quotes, Times: src.Times,
		}
		a.Paragraphs = append(a.Paragraphs, src.Paragraphs...)
		for p := 0; p < 8; p++ {
			var sents []string
			for k := 0; k < 3; k++ {
				sents = append(sents, fmt.Sprintf("The %s %s in %s %s %d %s on %s, %s %s said.",
					pick("regional", "local", "national", "provincial"),
					pick("council", "rescue service", "water board", "army unit", "hospital"),
					pick("Brennmoor", "Oskby", "Kessel", "Northgate", "Vaden"),
					pick("reported", "counted", "moved", "lost", "found"),
					r.IntN(40)+2,
					pick("families", "boats", "homes", "pumps", "bridges"),
					pick("Tuesday", "Wednesday", "Thursday"),
					pick("spokesman", "official", "engineer"),
					pick("Ada Brandt", "Piet Moller", "Lena Brisk", "Jon Aske")))
			}
			a.Paragraphs = append(a.Paragraphs, strings.Join(sents, " "))
			a.Quotes = append(a.Quotes, news.Quote{Text: sents[0], Speaker: "Ada Brandt", Paragraph: len(a.Paragraphs) - 1})
		}
		arts = append(arts, a)
	}
	return arts
}

func BenchmarkCompare50(b *testing.B) {
	arts := syntheticStory(b, 50)
	b.ResetTimer()
	for b.Loop() {
		s := &news.Story{}
		Compare(s, arts)
	}
	b.ReportMetric(float64(b.N*len(arts))/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkCompare6 times a story of six articles, the size most stories
// of a news stream have, where the work each article and each call
// needs counts more than the work each pair of sentences needs.
func BenchmarkCompare6(b *testing.B) {
	arts := syntheticStory(b, 6)
	b.ResetTimer()
	for b.Loop() {
		s := &news.Story{}
		Compare(s, arts)
	}
	b.ReportMetric(float64(b.N*len(arts))/b.Elapsed().Seconds(), "articles/s")
}
