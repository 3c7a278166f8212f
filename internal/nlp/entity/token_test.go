package entity

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newsfold/newsfold/internal/nlp/wordlist"
)

// TestLowerAt checks that cutting a word from the paragraph's folded copy
// gives what lowering the word alone gives.
func TestLowerAt(t *testing.T) {
	tests := []struct {
		p          string
		start, end int
		want       string
	}{
		{"Mr. Dorvin Quell spoke.", 0, 3, "mr"},
		{"Mr. Dorvin Quell spoke.", 4, 10, "dorvin"},
		{"Mr. Dorvin Quell spoke.", 17, 22, "spoke"},
		{"Ölmeer and ÉTAN met.", 0, 7, "ölmeer"},
		{"Ölmeer and ÉTAN met.", 12, 17, "étan"},
		{"The U.S. said", 4, 8, "u.s"},
		{".", 0, 1, ""},
	}
	for _, tt := range tests {
		got, folded := lowerAt(tt.p, "", tt.start, tt.end)
		if got != tt.want {
			t.Errorf("lowerAt(%q, %d, %d) = %q, want %q", tt.p, tt.start, tt.end, got, tt.want)
		}
		if want := lower(tt.p[tt.start:tt.end]); got != want {
			t.Errorf("lowerAt(%q, %d, %d) = %q, lower gives %q", tt.p, tt.start, tt.end, got, want)
		}
		if folded != "" && len(folded) != len(tt.p) {
			t.Errorf("folded copy of %q is %d bytes, want %d", tt.p, len(folded), len(tt.p))
		}
	}
}

// FuzzLowerAt checks that lowerAt agrees with lower on every word of any
// paragraph, and that the lower form tokenize gives a word is lower's.
func FuzzLowerAt(f *testing.F) {
	f.Add("Mr. Dorvin Quell of the Velmar Trust said İstanbul.")
	f.Fuzz(func(t *testing.T, p string) {
		folded := ""
		for _, tok := range tokenize(p) {
			var got string
			got, folded = lowerAt(p, folded, int(tok.start), int(tok.end))
			if want := lower(p[tok.start:tok.end]); got != want {
				t.Fatalf("lowerAt(%q, %d, %d) = %q, lower gives %q", p, tok.start, tok.end, got, want)
			}
			if !tok.word {
				continue
			}
			if want := lower(tok.text); tok.low != want {
				t.Fatalf("word %q of %q has lower form %q, lower gives %q", tok.text, p, tok.low, want)
			}
			if tok.text != p[tok.start:tok.end] {
				t.Fatalf("word %q of %q is not its span %q", tok.text, p, p[tok.start:tok.end])
			}
		}
	})
}

func TestHasLower(t *testing.T) {
	m := map[string]bool{"inc": true, "jr": true, "x.": true}
	l := wordlist.New(m)
	for _, w := range []string{"inc", "Inc", "INC", "Inc.", "jr", "Jr.", "JR", "Incs", "", ".", "X..", "X.", "Ínc", "\u212Anc", strings.Repeat("I", 40)} {
		if got, want := hasLower(l, w), m[lower(w)]; got != want {
			t.Errorf("hasLower(%q) = %v, m[lower] = %v", w, got, want)
		}
	}
}

// TestWideLetterOrDigit checks the quick answers for punctuation against
// the Unicode tables, over the whole of the General Punctuation block and
// the letters, digits and spaces before it.
func TestWideLetterOrDigit(t *testing.T) {
	for r := rune(0); r <= 0x2100; r++ {
		want := unicode.IsLetter(r) || unicode.IsDigit(r)
		if got := isLetterOrDigit(r); got != want {
			t.Errorf("isLetterOrDigit(%U) = %v, want %v", r, got, want)
		}
		if got, want := isSpace(r), unicode.IsSpace(r); got != want {
			t.Errorf("isSpace(%U) = %v, want %v", r, got, want)
		}
		if isSpace(r) && isLetterOrDigit(r) {
			t.Errorf("%U is both a space and a letter or digit", r)
		}
	}
}

// TestJoinedWords checks which words tokenize marks as holding a hyphen,
// an apostrophe or a byte beyond ASCII, and that a word not so marked
// holds none of them.
func TestJoinedWords(t *testing.T) {
	tests := []struct {
		text   string
		joined []bool
	}{
		{"Ada Quill said", []bool{false, false, false}},
		{"Tarnby-based al-Marri", []bool{true, true}},
		{"Don't go, Quill's dog", []bool{true, false, true, false}}, // the possessive was read with the word
		{"Zoë U.S. ends - now", []bool{true, false, false, false}},
		{"the ‘Quillʼ", []bool{false, true}},
	}
	for _, tt := range tests {
		var got []bool
		for _, tok := range tokenize(tt.text) {
			if !tok.word {
				continue
			}
			got = append(got, tok.joined)
			if !tok.joined && strings.ContainsFunc(tok.text, func(r rune) bool { return r == '-' || r == '\'' || r >= utf8.RuneSelf }) {
				t.Errorf("%q: word %q holds a joining mark but is not marked", tt.text, tok.text)
			}
		}
		if !slices.Equal(got, tt.joined) {
			t.Errorf("%q: joined = %v, want %v", tt.text, got, tt.joined)
		}
	}
}

func TestIsUpperCase(t *testing.T) {
	for _, w := range []string{"QUILL", "Quill", "U.S.", "ÉTÉ", "Été", "İSTANBUL", "ǅ", "ß", "\xff", "\uFFFD", "", "A1-B", "ΣΟΦΙΑ", "ΣΟΦΙα"} {
		if got, want := isUpperCase(w), strings.ToUpper(w) == w; got != want {
			t.Errorf("isUpperCase(%q) = %v, want %v", w, got, want)
		}
	}
}

// FuzzPlainWords checks that every word tokenize reads, by the quick path
// for plain ASCII words or not, is the word readWord reads at its start.
func FuzzPlainWords(f *testing.F) {
	f.Add("Mr. Dorvin Quell's dog, the U.S.-based al-Marri and Zoë said: “no” 5 times.")
	f.Add("Tarnby-based fishermen' boats; O'Neill, e.g. JAN 5")
	f.Fuzz(func(t *testing.T, p string) {
		for _, tok := range tokenize(p) {
			if !tok.word {
				continue
			}
			var want token
			readWord(p, int(tok.start), &want)
			got := tok
			got.low, got.name, got.title, got.sentStart = "", false, false, false
			if got != want {
				t.Fatalf("word at %d of %q: tokenize gives %+v, readWord %+v", tok.start, p, got, want)
			}
		}
	})
}
