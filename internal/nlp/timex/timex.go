// Package timex dates articles and resolves the time expressions in their
// text ("Monday", "last month", "On 28 November") to calendar dates.
//
// It takes extracted articles (title, paragraphs, dateline, metadata date)
// and gives each a publication date with the basis it rests on, and a list
// of time expressions (news.TimeExpr) resolved against that date. An
// article is dated first from its own evidence (DateArticle), then, once
// stories are known, from the other articles of its story (DateStory): a
// dateline without a year takes the year that fits the story's dates, and
// an undated article whose lead names a weekday takes the story's day of
// that weekday. When nothing supports a date the article stays undated
// rather than guessed. Expressions found in the title carry Paragraph -1.
package timex

import "github.com/newsfold/newsfold/internal/news"

// DateArticle sets a.Published and a.PublishedBasis from the article's own
// evidence (metadata, a dated dateline, a full date in the text), leaving
// them unset when the article alone does not fix a year.
func DateArticle(a *news.Article) {
	if a == nil {
		return
	}
	if d, basis, ok := statedDate(a); ok {
		a.Published, a.PublishedBasis = d, basis
		return // the text need not be read
	}
	ar := getArena()
	defer ar.release()
	if d, basis, ok := scanArticleIn(ar, a).ownDate(); ok {
		a.Published, a.PublishedBasis = d, basis
	}
}

// DateStory completes the dates of a story's articles from each other
// (a dateline without a year takes its year from the story) and resolves
// every article's time expressions into a.Times. Every article leaves
// with a PublishedBasis; one that nothing dates has a zero Published and
// basis "none".
func DateStory(arts []*news.Article) {
	ar := getArena()
	defer ar.release()
	ss := scanArticles(ar, arts)
	for _, s := range ss {
		s.redate()
	}
	anchors := storyAnchors(ss)
	for _, s := range ss {
		if s.a.PublishedBasis != "" {
			continue
		}
		if md, ok := s.partialDateline(); ok {
			if d, ok := completeFromStory(s, md, anchors); ok {
				s.a.Published, s.a.PublishedBasis = d, news.BasisStory
			}
		}
	}
	times := make([][]news.TimeExpr, len(ss))
	for i, s := range ss {
		times[i] = s.times()
	}
	events := eventDays(ss, times)
	for i, s := range ss {
		if s.a.PublishedBasis != "" {
			continue
		}
		if _, ok := s.partialDateline(); ok {
			continue // its own day is known; only its year is not
		}
		if d, ok := dayFromEvents(s, events); ok {
			s.a.Published, s.a.PublishedBasis = d, news.BasisStory
			times[i] = s.times()
		}
	}
	for i, s := range ss {
		s.a.Times = times[i]
		if s.a.PublishedBasis == "" {
			s.a.Published, s.a.PublishedBasis = news.Date{}, news.BasisNone
		}
	}
}

// redate keeps a date the article's own evidence gave and clears any
// other (one an earlier run took from a story), then dates the article
// from its own evidence again.
func (s *scanned) redate() {
	a := s.a
	if ownBasis(a.PublishedBasis) && valid(a.Published) {
		return
	}
	a.Published, a.PublishedBasis = news.Date{}, ""
	if d, basis, ok := s.ownDate(); ok {
		a.Published, a.PublishedBasis = d, basis
	}
}

// times resolves the article's expressions against its publication date.
func (s *scanned) times() []news.TimeExpr {
	anchor := s.a.Published
	if !valid(anchor) {
		anchor = news.Date{}
	}
	var out []news.TimeExpr
	out = s.title.times(anchor, -1, out)
	for i, p := range s.paras {
		out = p.times(anchor, i, out)
	}
	return out
}
