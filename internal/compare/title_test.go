package compare

import (
	"strings"
	"testing"
	"unicode"
)

func TestMayHoldTitle(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"The council met on Tuesday.", false},
		{"Former Ambassador Jane Roe said so.", true},
		{"MAYOR Tam Olsen opened the bridge.", true},
		{"the vice-president and the (chief) engineer", true},
		{"pres.ident Olsen", true},  // a key drops the inner dot
		{"pres ident Olsen", false}, // two words are two keys
		{"", false},
	}
	for _, tt := range tests {
		if got := mayHoldTitle(tt.in); got != tt.want {
			t.Errorf("mayHoldTitle(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// FuzzMayHoldTitle checks that the quick test never turns away a text
// holding a title word: whenever a word's key is a title word,
// mayHoldTitle is true.
func FuzzMayHoldTitle(f *testing.F) {
	f.Add("Former Ambassador Jane Roe said")
	f.Add("a pres.ident, the \u212aing's coach")
	f.Add("no title here")
	f.Fuzz(func(t *testing.T, s string) {
		holds := false
		for _, tok := range tokenize(s) {
			holds = holds || titleWords[tok.Key]
		}
		got := mayHoldTitle(s)
		if want := referenceMayHoldTitle(s); got != want {
			t.Fatalf("mayHoldTitle(%q) = %v, reference gives %v", s, got, want)
		}
		if holds && !got {
			t.Fatalf("mayHoldTitle(%q) = false, but a word's key is a title word", s)
		}
		if len(roleMentions(s)) > 0 && !got {
			t.Fatalf("mayHoldTitle(%q) = false, but roleMentions finds a title", s)
		}
	})
}

// referenceMayHoldTitle is mayHoldTitle as a plain search: the text's
// letters lower-cased and its white space as spaces, other marks
// dropped, searched for every title word.
func referenceMayHoldTitle(text string) bool {
	var b strings.Builder
	for _, r := range text {
		switch {
		case unicode.IsLetter(r):
			b.WriteRune(unicode.ToLower(r))
		case unicode.IsSpace(r):
			b.WriteByte(' ')
		}
	}
	for w := range titleWords {
		if strings.Contains(b.String(), w) {
			return true
		}
	}
	return false
}
