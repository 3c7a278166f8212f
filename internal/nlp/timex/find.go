package timex

import (
	"strings"

	"github.com/newsfold/newsfold/internal/news"
)

// Find returns the time expressions of text, a paragraph written on the
// date anchor, resolved to calendar dates. Expressions that need the
// article date (a weekday, "last month", a day without its year) are left
// out when anchor lacks the precision they need; a zero anchor keeps only
// expressions that carry their own year. Paragraph is 0 in every result.
func Find(text string, anchor news.Date) []news.TimeExpr {
	return scan(text).times(anchor, 0, nil)
}

// times appends the resolved expressions of p to out, marked with the
// paragraph index para.
func (p *passage) times(anchor news.Date, para int, out []news.TimeExpr) []news.TimeExpr {
	var before news.Date
	beforeSent := -1
	for i := range p.mentions {
		m := &p.mentions[i]
		if m.sent != beforeSent {
			before = news.Date{}
		}
		d, ok := m.resolve(anchor, p.tense(m), before)
		if !ok {
			continue
		}
		if m.kind != exLinked {
			before, beforeSent = d, m.sent
		}
		// An expression may run over a sentence break ("Mon. 28 Nov").
		first, last := p.sents[m.sent], p.sents[p.toks[m.last].sent]
		out = append(out, news.TimeExpr{
			Text:      p.text[m.start:m.end],
			Value:     d,
			Paragraph: para,
			Sentence:  strings.TrimSpace(p.text[min(first.start, m.start):last.end]),
		})
	}
	return out
}
