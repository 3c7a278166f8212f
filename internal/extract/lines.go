package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfold/newsfold/internal/textnorm"
)

// line is one block of a flattened page with the features the body finder
// reads from it.
type line struct {
	text    string
	chars   int  // runes
	words   int  // word tokens
	stops   int  // English stop words among them
	capped  int  // tokens starting with an upper-case letter
	lower   int  // tokens starting with a lower-case letter
	repeats int  // how many times the same text occurs on the page
	echoed  bool // the same text occurs again within a few lines
	stamped int  // how many lines share this one's shape, digits aside
	closed  bool
	teaser  bool
	furn    bool // furniture by its wording
	caption bool // a photo caption or credit
	kind    kind // the line's reading, neighbours aside
}

// collapseSpace trims s and turns every run of white space into one space.
func collapseSpace(s string) string { return textnorm.Collapse(s) }

// splitLines returns the non-empty lines of content, white space collapsed.
func splitLines(content string) []string {
	var out []string
	for _, l := range strings.Split(content, "\n") {
		if l = collapseSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// tokens returns the words of s: runs of letters, digits and apostrophes.
func tokens(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !isTokenRune(r) })
}

func isTokenRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’'
}

// nextToken returns the span of the first word of s at or after byte i,
// as tokens splits s, or -1, -1 when no word is left.
func nextToken(s string, i int) (start, end int) {
	start = -1
	for i < len(s) {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if isTokenRune(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			return start, i
		}
		i += size
	}
	if start < 0 {
		return -1, -1
	}
	return start, len(s)
}

// newLine measures one line, counting as stop words those of the set.
func newLine(text string, stops map[string]bool) line {
	l := line{text: text, chars: width(text)}
	for _, t := range tokens(text) {
		l.words++
		if stops[strings.ToLower(t)] {
			l.stops++
		}
		r, _ := utf8.DecodeRuneInString(t)
		switch {
		case unicode.IsUpper(r):
			l.capped++
		case unicode.IsLower(r):
			l.lower++
		}
	}
	l.closed = endsSentence(text)
	l.teaser = isTeaser(text)
	l.furn = isFurniture(text, l.words)
	l.caption = isCaption(text, l.words)
	return l
}

// shape is a line with its digits blanked out and its case folded: the
// lines a page prints from one template ("Rating: 12 Votes", "3 days ago")
// share a shape.
func shape(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return '#'
		}
		return unicode.ToLower(r)
	}, s)
}

// stampMin is how many lines of one shape make a template.
const stampMin = 3

// stampMaxChars is the longest line taken for a template's stamp.
const stampMaxChars = 80

// repeatedBlockChars is the shortest line that, shown twice on a page, is
// taken for a block the page repeats (a carousel, a teaser list) rather
// than the article: short lines such as an interview's questions may
// repeat.
const repeatedBlockChars = 150

// echoMinChars is the shortest line whose repeat counts as an echo: short
// ones (a table's figures, a refrain) repeat legitimately.
const echoMinChars = 20

// echoSpan is how near a repeated line must be to count as an echo, as a
// photo caption shown twice is.
const echoSpan = 4

// measure measures every line and counts repeated texts.
func measure(texts []string) []line {
	stops := pageStopWords(texts)
	seen := make(map[string]int, len(texts))
	last := make(map[string]int, len(texts))
	ls := make([]line, len(texts))
	for i, t := range texts {
		key := strings.ToLower(t)
		seen[key]++
		ls[i] = newLine(t, stops)
		if j, ok := last[key]; ok && i-j <= echoSpan && ls[i].chars >= echoMinChars {
			ls[i].echoed, ls[j].echoed = true, true
		}
		last[key] = i
	}
	// A template's lines differ in their numbers; the same line shown
	// again and again is not one.
	shapes := make(map[string]int, len(texts))
	variants := make(map[string]map[string]bool)
	for _, t := range texts {
		k := shape(t)
		shapes[k]++
		if variants[k] == nil {
			variants[k] = make(map[string]bool)
		}
		variants[k][t] = true
	}
	for i, t := range texts {
		ls[i].repeats = seen[strings.ToLower(t)]
		if k := shape(t); len(variants[k]) > 1 {
			ls[i].stamped = shapes[k]
		}
	}
	for i := range ls {
		ls[i].kind = ls[i].classify()
		// An ellipsis after prose is a paywall cutting the article
		// short, not a teaser.
		if ls[i].teaser && !ls[i].furn && i > 0 && ls[i-1].kind == kindGood && !ls[i-1].teaser && ls[i].chars >= 70 {
			ls[i].kind = kindGood
		}
	}
	return ls
}

// endsSentence reports whether s ends as a sentence does: with a full stop,
// question or exclamation mark, possibly inside closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(`"'”’»)]`, r)
	})
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?。！？:;", r)
}

// teaserMax is the longest line, in characters, that an ellipsis marks as
// a teaser.
const teaserMax = 300

// isTeaser reports whether s is cut short the way a teaser of another
// article is: "...", "…" or "(more)" at the end.
func isTeaser(s string) bool {
	t := strings.ToLower(strings.TrimSpace(s))
	for _, end := range []string{"(more)", "more»", "more »", "read more", "continue reading", "[…]", "[...]"} {
		if strings.HasSuffix(t, end) {
			return true
		}
	}
	// A long paragraph cut off with an ellipsis is the visible part of
	// the article itself behind a paywall, not a teaser.
	return utf8.RuneCountInString(t) < teaserMax && (strings.HasSuffix(t, "...") || strings.HasSuffix(t, "…"))
}

// firstCJK is the first code point of the CJK scripts width counts
// three: Hangul Jamo. Han, Hiragana and Katakana start later.
const firstCJK = 0x1100

// width is the length of s in runes, with characters of the CJK scripts
// counting three: one of them carries about as much as a short word, so
// that a Japanese sentence measures like an English one.
func width(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r >= firstCJK && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
			n += 2
		}
	}
	return n
}
