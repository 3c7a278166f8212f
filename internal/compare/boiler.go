package compare

import (
	"strings"
	"unicode"
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
		if unicode.IsUpper(firstRune(strings.TrimLeft(t.Raw, "“\"‘'("))) {
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
	return hasNavigationPhrase(strings.ToLower(text))
}

// navigationByFirst lists the navigation phrases by their first byte.
var navigationByFirst = phrasesByFirstByte(navigationPhrases)

func phrasesByFirstByte(phrases []string) [256][]string {
	var t [256][]string
	for _, p := range phrases {
		t[p[0]] = append(t[p[0]], p)
	}
	return t
}

// hasNavigationPhrase reports whether lower holds a navigation phrase,
// trying at each byte only the phrases that begin with it.
func hasNavigationPhrase(lower string) bool {
	for i := 0; i < len(lower); i++ {
		for _, p := range navigationByFirst[lower[i]] {
			if len(lower)-i >= len(p) && lower[i+len(p)-1] == p[len(p)-1] && lower[i:i+len(p)] == p {
				return true
			}
		}
	}
	return false
}
