package dedup

import (
	"hash/fnv"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"
)

// referenceWords is the plain definition Words must match.
func referenceWords(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// referenceShingles is the plain definition Shingles must match: each
// word hashed with FNV-1a, a shingle's hash folding its words' hashes in
// order as FNV-1a folds bytes.
func referenceShingles(words []string) []uint64 {
	if len(words) == 0 {
		return nil
	}
	n := max(len(words)-shingleSize+1, 1)
	set := map[uint64]bool{}
	for i := 0; i < n; i++ {
		h := uint64(fnvOffset)
		for _, w := range words[i:min(i+shingleSize, len(words))] {
			wh := fnv.New64a()
			wh.Write([]byte(w))
			h = (h ^ wh.Sum64()) * fnvPrime
		}
		set[h] = true
	}
	out := make([]uint64, 0, len(set))
	for h := range set {
		out = append(out, h)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

var referenceTexts = []string{
	"",
	"   ",
	"The council voted 11-4 on Tuesday.",
	"ÉCOLE d'été — 3,5 km À PARIS",
	"İstanbul ΣΟΦΙΑ Straße KELVIN\u212a",
	"bad \xff utf8 \xe2\x82 here ABC",
	"one two three four five six seven one two three four five",
	"a b",
}

func TestWordsMatchesReference(t *testing.T) {
	for _, text := range referenceTexts {
		if got, want := Words(text), referenceWords(text); !slices.Equal(got, want) {
			t.Errorf("Words(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestShinglesMatchesReference(t *testing.T) {
	for _, text := range referenceTexts {
		w := referenceWords(text)
		if got, want := Shingles(w), referenceShingles(w); !slices.Equal(got, want) {
			t.Errorf("Shingles(%q) = %v, want %v", w, got, want)
		}
	}
}

// FuzzWordsReference checks Words and Shingles against their plain
// definitions on any text.
func FuzzWordsReference(f *testing.F) {
	for _, text := range referenceTexts {
		f.Add(text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got, want := Words(text), referenceWords(text)
		if !slices.Equal(got, want) {
			t.Fatalf("Words(%q) = %q, want %q", text, got, want)
		}
		if gs, ws := Shingles(want), referenceShingles(want); !slices.Equal(gs, ws) {
			t.Fatalf("Shingles(%q) = %v, want %v", want, gs, ws)
		}
	})
}
