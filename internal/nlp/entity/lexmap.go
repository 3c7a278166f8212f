package entity

// lexMap is a lexicon keyed by words in lower case, with a filter of the
// shapes of its words (first byte, last byte, length) that tells most
// words it does not hold without hashing them: most words a tagger looks
// up are in none of its lists. It is built once and only read afterwards.
type lexMap[V any] struct {
	m      map[string]V
	shapes *shapeFilter
}

// shapeFilter has a bit for every shape of word a lexicon holds. Two
// words of one shape share a bit, so a set bit says only that a word may
// be held; a clear one that it is not.
type shapeFilter [1 << 10]uint16

// newLexMap wraps m, which must not change afterwards.
func newLexMap[V any](m map[string]V) lexMap[V] {
	f := new(shapeFilter)
	for w := range m {
		i, bit := shapeOf(w)
		f[i] |= bit
	}
	return lexMap[V]{m: m, shapes: f}
}

// shapeOf returns the filter slot and bit of w's shape.
func shapeOf(w string) (int, uint16) {
	if w == "" {
		return 0, 1
	}
	return int(w[0]&31)<<5 | int(w[len(w)-1]&31), 1 << (len(w) & 15)
}

// get returns the value held for w, or the zero value.
func (l lexMap[V]) get(w string) V {
	if i, bit := shapeOf(w); l.shapes[i]&bit == 0 {
		var zero V
		return zero
	}
	return l.m[w]
}

// has reports whether the lexicon holds w.
func (l lexMap[V]) has(w string) bool {
	if i, bit := shapeOf(w); l.shapes[i]&bit == 0 {
		return false
	}
	_, ok := l.m[w]
	return ok
}
