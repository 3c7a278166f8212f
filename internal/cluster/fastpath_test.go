package cluster

import (
	"slices"
	"testing"
	"unicode"
)

func TestIsWordRuneMatchesUnicode(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		want := unicode.IsLetter(r) || unicode.IsDigit(r)
		if got := isWordRune(r); got != want {
			t.Fatalf("isWordRune(%q) = %v, want %v", r, got, want)
		}
	}
}

func TestByWeight(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   []ranked
		want []ranked
	}{
		{"heavier first", []ranked{{1, 0.5}, {2, 2}, {3, 1}}, []ranked{{2, 2}, {3, 1}, {1, 0.5}}},
		{"ties by id", []ranked{{9, 1}, {4, 1}, {7, 3}}, []ranked{{7, 3}, {4, 1}, {9, 1}}},
		{"empty", nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := slices.Clone(tc.in)
			slices.SortFunc(got, byWeight)
			if !slices.Equal(got, tc.want) {
				t.Errorf("sorted %v, want %v", got, tc.want)
			}
		})
	}
}
