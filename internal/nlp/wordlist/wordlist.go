// Package wordlist holds the word lists of the understanding stage: maps
// keyed by words in lower case that tell most words they do not hold
// without hashing them.
//
// It takes a map built once and gives a read-only Map whose look-ups
// first test a filter of the shapes of its words (first byte, last byte,
// length): most words a tagger looks up are in none of its lists, and the
// filter turns them away for a few instructions.
package wordlist

import "strings"

// Map is a word list keyed by words in lower case, with a filter of the
// shapes of its words. It is built once and only read afterwards, so it
// is safe for concurrent use. The zero Map holds nothing.
type Map[V any] struct {
	m      map[string]V
	shapes *shapeFilter
}

// Set is a word list without values.
type Set = Map[bool]

// shapeFilter has a bit for every shape of word a list holds. Two words
// of one shape share a bit, so a set bit says only that a word may be
// held; a clear one that it is not.
type shapeFilter [1 << 10]uint16

// New wraps m, which must not change afterwards.
func New[V any](m map[string]V) Map[V] {
	f := new(shapeFilter)
	for w := range m {
		i, bit := shapeOf(w)
		f[i] |= bit
	}
	return Map[V]{m: m, shapes: f}
}

// NewSet returns the set of the words of s, separated by white space.
func NewSet(s string) Set {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return New(m)
}

// shapeOf returns the filter slot and bit of w's shape.
func shapeOf(w string) (int, uint16) {
	if w == "" {
		return 0, 1
	}
	return int(w[0]&31)<<5 | int(w[len(w)-1]&31), 1 << (len(w) & 15)
}

// Get returns the value held for w, or the zero value.
func (l Map[V]) Get(w string) V {
	if l.shapes == nil {
		var zero V
		return zero
	}
	if i, bit := shapeOf(w); l.shapes[i]&bit == 0 {
		var zero V
		return zero
	}
	return l.m[w]
}

// Has reports whether the list holds w.
func (l Map[V]) Has(w string) bool {
	if l.shapes == nil {
		return false
	}
	if i, bit := shapeOf(w); l.shapes[i]&bit == 0 {
		return false
	}
	_, ok := l.m[w]
	return ok
}

// HasLower reports whether the list holds w in lower case, as
// Has(strings.ToLower(w)) does, without allocating for a short ASCII
// word.
func (l Map[V]) HasLower(w string) bool {
	var buf [32]byte
	if len(w) > len(buf) {
		return l.Has(strings.ToLower(w))
	}
	upper := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return l.Has(strings.ToLower(w))
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
			upper = true
		}
		buf[i] = c
	}
	if !upper {
		return l.Has(w)
	}
	return l.Has(string(buf[:len(w)]))
}

// Len returns the number of words in the list.
func (l Map[V]) Len() int { return len(l.m) }

// All calls yield with every word of the list and its value, in no
// particular order, until yield returns false.
func (l Map[V]) All(yield func(string, V) bool) {
	for w, v := range l.m {
		if !yield(w, v) {
			return
		}
	}
}
