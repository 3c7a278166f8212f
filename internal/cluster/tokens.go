package cluster

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word of text.
type token struct {
	text    string // as written
	lower   string
	capital bool // starts with an upper-case letter
	initial bool // first word of a sentence or line
	digit   bool // holds a digit
}

// tokenize splits text into words. A word is a run of letters and digits,
// keeping an inner apostrophe, and a dot or comma between digits ("6.1",
// "1,000"). Possessive "'s" is dropped.
func tokenize(s string) []token {
	toks := make([]token, 0, len(s)/6+1)
	initial := true
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			switch r {
			case '.', '!', '?', ':', ';', '\n', '|', '"', '“', '”', '•':
				initial = true
			}
			i += size
			continue
		}
		start := i
		digit := false
		apostrophe := false // the word holds one, to be dropped
		for i < len(s) {
			if c := s[i]; c < utf8.RuneSelf {
				// ASCII, most of the text: letters and digits by
				// table, anything else read as a rune of one byte.
				switch asciiClass[c] {
				case asciiLetter:
					i++
					continue
				case asciiDigit:
					digit = true
					i++
					continue
				}
				r, size = rune(c), 1
			} else {
				r, size = utf8.DecodeRuneInString(s[i:])
				if unicode.IsDigit(r) {
					digit = true
				}
				if isWordRune(r) {
					i += size
					continue
				}
			}
			if (r == '\'' || r == '’') && i+size < len(s) {
				next, _ := utf8.DecodeRuneInString(s[i+size:])
				if unicode.IsLetter(next) {
					apostrophe = true
					i += size
					continue
				}
			}
			if (r == '.' || r == ',') && digit && i+size < len(s) {
				next, _ := utf8.DecodeRuneInString(s[i+size:])
				if unicode.IsDigit(next) {
					i += size
					continue
				}
			}
			break
		}
		word := s[start:i]
		lower := strings.ToLower(word)
		if apostrophe {
			lower = strings.TrimSuffix(strings.TrimSuffix(lower, "'s"), "’s")
			lower = strings.ReplaceAll(strings.ReplaceAll(lower, "'", ""), "’", "")
		}
		first, _ := utf8.DecodeRuneInString(word)
		toks = append(toks, token{
			text:    word,
			lower:   lower,
			capital: unicode.IsUpper(first),
			initial: initial,
			digit:   digit,
		})
		initial = false
	}
	return toks
}

// Classes of ASCII bytes for tokenize.
const (
	asciiOther = iota
	asciiLetter
	asciiDigit
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = asciiLetter, asciiLetter
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = asciiDigit
	}
	return t
}()

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
