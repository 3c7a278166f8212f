package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is one stretch of a paragraph set in quotation marks.
type span struct {
	open   int  // byte offset of the opening mark
	inner  int  // first byte after the opening mark
	close  int  // byte offset of the closing mark; len(p) when unclosed
	after  int  // first byte after the closing mark
	closed bool // false when the paragraph ends inside the quotation
}

// indexMark returns the offset of the first rune of s that is, or -1.
// Every quotation mark is the ASCII mark given or starts with the byte
// 0xC2 («, ») or 0xE2 (“, ”, ‘, ’, „, ‟), so only those bytes are looked
// at, each found with a quick byte search.
func indexMark(s string, is func(rune) bool, ascii byte) int {
	leads := [...]byte{ascii, 0xC2, 0xE2}
	var at [len(leads)]int // the next offset of each lead byte, from i on; -1 when none
	for k, b := range leads {
		at[k] = strings.IndexByte(s, b)
	}
	for {
		i := -1
		for _, a := range at {
			if a >= 0 && (i < 0 || a < i) {
				i = a
			}
		}
		if i < 0 {
			return -1
		}
		r, _ := utf8.DecodeRuneInString(s[i:])
		if is(r) {
			return i
		}
		for k, b := range leads {
			if at[k] == i {
				at[k] = -1
				if n := strings.IndexByte(s[i+1:], b); n >= 0 {
					at[k] = i + 1 + n
				}
			}
		}
	}
}

func isSingle(r rune) bool { return r == '\'' || r == '‘' || r == '’' }

func isDouble(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»', '‟':
		return true
	}
	return false
}

// shape tells whether a quote mark at p[i:i+size] looks like it opens
// (space or start before, a word after) or closes (a word or punctuation
// before, space, punctuation or end after) a quotation.
func shape(p string, i, size int) (opens, closes bool) {
	spaceBefore := i == 0
	if !spaceBefore {
		prev, _ := utf8.DecodeLastRuneInString(p[:i])
		spaceBefore = unicode.IsSpace(prev) || prev == '(' || prev == '[' || prev == '—' || prev == '–' || isDouble(prev)
	}
	spaceAfter := i+size >= len(p)
	if !spaceAfter {
		next, _ := utf8.DecodeRuneInString(p[i+size:])
		spaceAfter = unicode.IsSpace(next) || (unicode.IsPunct(next) && next != '‘' && next != '\'' && next != '…' && next != '#' && next != '@' && next != '[' && next != '(' && next != '¿' && next != '¡') || isDouble(next)
	}
	return spaceBefore && !spaceAfter, !spaceBefore && spaceAfter
}

// clauseEndsBefore reports whether the last character before p[i] that is
// not a space ends a clause: a comma, full stop, question or exclamation
// mark.
func clauseEndsBefore(p string, i int) bool {
	before := strings.TrimRightFunc(p[:i], unicode.IsSpace)
	if before == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	return r == ',' || r == '.' || r == '?' || r == '!'
}

// lowerWordAfter reports whether the first word from p[i] on, past spaces,
// opens with a lower-case letter.
func lowerWordAfter(p string, i int) bool {
	after := strings.TrimLeftFunc(p[i:], unicode.IsSpace)
	r, _ := utf8.DecodeRuneInString(after)
	return unicode.IsLower(r)
}

// findSpans finds the quotations of a paragraph. Double marks pair up by
// their shape more than their glyph, since straight and curly marks are
// often mixed and sometimes the wrong way round; single marks count as
// quotation marks only outside double ones and when they pair up.
func findSpans(p string) []span {
	var spans []span
	inside := false
	var cur span
	for i := 0; i < len(p); {
		k := indexMark(p[i:], isDouble, '"')
		if k < 0 {
			break
		}
		i += k
		r, size := utf8.DecodeRuneInString(p[i:])
		opens, closes := shape(p, i, size)
		if !opens && !closes {
			// Space or word on both sides: trust the glyph, else toggle.
			switch r {
			case '“', '„', '«':
				opens = !inside
				closes = inside && i+size >= len(p)
			case '”', '»':
				closes = inside
			default:
				opens, closes = !inside, inside
				if clauseEndsBefore(p, i) && lowerWordAfter(p, i+size) {
					// “…the hills, " said Ada”: the mark ends a quotation,
					// opened in an earlier paragraph when none is open.
					opens, closes = false, true
				}
			}
		}
		switch {
		case !inside && opens:
			cur = span{open: i, inner: i + size}
			inside = true
		case inside && closes:
			cur.close, cur.after, cur.closed = i, i+size, true
			spans = append(spans, cur)
			inside = false
		case inside && opens:
			// The last quotation was never closed: end it before its
			// attribution when one is written inside it (“Yes, she said.
			// “No.”), else here, and open anew.
			cur.close, cur.after, cur.closed = i, i, true
			if k := attributionTail(p, cur.inner, i); k >= 0 {
				cur.close, cur.after = k, k
			}
			spans = append(spans, cur)
			cur = span{open: i, inner: i + size}
		}
		i += size
	}
	if inside {
		cur.close, cur.after = len(p), len(p)
		spans = append(spans, cur)
	}
	return addSingles(p, spans)
}

// addSingles adds quotations in single marks that stand outside the double
// ones: an opening ‘ or ' before a word, closed by a ’ or ' after a word
// and before a space, punctuation or the end, in the same paragraph.
func addSingles(p string, doubles []span) []span {
	// Singles are sought between the double-quoted spans and after the
	// last; out may share doubles' array, so the gaps are read from doubles
	// before anything is appended past its end.
	out := doubles
	from := 0
	for i := range len(doubles) {
		d := doubles[i]
		out = appendSingles(out, p, from, d.open)
		from = d.after
	}
	out = appendSingles(out, p, from, len(p))
	if len(out) == len(doubles) {
		return doubles
	}
	sortSpans(out)
	return out
}

func appendSingles(out []span, p string, from, to int) []span {
	var cur span
	inside := false
	for i := from; i < to; {
		k := indexMark(p[i:to], isSingle, '\'')
		if k < 0 {
			break
		}
		i += k
		r, size := utf8.DecodeRuneInString(p[i:])
		opens, closes := shape(p, i, size)
		switch {
		case !inside && opens && r != '’':
			cur = span{open: i, inner: i + size}
			inside = true
		case inside && closes && r != '‘' && !plainApostrophe(p, i, size):
			cur.close, cur.after, cur.closed = i, i+size, true
			out = append(out, cur)
			inside = false
		}
		i += size
	}
	return out
}

// plainApostrophe reports whether a closing-shaped single mark is more
// likely the apostrophe of a plural possessive ("the players’ union"): an
// s before it and a lower-case word after.
func plainApostrophe(p string, i, size int) bool {
	if i == 0 || p[i-1] != 's' {
		return false
	}
	rest := p[i+size:]
	if len(rest) < 2 || rest[0] != ' ' {
		return false
	}
	next, _ := utf8.DecodeRuneInString(rest[1:])
	return unicode.IsLower(next)
}

func sortSpans(s []span) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j].open < s[j-1].open; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// attributionTail finds an attribution written, by mistake, inside a
// quotation that was never closed: after the quotation's last comma, a few
// words with a speech verb and a closing period or comma. It returns where
// the quotation should end (just after the comma), or -1.
func attributionTail(p string, from, to int) int {
	tail := strings.TrimRight(p[from:to], " ")
	if tail == "" || (tail[len(tail)-1] != '.' && tail[len(tail)-1] != ',') {
		return -1
	}
	comma := strings.LastIndexByte(tail[:len(tail)-1], ',')
	if comma < 0 {
		return -1
	}
	k := from + comma + 1
	var buf [16]word
	ws := appendWords(buf[:0], p, k, to)
	if len(ws) == 0 || len(ws) > 8 {
		return -1
	}
	for _, w := range ws {
		if cueVerbs.HasLower(w.text) {
			return k
		}
	}
	return -1
}
