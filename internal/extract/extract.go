// Package extract turns a page into an article: the body paragraphs with
// page furniture removed, and the title, dateline, wire agency, byline and
// publication date, from HTML and from already-flattened text.
package extract

import (
	"errors"

	"github.com/newsfold/newsfold/internal/news"
)

// ErrNoArticle is returned when a page holds no article text.
var ErrNoArticle = errors.New("no article text found")

// Extract returns the article in page p.
func Extract(p news.Page) (*news.Article, error) {
	a := &news.Article{ID: p.ID, URL: p.URL, Title: p.Title, Outlet: p.Source}
	ls := measure(splitLines(p.Content))
	start, end, ok := findBody(ls)
	if !ok {
		return nil, ErrNoArticle
	}
	end = extendList(ls, end)
	keep := keepLines(ls, start, end)
	for i := start; i < end; i++ {
		if keep[i] {
			a.Paragraphs = append(a.Paragraphs, ls[i].text)
		}
	}
	if len(a.Paragraphs) == 0 {
		return nil, ErrNoArticle
	}
	return a, nil
}
