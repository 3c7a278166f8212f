package store

import (
	"encoding/json"

	"github.com/newsfold/newsfold/internal/news"
)

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

// marshalCompleted writes an article as its story completed it, without
// its paragraphs: a story's steps never change them, and the article as
// understood alone holds them already.
func marshalCompleted(a *news.Article) ([]byte, error) {
	c := *a
	c.Paragraphs = nil
	return json.Marshal(&c)
}

// unmarshalArticle reads an article from its completed form and the
// paragraphs of its form as understood alone.
func unmarshalArticle(base, data []byte) (*news.Article, error) {
	var paras struct{ Paragraphs []string }
	if err := json.Unmarshal(base, &paras); err != nil {
		return nil, err
	}
	a := &news.Article{}
	if err := json.Unmarshal(data, a); err != nil {
		return nil, err
	}
	a.Paragraphs = paras.Paragraphs
	return a, nil
}
