package cluster

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// referenceTokenize is tokenize without the ASCII shortcuts: every rune
// decoded and classified through the Unicode tables.
func referenceTokenize(s string) []token {
	var toks []token
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
		for i < len(s) {
			r, size = utf8.DecodeRuneInString(s[i:])
			if unicode.IsDigit(r) {
				digit = true
			}
			if isWordRune(r) {
				i += size
				continue
			}
			if (r == '\'' || r == '’') && i+size < len(s) {
				if next, _ := utf8.DecodeRuneInString(s[i+size:]); unicode.IsLetter(next) {
					i += size
					continue
				}
			}
			if (r == '.' || r == ',') && digit && i+size < len(s) {
				if next, _ := utf8.DecodeRuneInString(s[i+size:]); unicode.IsDigit(next) {
					i += size
					continue
				}
			}
			break
		}
		word := s[start:i]
		lower := strings.ToLower(word)
		lower = strings.TrimSuffix(strings.TrimSuffix(lower, "'s"), "’s")
		lower = strings.ReplaceAll(strings.ReplaceAll(lower, "'", ""), "’", "")
		first, _ := utf8.DecodeRuneInString(word)
		toks = append(toks, token{text: word, lower: lower, capital: unicode.IsUpper(first), initial: initial, digit: digit})
		initial = false
	}
	return toks
}

var tokenizeCases = []string{
	"",
	"The Harbour Board's chief said 1,250 jobs, or 6.1%, would go.",
	"O'Neill and the workers' union: “We won’t sign.” It's 3.5 km.",
	"ÉCOLE d'été — 3,5 km À PARIS; Straße ٣٤ 12,",
	"bad \xff utf8 \xe2\x82 here ABC x'",
	"ends with a comma 1, and a dot 2. and 3.",
}

func TestTokenizeMatchesReference(t *testing.T) {
	for _, s := range tokenizeCases {
		if got, want := tokenize(s), referenceTokenize(s); !slices.Equal(got, want) {
			t.Errorf("tokenize(%q) =\n%+v\nwant\n%+v", s, got, want)
		}
	}
}

func FuzzTokenizeMatchesReference(f *testing.F) {
	for _, s := range tokenizeCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := tokenize(s), referenceTokenize(s); !slices.Equal(got, want) {
			t.Errorf("tokenize(%q) = %+v, want %+v", s, got, want)
		}
	})
}
