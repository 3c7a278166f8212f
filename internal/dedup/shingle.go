package dedup

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// shingleSize is how many consecutive words make one shingle.
const shingleSize = 5

// FNV-1a 64-bit parameters, the hash of one shingle.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// Words splits text into lower-case words of letters and digits, so that
// punctuation, case and spacing do not hide a copy.
func Words(text string) []string {
	words := make([]string, 0, len(text)/6+1)
	start := -1
	plain := true // the word so far is ASCII without capitals
	for i, r := range text {
		switch word := isWordRune(r); {
		case word && start < 0:
			start, plain = i, true
			fallthrough
		case word:
			if r >= utf8.RuneSelf || 'A' <= r && r <= 'Z' {
				plain = false
			}
		case start >= 0:
			words = append(words, lowerWord(text[start:i], plain))
			start = -1
		}
	}
	if start >= 0 {
		words = append(words, lowerWord(text[start:], plain))
	}
	return words
}

// lowerWord is w in lower case; plain says it is already.
func lowerWord(w string, plain bool) string {
	if plain {
		return w
	}
	return strings.ToLower(w)
}

// isWordRune reports whether r is a letter or a digit.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// Shingles returns the sorted distinct hashes of every run of shingleSize
// words (of the whole text when shorter). Each word is hashed once; a
// shingle's hash folds its words' hashes in order.
func Shingles(words []string) []uint64 {
	if len(words) == 0 {
		return nil
	}
	hashes := make([]uint64, len(words))
	for i, w := range words {
		hashes[i] = wordHash(w)
	}
	n := max(len(words)-shingleSize+1, 1)
	out := make([]uint64, n)
	for i := range out {
		h := uint64(fnvOffset)
		for _, wh := range hashes[i:min(i+shingleSize, len(words))] {
			h = (h ^ wh) * fnvPrime
		}
		out[i] = h
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// wordHash is the FNV-1a hash of a word.
func wordHash(w string) uint64 {
	h := uint64(fnvOffset)
	for j := 0; j < len(w); j++ {
		h ^= uint64(w[j])
		h *= fnvPrime
	}
	return h
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
