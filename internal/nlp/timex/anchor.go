package timex

import (
	"unicode"
	"unicode/utf8"
)

// dayWords name a day by its distance from today.
var dayWords = [...]string{"today", "tonight", "yesterday", "tomorrow"}

// unitWords are the units of time unitOf reads.
var unitWords = [...]string{"day", "days", "week", "weeks", "month", "months",
	"year", "years", "decade", "decades"}

// anchors holds the words of which every time expression without a digit
// holds one: a month's or a weekday's name or abbreviation, a day word, or
// a unit of time ("the next day", "three weeks ago", "last month"). The
// words that may open an expression without being one of these ("the",
// "last", "three") need one after them. It is built once and only read
// afterwards.
var anchors = func() map[string]bool {
	a := map[string]bool{}
	for w := range monthNames {
		a[w] = true
	}
	for w := range monthAbbrevs {
		a[w] = true
	}
	for w := range weekdayNames {
		a[w] = true
	}
	for w := range weekdayAbbrevs {
		a[w] = true
	}
	for _, w := range dayWords {
		a[w] = true
	}
	for _, w := range unitWords {
		a[w] = true
	}
	return a
}()

// shapes is a set of the shapes of words (first letter, last letter,
// length) a lexicon holds: a word whose shape is not in it is in no such
// lexicon, which is quicker to tell than looking it up. The words must be
// lower-case ASCII letters, 1 to 15 of them.
type shapes [26 * 26]uint16

// shapesOf returns the shapes of words. Should a word not fit, every
// shape is set, and the set tells nothing.
func shapesOf[V any](words map[string]V) *shapes {
	var t shapes
	for w := range words {
		if !fits(w) {
			for i := range t {
				t[i] = 1<<16 - 1
			}
			return &t
		}
		t[shapeIndex(w[0], w[len(w)-1])] |= 1 << len(w)
	}
	return &t
}

// fits reports whether w is 1 to 15 lower-case ASCII letters.
func fits(w string) bool {
	if len(w) == 0 || len(w) > 15 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// mayHold reports whether a lexicon of the shapes may hold w, a word in
// lower case: false when it certainly does not.
func (t *shapes) mayHold(w string) bool {
	if len(w) == 0 || len(w) > 15 {
		return false
	}
	a, b := w[0], w[len(w)-1]
	if a < 'a' || a > 'z' || b < 'a' || b > 'z' {
		return false
	}
	return t[shapeIndex(a, b)]&(1<<len(w)) != 0
}

// anchorShapes are the shapes of the anchors.
var anchorShapes = shapesOf(anchors)

// shapeIndex is the index in anchorShapes of a word with first letter a
// and last letter b, ASCII letters of either case.
func shapeIndex(a, b byte) int { return int((a|0x20)-'a')*26 + int((b|0x20)-'a') }

// mayHoldTime reports whether text may hold a time expression: false only
// when it holds no ASCII digit and no anchor word, so that scanning it
// would find nothing. Words are read as runs of ASCII letters; a run that
// other letters adjoin may be read as an anchor it is not, which only
// costs a scan.
func mayHoldTime(text string) bool {
	var buf [16]byte
	for i := 0; i < len(text); {
		switch byteClass[text[i]] {
		case classDigit:
			return true
		case classOther:
			i++
			continue
		}
		j := i + 1
		for j < len(text) && byteClass[text[j]] == classLetter {
			j++
		}
		if n := j - i; n < len(buf) && anchorShapes[shapeIndex(text[i], text[j-1])]&(1<<n) != 0 {
			for k := 0; k < n; k++ {
				buf[k] = text[i+k] | 0x20 // ASCII letters only: lower case
			}
			if anchors[string(buf[:n])] {
				return true
			}
		}
		i = j
	}
	return false
}

// Classes of bytes as mayHoldTime reads them.
const (
	classOther  = iota
	classLetter // an ASCII letter
	classDigit  // an ASCII digit
)

// byteClass holds the class of every byte.
var byteClass = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case isASCIILetter(byte(c)):
			t[c] = classLetter
		case isDigit(byte(c)):
			t[c] = classDigit
		}
	}
	return t
}()

// fieldsAtLeast reports whether text holds at least n runs of characters
// other than white space: each holds a token at least.
func fieldsAtLeast(text string, n int) bool {
	fields := 0
	inField := false
	for i := 0; i < len(text); {
		var space bool
		if c := text[i]; c < utf8.RuneSelf {
			space = c == ' ' || c >= '\t' && c <= '\r'
			i++
		} else {
			r, size := decodeWide(text, i)
			space = unicode.IsSpace(r)
			i += size
		}
		if space {
			inField = false
			continue
		}
		if !inField {
			fields++
			if fields >= n {
				return true
			}
			inField = true
		}
	}
	return false
}
