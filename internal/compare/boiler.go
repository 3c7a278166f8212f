package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// navigationPhrases mark page furniture rather than reporting.
var navigationPhrases = []string{
	"click here", "click to ", "subscribe to our", "subscribe now", "sign up for", "sign up to",
	"read more", "copyright", "©", "all rights reserved", "follow us", "share this", "our newsletter",
	"cookie policy", "use cookies", "terms of use", "terms of service", "privacy policy", "log in to",
	"sign in to", "download the app", "related articles", "related stories", "recommended for you",
	"you might also like", "leave a comment", "email this", "print this", "skip to",
	"tell us", "let us know", "in the comments", "see below", "watch below", "video below",
	"slideshow", "scroll down", "photos:", "video:", "watch:", "listen:", "read the full",
	"get the latest", "download our",
}

// IsBoilerplate reports whether a sentence looks like page furniture or
// otherwise carries no statement: too short, without content words,
// without an ending stop (a heading or a teaser cut with "..."), a
// navigation or copyright line, a question to the reader, or mostly
// capitalised words.
func IsBoilerplate(sentence string) bool {
	toks := tokenize(sentence)
	content := 0
	for _, t := range toks {
		if isContent(t.Key) {
			content++
		}
	}
	return isBoilerplate(sentence, toks, content)
}

func isBoilerplate(text string, toks []token, content int) bool {
	words, capital := 0, 0
	for _, t := range toks {
		if t.Key == "" {
			continue
		}
		words++
		if unicode.IsUpper(firstRune(trimOpeners(t.Raw))) {
			capital++
		}
	}
	if words < 5 || content < 3 {
		return true
	}
	if words >= 4 && float64(capital) > 0.75*float64(words) {
		return true
	}
	t := strings.TrimRight(text, "”\"’')] ")
	if t == "" || strings.HasSuffix(t, "...") || strings.HasSuffix(t, "…") {
		return true
	}
	switch t[len(t)-1] {
	case '.', '!':
	case '?':
		if quotedShare(text) < 0.5 {
			return true // a question put to the reader
		}
	default:
		return true // a heading or caption
	}
	return hasNavigationPhrase(text)
}

// navigationIndex finds the navigation phrases by their first two bytes.
var navigationIndex = newFoldIndex(navigationPhrases)

// phraseIndex lists phrases of two bytes or more by their opening pair
// of bytes, so that a text is searched for all of them in one pass.
type phraseIndex struct {
	slot   [1 << 16]uint16 // opening pair -> 1 + index into groups, or 0
	groups [][]string
}

// in reports whether s contains one of the phrases.
func (x *phraseIndex) in(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		g := x.slot[uint16(s[i])<<8|uint16(s[i+1])]
		if g == 0 {
			continue
		}
		for _, p := range x.groups[g-1] {
			if strings.HasPrefix(s[i:], p) {
				return true
			}
		}
	}
	return false
}

// foldIndex is a phraseIndex of lower-case phrases that finds them in
// text of any case: slot holds every case of a phrase's opening pair.
// third marks, for every group, the bytes (in both cases) that stand
// third in its phrases, or every byte when a phrase has two bytes only.
type foldIndex struct {
	phraseIndex
	third [][256]bool
}

func newFoldIndex(phrases []string) *foldIndex {
	x := &foldIndex{}
	for _, p := range phrases {
		k := uint16(p[0])<<8 | uint16(p[1])
		if x.slot[k] == 0 {
			x.groups = append(x.groups, nil)
			x.third = append(x.third, [256]bool{})
			x.slot[k] = uint16(len(x.groups))
		}
		g := x.slot[k] - 1
		x.groups[g] = append(x.groups[g], p)
		for _, a := range caseVariants(p[0]) {
			for _, b := range caseVariants(p[1]) {
				x.slot[uint16(a)<<8|uint16(b)] = g + 1
			}
		}
		if len(p) < 3 {
			for c := range x.third[g] {
				x.third[g][c] = true
			}
			continue
		}
		for _, c := range caseVariants(p[2]) {
			x.third[g][c] = true
		}
	}
	return x
}

// caseVariants gives an ASCII letter in both cases, any other byte alone.
func caseVariants(c byte) []byte {
	if 'a' <= c && c <= 'z' {
		return []byte{c, c - 'a' + 'A'}
	}
	return []byte{c}
}

// in reports whether strings.ToLower(s) contains one of the phrases. It
// folds ASCII letters in place; a text with a letter whose lower case is
// ASCII though the letter is not (the Kelvin sign) is lower-cased first.
func (x *foldIndex) in(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < utf8.RuneSelf {
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || unicode.ToLower(r) < utf8.RuneSelf {
			return x.phraseIndex.in(strings.ToLower(s))
		}
		i += size - 1
	}
	for i := 0; i+1 < len(s); i++ {
		g := x.slot[uint16(s[i])<<8|uint16(s[i+1])]
		if g == 0 || i+2 < len(s) && !x.third[g-1][s[i+2]] {
			continue
		}
		for _, p := range x.groups[g-1] {
			if hasPrefixASCIIFold(s[i:], p) {
				return true
			}
		}
	}
	return false
}

// hasPrefixASCIIFold reports whether s, its ASCII letters lower-cased,
// begins with lower.
func hasPrefixASCIIFold(s, lower string) bool {
	if len(s) < len(lower) {
		return false
	}
	for k := 0; k < len(lower); k++ {
		c := s[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[k] {
			return false
		}
	}
	return true
}

// hasNavigationPhrase reports whether text, lower-cased, holds a
// navigation phrase.
func hasNavigationPhrase(text string) bool { return navigationIndex.in(text) }
