package cluster

import (
	"math/rand/v2"
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

func TestAppendTopMatchesSort(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for trial := range 500 {
		list := make([]ranked, rng.IntN(60))
		for i := range list {
			// Few distinct weights, so that ties by ID matter.
			list[i] = ranked{id: uint32(i*7 + trial), w: float64(rng.IntN(5))}
		}
		rng.Shuffle(len(list), func(i, j int) { list[i], list[j] = list[j], list[i] })
		n := rng.IntN(25)
		prefix := []ranked{{id: 999999, w: -1}}
		got := appendTop(slices.Clone(prefix), slices.Clone(list), n)
		want := slices.Clone(list)
		slices.SortFunc(want, byWeight)
		want = append(prefix, want[:min(n, len(want))]...)
		if !slices.Equal(got, want) {
			t.Fatalf("appendTop(%v, %d) = %v, want %v", list, n, got, want)
		}
	}
}
