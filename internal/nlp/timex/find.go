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
		d, ok := m.resolve(anchor, p.future(m), before)
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

// future reports whether the clause around m speaks of the future: the
// nearest tense mark before m in its sentence decides, else the nearest
// after it.
func (p *passage) future(m *mention) bool {
	for i := m.first - 1; i >= 0 && p.toks[i].sent == m.sent; i-- {
		if f, ok := tenseOf(p.toks[i]); ok {
			return f
		}
		if p.infinitive(i) {
			return true // "an interview to air Tuesday"
		}
	}
	for i := m.last + 1; i < len(p.toks) && p.toks[i].sent == m.sent; i++ {
		if f, ok := tenseOf(p.toks[i]); ok {
			return f
		}
	}
	return false
}

// infinitive reports whether token i is a "to" that opens an infinitive
// ("to air", "to be shown") rather than a noun phrase ("to the port").
func (p *passage) infinitive(i int) bool {
	if p.word(i) != "to" || i+1 >= len(p.toks) {
		return false
	}
	n := p.toks[i+1]
	return n.kind == tokWord && !n.upper && !determiners[n.lower] && !strings.HasSuffix(n.lower, "ing")
}

// tenseOf reports whether t marks the future (true) or the past (false),
// and whether it marks either.
func tenseOf(t token) (future, ok bool) {
	if t.kind != tokWord {
		return false, false
	}
	w := t.lower
	switch {
	case futureWords[w] || strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "’ll"):
		return true, true
	case pastWords[w] || (len(w) > 4 && strings.HasSuffix(w, "ed") && !t.upper):
		return false, true
	}
	return false, false
}
