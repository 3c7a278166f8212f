package timex

import "github.com/newsfold/newsfold/internal/news"

// weekdayCues are words before a weekday that make it a day rather than
// part of a name ("on Monday", not "Black Friday").
var weekdayCues = map[string]bool{
	"on": true, "last": true, "next": true, "this": true, "by": true,
	"since": true, "until": true, "from": true, "early": true, "late": true,
	"before": true, "after": true,
}

// weekday reads "Monday", "on Tuesday", "last Friday", or a weekday
// written before a date.
func (p *passage) weekday(i int) (mention, bool) {
	if m, ok := p.weekdayDate(i); ok {
		return m, true
	}
	t := p.toks[i]
	if !t.upper || len(p.lowOf(&t)) != int(t.end-t.start) && !isPossessive(p.tokText(i)) {
		return mention{}, false
	}
	prev := p.word(i - 1)
	if prev == "every" || prev == "each" {
		return mention{}, false // a habit, not a day
	}
	cue := weekdayCues[prev] && p.toks[i-1].sent == t.sent
	if !cue && p.isCapitalWord(i-1) && !p.sentenceStart(i-1) && p.toks[i-1].sent == t.sent {
		return mention{}, false // "Black Friday", "Super Tuesday"
	}
	if !cue && p.isCapitalWord(i+1) && p.toks[i+1].sent == t.sent {
		if _, ok := monthNames[p.low(i+1)]; !ok {
			return mention{}, false // "Sunday Times"
		}
	}
	s, e := p.span(i, i)
	m := mention{start: s, end: e, first: i, last: i, kind: exWeekday, weekday: weekdayNames[p.lowOf(&t)]}
	switch prev {
	case "last":
		m.rel = relLast
	case "next":
		m.rel = relNext
	case "this":
		m.rel = relThis
	}
	if m.rel != relPlain {
		m.start, m.modified = int(p.toks[i-1].start), true
	}
	return m, true
}

// partOf reads "mid-October", "early March", "late 2006".
func (p *passage) partOf(i int) (mention, bool) {
	j := i + 1
	if p.punct(j, "-") && p.glued(j) && p.glued(j+1) {
		j++
	} else if j >= len(p.toks) || !p.toks[j].spaced {
		return mention{}, false
	}
	var m mention
	var ok bool
	if mo, next, isMonth := p.month(j, false); isMonth {
		if _, isDay := p.day(next); isDay {
			return mention{}, false // "early March 3": the date itself
		}
		if m, ok = p.withYear(j, next, news.Date{Month: mo}); !ok {
			m, ok = p.dated(j, j, news.Date{Month: mo})
		}
	} else if _, isYear := p.yearNum(j); isYear {
		m, ok = p.year(j)
	}
	if !ok {
		return mention{}, false
	}
	m.first, m.start, m.modified = i, int(p.toks[i].start), true
	return m, true
}

// earlierThis reads "earlier this month", "later this year".
func (p *passage) earlierThis(i int) (mention, bool) {
	if p.word(i+1) != "this" {
		return mention{}, false
	}
	m, ok := p.unitOffset(i, i+2, 0)
	return m, ok
}

// relative reads "last month", "next year", "this month", and hands
// "last Friday" and "last March" to the weekday and month readers.
func (p *passage) relative(i int) (mention, bool) {
	rel := relThis
	switch p.word(i) {
	case "last":
		rel = relLast
	case "next":
		rel = relNext
	}
	j := i + 1
	if j >= len(p.toks) || p.toks[j].kind != tokWord {
		return mention{}, false
	}
	if _, ok := weekdayNames[p.low(j)]; ok {
		m, ok := p.weekday(j)
		if ok && m.kind == exWeekday {
			return m, true
		}
		return mention{}, false
	}
	if mo, _, ok := p.month(j, false); ok {
		if _, isDay := p.day(j + 1); isDay {
			return mention{}, false
		}
		m, ok := p.dated(j, j, news.Date{Month: mo})
		m.first, m.start, m.rel, m.modified = i, int(p.toks[i].start), rel, true
		return m, ok
	}
	switch prev := p.word(i - 1); prev {
	case "the", "past", "over", "within", "for":
		return mention{}, false // "the last month": a stretch, not a date
	}
	n := 0
	switch rel {
	case relLast:
		n = -1
	case relNext:
		n = 1
	}
	return p.unitOffset(i, j, n)
}

// unitOffset builds an offset of n months or years from the article date
// over tokens first..at, where at holds "month" or "year".
func (p *passage) unitOffset(first, at, n int) (mention, bool) {
	var u unit
	switch p.word(at) {
	case "month":
		u = unitMonth
	case "year":
		u = unitYear
	default:
		return mention{}, false
	}
	s, e := p.span(first, at)
	return mention{start: s, end: e, first: first, last: at, kind: exUnitOffset, n: n, unit: u, modified: true}, true
}

// dayWord reads "today", "tonight", "yesterday", "tomorrow".
func (p *passage) dayWord(i int) (mention, bool) {
	t := p.toks[i]
	if t.upper && !p.sentenceStart(i) {
		return mention{}, false // a name: "USA Today"
	}
	n := 0
	switch p.lowOf(&t) {
	case "yesterday":
		n = -1
	case "tomorrow":
		n = 1
	}
	s, e := p.span(i, i)
	return mention{start: s, end: e, first: i, last: i, kind: exDayOffset, n: n, unit: unitDay}, true
}

// theNext reads "the next day", "the following month", "the previous
// year": offsets from the date before them in the sentence.
func (p *passage) theNext(i int) (mention, bool) {
	n := 0
	switch p.word(i + 1) {
	case "next", "following":
		n = 1
	case "previous":
		n = -1
	default:
		return mention{}, false
	}
	u, ok := unitOf(p.word(i + 2))
	if !ok || u.plural {
		return mention{}, false
	}
	s, e := p.span(i, i+2)
	return mention{start: s, end: e, first: i, last: i + 2, kind: exLinked, n: n * u.size, unit: u.unit, modified: true}, true
}

// counted reads "two days later", "three months before", "a year ago".
func (p *passage) counted(i int) (mention, bool) {
	t := p.toks[i]
	count := 0
	switch {
	case t.kind == tokNum && t.ndigits <= 2 && p.suffixOf(&t) == "" && t.num > 0:
		count = int(t.num)
	case t.kind == tokWord:
		count = numberWords[p.lowOf(&t)]
	}
	if count == 0 {
		return mention{}, false
	}
	u, ok := unitOf(p.word(i + 1))
	if !ok || (count == 1) == u.plural {
		return mention{}, false
	}
	if i+2 >= len(p.toks) {
		return mention{}, false
	}
	n := count * u.size
	m := mention{first: i, last: i + 2, unit: u.unit, modified: true}
	m.start, m.end = p.span(i, i+2)
	switch p.word(i + 2) {
	case "ago":
		m.kind, m.n = exUnitOffset, -n
	case "later":
		m.kind, m.n = exLinked, n
	case "earlier":
		m.kind, m.n = exLinked, -n
	case "before", "after":
		// Said of an event ("in May, two days before the vote") the count
		// runs from the date before it to the event; standing alone ("two
		// days before,") it runs back from that date.
		sign := 1
		if p.word(i+2) == "before" {
			sign = -1
		}
		if next := i + 3; next < len(p.toks) && p.toks[next].sent == p.toks[i].sent && p.toks[next].kind == tokWord {
			sign = -sign
		}
		m.kind, m.n = exLinked, sign*n
	default:
		return mention{}, false
	}
	return m, true
}

// unitWord is a unit of time as a relative expression counts it.
type unitWord struct {
	unit   unit
	size   int // how many units the word stands for
	plural bool
}

func unitOf(w string) (unitWord, bool) {
	switch w {
	case "day", "days":
		return unitWord{unitDay, 1, w == "days"}, true
	case "week", "weeks":
		return unitWord{unitWeek, 1, w == "weeks"}, true
	case "month", "months":
		return unitWord{unitMonth, 1, w == "months"}, true
	case "year", "years":
		return unitWord{unitYear, 1, w == "years"}, true
	case "decade", "decades":
		return unitWord{unitYear, 10, w == "decades"}, true
	}
	return unitWord{}, false
}
