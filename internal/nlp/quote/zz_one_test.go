package quote

import (
	"fmt"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
	"github.com/newsfold/newsfold/internal/nlp/entity"
)

func TestOne(t *testing.T) {
	for _, p := range []string{
		"Larry Nordvig, executive director of the Richmond Tea Party, said the national groups were not aware of “how much activity was going on underneath the surface down here and how large the ABC — Anybody But Cantor — mentality was.”",
		"Elizabeth Lauten, the communications director for Rep. Stephen Fincher (R-Tenn.), wrote that the two teenagers should \"try showing a little class,\" \"dress like you deserve respect, not a spot at a bar,\" and, most of all, \"don't make faces\" at Very Serious public events.",
	} {
		a := &news.Article{Paragraphs: []string{p}}
		entity.Find(a)
		Find(a)
		fmt.Println(a.Entities)
		for _, m := range entity.Locate(a) {
			fmt.Println("  ", m.Name, m.Type, m.Start, m.End)
		}
		fmt.Println(a.Quotes)
	}
}

func TestOneDebug(t *testing.T) {
	p := "Larry Nordvig, executive director of the Richmond Tea Party, said the national groups were not aware of “how much activity was going on.”"
	a := &news.Article{Paragraphs: []string{p}}
	entity.Find(a)
	ms := entity.Locate(a)
	open := len("Larry Nordvig, executive director of the Richmond Tea Party, said the national groups were not aware of ")
	fmt.Println(findCues(p, 0, open))
	fmt.Println(refsIn(p, 0, open, ms))
	fmt.Println(before(p, 0, open, ms))
}
