package timex

import "github.com/newsfold/newsfold/internal/news"

// numericDate reads "2005-11-28", "2005/11/28" and an unambiguous
// "11/28/2005" or "28/11/2005".
func (p *passage) numericDate(i int) (mention, bool) {
	if i+4 >= len(p.toks) {
		return mention{}, false
	}
	a, b, c := p.toks[i], p.toks[i+2], p.toks[i+4]
	sep := p.low(i + 1)
	if p.toks[i+1].kind != tokPunct || p.low(i+3) != sep || b.kind != tokNum || c.kind != tokNum ||
		!p.glued(i+1) || !p.glued(i+2) || !p.glued(i+3) || !p.glued(i+4) ||
		p.suffixOf(&a) != "" || p.suffixOf(&b) != "" || p.suffixOf(&c) != "" {
		return mention{}, false
	}
	if i+5 < len(p.toks) && p.glued(i+5) && (p.toks[i+5].kind == tokNum ||
		p.low(i+5) == sep || p.low(i+5) == "." && i+6 < len(p.toks) && p.toks[i+6].kind == tokNum && p.glued(i+6)) {
		return mention{}, false
	}
	switch {
	case (sep == "-" || sep == "/") && a.ndigits == 4 && b.ndigits <= 2 && c.ndigits <= 2:
		return p.dated(i, i+4, news.Date{Year: int(a.num), Month: int(b.num), Day: int(c.num)})
	case sep == "/" && a.ndigits <= 2 && b.ndigits <= 2 && c.ndigits == 4:
		us := validDate(int(c.num), int(a.num), int(b.num))
		eu := validDate(int(c.num), int(b.num), int(a.num))
		switch {
		case us && !eu:
			return p.dated(i, i+4, news.Date{Year: int(c.num), Month: int(a.num), Day: int(b.num)})
		case eu && !us:
			return p.dated(i, i+4, news.Date{Year: int(c.num), Month: int(b.num), Day: int(a.num)})
		}
	}
	return mention{}, false
}

func validDate(y, m, d int) bool { return y >= 1000 && news.ValidDay(y, m, d) }

// dayFirst reads "28 November", "28th of November 2005", "4 Mar, 2026".
func (p *passage) dayFirst(i int) (mention, bool) {
	d, ok := p.day(i)
	if !ok {
		return mention{}, false
	}
	j := i + 1
	if p.word(j) == "of" {
		j++
	}
	mo, next, ok := p.month(j, true)
	if !ok || (j == i+1 && !p.toks[j].spaced) {
		return mention{}, false
	}
	if m, ok := p.withYear(i, next, news.Date{Month: mo, Day: d}); ok {
		return m, true
	}
	m, ok := p.dated(i, next-1, news.Date{Month: mo, Day: d})
	m.attributive = ok && j == i+1 && p.attributive(i, next)
	return m, ok
}

// monthFirst reads "November 28", "Nov. 28, 2005", "March 2003" and a
// month standing alone after a cue ("in March").
func (p *passage) monthFirst(i int) (mention, bool) {
	mo, next, ok := p.month(i, true)
	if !ok {
		return mention{}, false
	}
	if d, ok := p.day(next); ok && (p.toks[next].spaced || p.punct(next-1, ".")) {
		last := next
		if p.punct(last+1, "-") || p.punct(last+1, "–") {
			if _, ok := p.day(last + 2); ok {
				last += 2 // a span of days: the first one counts
			}
		}
		if m, ok := p.withYear(i, last+1, news.Date{Month: mo, Day: d}); ok {
			return m, true
		}
		m, ok := p.dated(i, next, news.Date{Month: mo, Day: d})
		m.attributive = ok && p.attributive(i, next+1)
		return m, ok
	}
	if m, ok := p.withYear(i, next, news.Date{Month: mo}); ok {
		return m, true
	}
	if next != i+1 {
		return mention{}, false
	}
	if off, ok := yearOffsets[p.word(i+1)]; ok && p.word(i+2) == "year" {
		// "March last year", "in June this year".
		m, ok := p.dated(i, i+2, news.Date{Month: mo})
		m.yearOffset, m.hasYearOffset = off, true
		return m, ok
	}
	if !p.bareMonthCue(i) {
		return mention{}, false
	}
	return p.dated(i, i, news.Date{Month: mo})
}

// withYear completes the date d, written over tokens first..next-1, with
// a year at next (after an optional comma).
func (p *passage) withYear(first, next int, d news.Date) (mention, bool) {
	j := next
	if p.punct(j, ",") {
		j++
	}
	y, ok := p.yearNum(j)
	if !ok || !p.toks[j].spaced && j == next {
		return mention{}, false
	}
	d.Year = y
	return p.dated(first, j, d)
}

// attributive reports whether the date over first..next-1 modifies a noun
// after "the" ("the 5 December issue", "the Sept. 11 attacks").
func (p *passage) attributive(first, next int) bool {
	if p.word(first-1) != "the" || next >= len(p.toks) {
		return false
	}
	t := p.toks[next]
	return t.kind == tokWord && !t.upper && p.lowOf(&t) != "of"
}

// bareMonthCue reports whether the month name at i, with no day or year
// beside it, stands after a word that makes it a month.
func (p *passage) bareMonthCue(i int) bool {
	prev := p.word(i - 1)
	if monthCues[prev] {
		// "by May" and "since May" read as a person as often as a month.
		return p.low(i) != "may" || (prev != "by" && prev != "since")
	}
	switch prev {
	case "and", "or", "to":
		if i >= 2 {
			if _, ok := monthNames[p.word(i-2)]; ok && p.toks[i-2].upper {
				return true
			}
		}
	}
	return false
}

// weekdayDate reads a weekday written before a date ("Monday, Nov. 28,
// 2005", "Mon, 28 Nov 2005").
func (p *passage) weekdayDate(i int) (mention, bool) {
	if !p.toks[i].upper {
		return mention{}, false
	}
	j := i + 1
	if p.punct(j, ".") && p.glued(j) {
		j++
	}
	if p.punct(j, ",") {
		j++
	}
	if j >= len(p.toks) {
		return mention{}, false
	}
	var m mention
	var ok bool
	if p.toks[j].kind == tokNum {
		if m, ok = p.numericDate(j); !ok {
			m, ok = p.dayFirst(j)
		}
	} else {
		m, ok = p.monthFirst(j)
	}
	if !ok || m.date.Day == 0 {
		return mention{}, false
	}
	m.first, m.start = i, int(p.toks[i].start)
	m.hasWeekday, m.attributive = true, false
	wd, full := weekdayNames[p.low(i)]
	if !full {
		wd = weekdayAbbrevs[p.low(i)]
	}
	m.weekday = wd
	return m, true
}

// year reads a year standing alone ("in 2003", "Iran's 1979 revolution").
func (p *passage) year(i int) (mention, bool) {
	y, ok := p.yearNum(i)
	if !ok {
		return mention{}, false
	}
	prev := p.word(i - 1)
	cue := yearCues[prev] || (prev != "" && isPossessive(p.tokText(i-1)))
	if y < 1600 && !cue {
		return mention{}, false
	}
	if i > 0 && p.toks[i-1].kind == tokPunct {
		switch p.low(i - 1) {
		case "$", "£", "€", "#", "+", "№":
			return mention{}, false
		case "-", "/", ".", ":":
			if i > 1 && p.glued(i) && p.toks[i-2].kind == tokNum && p.toks[i-2].ndigits != 4 {
				return mention{}, false
			}
		}
	}
	if prev == "no" || prev == "number" || prev == "page" || prev == "route" || prev == "flight" {
		return mention{}, false
	}
	if p.decade(i) {
		return mention{}, false
	}
	if n := i + 1; n < len(p.toks) && p.toks[n].kind == tokWord {
		if countNouns[p.low(n)] || p.low(n) == "percent" || p.low(n) == "per" {
			return mention{}, false
		}
	}
	return p.dated(i, i, news.Date{Year: y})
}

func isPossessive(w string) bool {
	n := len(w)
	return n > 2 && (w[n-2:] == "'s" || (n > 4 && w[n-4:] == "’s"))
}

// decade reports whether the year at i names a decade ("the 1930's").
func (p *passage) decade(i int) bool {
	if i+2 >= len(p.toks) || !p.glued(i+1) || !p.glued(i+2) || p.word(i+2) != "s" {
		return false
	}
	if a := p.low(i + 1); a != "'" && a != "’" {
		return false
	}
	switch p.word(i - 1) {
	case "the", "early", "late", "mid":
		return true
	}
	return false
}
