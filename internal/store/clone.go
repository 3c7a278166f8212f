package store

import "github.com/newsfold/newsfold/internal/news"

// cloneArticle copies an article deeply enough that a story's steps
// (merging entities, dating, comparing) leave the original as it was.
func cloneArticle(a *news.Article) *news.Article {
	c := *a
	if a.Dateline != nil {
		d := *a.Dateline
		c.Dateline = &d
	}
	c.Paragraphs = append([]string(nil), a.Paragraphs...)
	if a.Entities != nil {
		c.Entities = make([]news.Entity, len(a.Entities))
		for i, e := range a.Entities {
			e.Mentions = append([]string(nil), e.Mentions...)
			c.Entities[i] = e
		}
	}
	c.Quotes = append([]news.Quote(nil), a.Quotes...)
	c.Times = append([]news.TimeExpr(nil), a.Times...)
	return &c
}
