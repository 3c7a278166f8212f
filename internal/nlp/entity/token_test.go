package entity

import (
	"strings"
	"testing"
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
// paragraph.
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
		}
	})
}

func TestLookupLower(t *testing.T) {
	m := map[string]bool{"inc": true, "jr": true, "x.": true}
	for _, w := range []string{"inc", "Inc", "INC", "Inc.", "jr", "Jr.", "JR", "Incs", "", ".", "X..", "X.", "Ínc", "\u212Anc", strings.Repeat("I", 40)} {
		if got, want := lookupLower(m, w), m[lower(w)]; got != want {
			t.Errorf("lookupLower(%q) = %v, m[lower] = %v", w, got, want)
		}
	}
}
