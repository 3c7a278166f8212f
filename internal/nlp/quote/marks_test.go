package quote

import (
	"testing"
	"unicode/utf8"
)

// indexMarkSlow is indexMark decoding every rune: what it must agree with.
func indexMarkSlow(s string, is func(rune) bool) int {
	for i, r := range s {
		if is(r) {
			return i
		}
	}
	return -1
}

func TestIndexMark(t *testing.T) {
	tests := []struct {
		s            string
		double, sing int
	}{
		{"", -1, -1},
		{"no marks at all", -1, -1},
		{`he said "yes"`, 8, -1},
		{"it’s “fine”", 7, 2},
		{"— a dash, then «this»", 17, -1},
		{"‘single’ and „low”", 17, 0},
		{"Roe’s view: ‟odd”", 14, 3},
		{"bad \xe2\x80 bytes \xe2“x", 14, -1},
		{"don't", -1, 3},
	}
	for _, tc := range tests {
		if got := indexMark(tc.s, isDouble, '"'); got != tc.double {
			t.Errorf("indexMark(%q, double) = %d, want %d", tc.s, got, tc.double)
		}
		if got := indexMark(tc.s, isSingle, '\''); got != tc.sing {
			t.Errorf("indexMark(%q, single) = %d, want %d", tc.s, got, tc.sing)
		}
	}
}

// FuzzIndexMark checks that the quick search finds the mark a rune by
// rune search finds.
func FuzzIndexMark(f *testing.F) {
	for _, s := range []string{"it’s “fine”", `"a" 'b'`, "«x» ‘y’ „z‟", "\xe2\x80\xe2\x80\x9c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return // paragraphs are valid UTF-8
		}
		if got, want := indexMark(s, isDouble, '"'), indexMarkSlow(s, isDouble); got != want {
			t.Errorf("double marks in %q: %d, want %d", s, got, want)
		}
		if got, want := indexMark(s, isSingle, '\''), indexMarkSlow(s, isSingle); got != want {
			t.Errorf("single marks in %q: %d, want %d", s, got, want)
		}
	})
}

func TestIndexEndMark(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want int
	}{
		{"", -1}, {"no end", -1}, {"Yes. No!", 3}, {"Why? Yes.", 3}, {"Stop! Now.", 4}, {"a, b; c", -1},
	} {
		if got := indexEndMark(tc.s); got != tc.want {
			t.Errorf("indexEndMark(%q) = %d, want %d", tc.s, got, tc.want)
		}
	}
}

func TestPronounsIn(t *testing.T) {
	got := pronounsIn("He said his aim, and she her own. Shelby has the hero's hat; HIS, Her, hers, the, sHe.")
	var starts []int
	for _, p := range got {
		starts = append(starts, p.pos)
	}
	want := []int{0, 8, 21, 25, 61, 66, 82}
	if len(starts) != len(want) {
		t.Fatalf("pronouns at %v, want %v", starts, want)
	}
	for i := range want {
		if starts[i] != want[i] {
			t.Fatalf("pronouns at %v, want %v", starts, want)
		}
	}
}
