package timex

import "github.com/newsfold/newsfold/internal/news"

// passage is a text cut into tokens and sentences, with the time
// expressions found in it. A text that can hold no expression and is long
// enough to be prose is not cut at all: it has no tokens, sentences or
// expressions, and prose set.
type passage struct {
	text     string
	lower    string // text in lower case, as tokenize gives it
	toks     []token
	sents    []span
	mentions []mention
	// prose says the text holds at least proseTokens tokens.
	prose bool
}

// empty reports whether the text holds no token.
func (p *passage) empty() bool { return !p.prose && len(p.toks) == 0 }

// scan finds the time expressions of text.
func scan(text string) *passage {
	p := new(passage)
	p.scan(text)
	return p
}

// scan fills p with the time expressions of text.
func (p *passage) scan(text string) { p.scanIn(new(arena), text) }

// scanIn is scan keeping what it finds in the arrays of ar.
func (p *passage) scanIn(ar *arena, text string) {
	if !mayHoldTime(text) && fieldsAtLeast(text, proseTokens) {
		*p = passage{text: text, prose: true}
		return
	}
	p.scanAllIn(ar, text)
}

// scanAll is scan cutting every text into tokens.
func scanAll(text string) *passage {
	p := new(passage)
	p.scanAll(text)
	return p
}

// scanAll fills p as scanAll does.
func (p *passage) scanAll(text string) { p.scanAllIn(new(arena), text) }

// scanAllIn is scanAll keeping the tokens, sentences and expressions in
// the arrays of ar.
func (p *passage) scanAllIn(ar *arena, text string) {
	*p = passage{text: text}
	p.toks, p.lower = ar.appendTokens(text)
	p.prose = len(p.toks) >= proseTokens
	if len(p.toks) > 0 {
		from := len(ar.sents)
		ar.sents = p.appendSentences(ar.sents)
		p.sents = ar.sents[from:len(ar.sents):len(ar.sents)]
	}
	ms := ar.mentions
	from := len(ms)
	for i := 0; i < len(p.toks); {
		m, ok := p.matchAt(i)
		if !ok {
			i++
			continue
		}
		m.sent = int(p.toks[m.first].sent)
		p.addPreposition(&m)
		ms = append(ms, m)
		i = m.last + 1
	}
	if len(ms) > from {
		p.mentions = ms[from:len(ms):len(ms)]
	}
	ar.mentions = ms
}

// matchAt returns the expression that starts at token i, if any.
func (p *passage) matchAt(i int) (mention, bool) {
	t := &p.toks[i]
	if t.kind == tokNum {
		if m, ok := p.numericDate(i); ok {
			return m, true
		}
		if m, ok := p.dayFirst(i); ok {
			return m, true
		}
		if m, ok := p.counted(i); ok {
			return m, true
		}
		return p.year(i)
	}
	if t.kind != tokWord {
		return mention{}, false
	}
	lw := p.lowOf(t)
	if !triggerShapes.mayHold(lw) {
		return mention{}, false
	}
	switch triggers[lw] {
	case trigWeekday:
		return p.weekday(i)
	case trigWeekdayAbbrev:
		return p.weekdayDate(i)
	case trigMonth:
		return p.monthFirst(i)
	case trigNumber:
		return p.counted(i)
	case trigWord:
	default:
		return mention{}, false
	}
	switch lw {
	case "mid", "early", "late":
		return p.partOf(i)
	case "earlier", "later":
		return p.earlierThis(i)
	case "last", "next", "this":
		return p.relative(i)
	case "today", "tonight", "yesterday", "tomorrow":
		return p.dayWord(i)
	case "the":
		return p.theNext(i)
	}
	return mention{}, false
}

// word returns the lower-case word at i, or "" when there is none.
func (p *passage) word(i int) string {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tokWord {
		return ""
	}
	return p.low(i)
}

// punct reports whether token i is the mark s.
func (p *passage) punct(i int, s string) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].kind == tokPunct && p.low(i) == s
}

// glued reports whether token i follows the one before without a space.
func (p *passage) glued(i int) bool {
	return i > 0 && i < len(p.toks) && !p.toks[i].spaced
}

// sentenceStart reports whether token i opens its sentence (after any
// opening quote).
func (p *passage) sentenceStart(i int) bool {
	for j := i - 1; j >= 0; j-- {
		if p.toks[j].sent != p.toks[i].sent {
			return true
		}
		if p.toks[j].kind != tokPunct || !isOpener(p.low(j)) {
			return false
		}
	}
	return true
}

// tokText returns token i as written.
func (p *passage) tokText(i int) string { return p.text[p.toks[i].start:p.toks[i].end] }

func (p *passage) span(first, last int) (int, int) {
	return int(p.toks[first].start), int(p.toks[last].end)
}

// isCapitalWord reports whether token i is a capitalised word.
func (p *passage) isCapitalWord(i int) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].kind == tokWord && p.toks[i].upper
}

// month reads a month name at i (an abbreviation only when abbrev is
// set, with its period) and returns the month and the next token.
func (p *passage) month(i int, abbrev bool) (month, next int, ok bool) {
	if !p.isCapitalWord(i) {
		return 0, 0, false
	}
	t := &p.toks[i]
	if m, ok := monthNames[p.lowOf(t)]; ok && len(p.lowOf(t)) == int(t.end-t.start) {
		return m, i + 1, true
	}
	if !abbrev {
		return 0, 0, false
	}
	if m, ok := monthAbbrevs[p.lowOf(t)]; ok && len(p.lowOf(t)) == int(t.end-t.start) {
		if p.punct(i+1, ".") && p.glued(i+1) {
			return m, i + 2, true
		}
		return m, i + 1, true
	}
	return 0, 0, false
}

// day reads a day of the month at i ("28", "28th").
func (p *passage) day(i int) (int, bool) {
	if i < 0 || i >= len(p.toks) {
		return 0, false
	}
	t := p.toks[i]
	if t.kind != tokNum || t.ndigits > 2 || t.num < 1 || t.num > 31 {
		return 0, false
	}
	switch p.suffixOf(&t) {
	case "", "st", "nd", "rd", "th":
	default:
		return 0, false
	}
	if p.punct(i+1, ":") && p.glued(i+1) && i+2 < len(p.toks) && p.toks[i+2].kind == tokNum && p.glued(i+2) {
		return 0, false // a time of day
	}
	return int(t.num), true
}

// yearNum reads a four-digit year at i.
func (p *passage) yearNum(i int) (int, bool) {
	if i < 0 || i >= len(p.toks) {
		return 0, false
	}
	t := p.toks[i]
	if t.kind != tokNum || t.ndigits != 4 || p.suffixOf(&t) != "" || t.num < 1000 || t.num > 2199 {
		return 0, false
	}
	if n := i + 1; n < len(p.toks) && p.glued(n) && p.toks[n].kind == tokPunct {
		digitsAfter := n+1 < len(p.toks) && p.toks[n+1].kind == tokNum && p.glued(n+1)
		switch p.low(n) {
		case "%":
			return 0, false
		case ".", ":", "/", ",", "+":
			if digitsAfter {
				return 0, false // a decimal, a time, a code
			}
		case "-", "–":
			if digitsAfter && p.toks[n+1].ndigits != 4 {
				return 0, false // "2005-06": a season rather than a year
			}
		}
	}
	return int(t.num), true
}

// dated builds an absolute mention over tokens first..last.
func (p *passage) dated(first, last int, d news.Date) (mention, bool) {
	if d.Month != 0 && d.Day != 0 && !news.ValidDay(d.Year, d.Month, d.Day) {
		return mention{}, false
	}
	s, e := p.span(first, last)
	return mention{start: s, end: e, first: first, last: last, kind: exAbsolute, date: d}, true
}

// addPreposition widens m over an "in" or "on" right before it
// ("On 28 November", "in March").
func (p *passage) addPreposition(m *mention) {
	if m.modified || m.first == 0 || m.start != int(p.toks[m.first].start) {
		return
	}
	if m.kind != exAbsolute && m.kind != exWeekday {
		return
	}
	prev := m.first - 1
	if p.toks[prev].sent != p.toks[m.first].sent {
		return
	}
	if w := p.word(prev); (w == "in" || w == "on") && int(p.toks[prev].end-p.toks[prev].start) == len(w) {
		m.start = int(p.toks[prev].start)
	}
}
