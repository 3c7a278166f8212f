package entity

// wordSet is a set of words, filled once and then read: an
// open-addressing hash table of indexes into the words, which costs less
// to fill than a map for the few hundred lower-case words of an article.
type wordSet struct {
	words []string
	slots []int32 // 1 + an index into words; 0 for an empty slot
}

// newWordSet returns a set with room for about n words before it grows.
func newWordSet(n int) *wordSet {
	s := new(wordSet)
	s.reset(n)
	return s
}

// reset empties the set and makes room for about n words, reusing its
// arrays when they are large enough. The words it held are let go.
func (s *wordSet) reset(n int) {
	size := 16
	for size < 2*n {
		size *= 2
	}
	clear(s.words)
	s.words = s.words[:0]
	if cap(s.words) < n {
		s.words = make([]string, 0, n)
	}
	if cap(s.slots) >= size {
		s.slots = s.slots[:size]
		clear(s.slots)
	} else {
		s.slots = make([]int32, size)
	}
}

// hashWord is 32-bit FNV-1a.
func hashWord(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return h
}

// slot returns the slot that holds w or, when w is not in the set, the
// empty slot where it would go.
func (s *wordSet) slot(w string) int {
	mask := len(s.slots) - 1
	for i := int(hashWord(w)) & mask; ; i = (i + 1) & mask {
		k := s.slots[i]
		if k == 0 || s.words[k-1] == w {
			return i
		}
	}
}

// add puts w in the set.
func (s *wordSet) add(w string) {
	i := s.slot(w)
	if s.slots[i] != 0 {
		return
	}
	s.words = append(s.words, w)
	s.slots[i] = int32(len(s.words))
	if 2*len(s.words) > len(s.slots) {
		s.grow()
	}
}

// grow doubles the table, keeping it at most half full.
func (s *wordSet) grow() {
	s.slots = make([]int32, 2*len(s.slots))
	for k, w := range s.words {
		s.slots[s.slot(w)] = int32(k + 1)
	}
}

// has reports whether w is in the set; a nil set holds nothing.
func (s *wordSet) has(w string) bool {
	if s == nil {
		return false
	}
	return s.slots[s.slot(w)] != 0
}
