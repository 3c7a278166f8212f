package timex

import "strings"

// tense is what the clause around an expression says of its time.
type tense uint8

const (
	tenseUnknown tense = iota
	tensePast
	tenseFuture
)

// How far from an expression a tense mark still speaks for it, in tokens.
const (
	tenseBack  = 10
	tenseAhead = 6
)

// tense reads the clause around m: the nearest tense mark before m in its
// clause decides, else the nearest after it; marks beyond a comma or
// further away than tenseBack or tenseAhead tokens do not count.
func (p *passage) tense(m *mention) tense {
	for i := m.first - 1; i >= 0 && i >= m.first-tenseBack && p.sameClause(i, m); i-- {
		if p.infinitive(i, m.first) {
			return tenseFuture // "an interview to air Tuesday"
		}
		if t := p.tenseAt(i); t != tenseUnknown {
			return t
		}
	}
	for i := m.last + 1; i < len(p.toks) && i <= m.last+tenseAhead && p.sameClause(i, m); i++ {
		if t := p.tenseAt(i); t != tenseUnknown {
			return t
		}
	}
	return tenseUnknown
}

// sameClause reports whether token i is still in m's sentence and not a
// mark that ends a clause.
func (p *passage) sameClause(i int, m *mention) bool {
	t := p.toks[i]
	if int(t.sent) != m.sent {
		return false
	}
	if t.kind == tokPunct {
		switch p.lowOf(&t) {
		case ",", ";", ":", "—", "–", "(", ")":
			return false
		}
	}
	return true
}

// future reports whether the clause around m speaks of the future.
func (p *passage) future(m *mention) bool { return p.tense(m) == tenseFuture }

// infinitive reports whether token i is a "to" opening an infinitive
// whose verb the expression at token at directly follows: "to air
// Tuesday", "to meet on Friday", "to be shown on Tuesday".
func (p *passage) infinitive(i, at int) bool {
	if p.word(i) != "to" {
		return false
	}
	j := i + 1
	if p.word(j) == "be" {
		j++
	}
	if v := p.word(j); v == "" || p.toks[j].upper || determiners[v] {
		return false
	}
	j++
	if p.word(j) == "on" {
		j++
	}
	return j == at
}

// tenseAt reads the tense token i marks, if any. A word that is a noun
// as often as a verb of intent (intentWords) marks the future only before
// "to": "plans to meet on Friday", not "the harbour plan on May 4".
func (p *passage) tenseAt(i int) tense {
	t := &p.toks[i]
	if t.kind != tokWord {
		return tenseUnknown
	}
	w := p.lowOf(t)
	switch {
	case intentWords[w]:
		if p.word(i+1) == "to" {
			return tenseFuture
		}
	case futureWords.Get(w) || strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "’ll"):
		return tenseFuture
	case pastWords.Get(w) || (len(w) > 4 && strings.HasSuffix(w, "ed") && !t.upper):
		return tensePast
	}
	return tenseUnknown
}
