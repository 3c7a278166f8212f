package dedup

import (
	"hash/fnv"
	"sort"
	"strings"
	"unicode"
)

// shingleSize is how many consecutive words make one shingle.
const shingleSize = 5

// Words splits text into lower-case words of letters and digits, so that
// punctuation, case and spacing do not hide a copy.
func Words(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// Shingles returns the sorted distinct hashes of every run of shingleSize
// words (of the whole text when shorter).
func Shingles(words []string) []uint64 {
	if len(words) == 0 {
		return nil
	}
	n := len(words) - shingleSize + 1
	if n < 1 {
		n = 1
	}
	set := make(map[uint64]bool, n)
	for i := 0; i < n; i++ {
		end := min(i+shingleSize, len(words))
		h := fnv.New64a()
		for _, w := range words[i:end] {
			h.Write([]byte(w))
			h.Write([]byte{0})
		}
		set[h.Sum64()] = true
	}
	out := make([]uint64, 0, len(set))
	for h := range set {
		out = append(out, h)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// Jaccard is the similarity of two sorted sets: the size of their
// intersection over the size of their union (1 for two empty sets).
func Jaccard(a, b []uint64) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 1
	}
	i, j, both := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			both++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return float64(both) / float64(len(a)+len(b)-both)
}
