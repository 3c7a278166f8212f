package dedup

import "math"

// MinHash signature layout: bands of rows, so that two sets with Jaccard
// similarity 0.8 share a band with probability above 0.999.
const (
	bands   = 16
	rows    = 4
	sigSize = bands * rows
)

// signature is a MinHash signature: for each of sigSize hash functions,
// the least hash over the set.
type signature [sigSize]uint64

// sign computes the MinHash signature of a set of shingle hashes.
func sign(set []uint64) signature {
	var sig signature
	for i, seed := range seeds {
		least := uint64(math.MaxUint64)
		for _, h := range set {
			if v := mix(h ^ seed); v < least {
				least = v
			}
		}
		sig[i] = least
	}
	return sig
}

// seeds are fixed, distinct salts for the hash functions.
var seeds = func() [sigSize]uint64 {
	var s [sigSize]uint64
	x := uint64(0x9e3779b97f4a7c15)
	for i := range s {
		x = mix(x + uint64(i) + 1)
		s[i] = x
	}
	return s
}()

// mix is the SplitMix64 finaliser, a fast well-spread 64-bit hash.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// bandKey hashes one band of a signature.
func (s *signature) bandKey(b int) uint64 {
	h := uint64(b) + 1
	for _, v := range s[b*rows : (b+1)*rows] {
		h = mix(h ^ v)
	}
	return h
}

// nearIndex finds, among the sets added, one whose Jaccard similarity
// with a query reaches a threshold.
type nearIndex struct {
	threshold float64
	buckets   map[uint64][]int
	entries   map[int]nearEntry
	next      int // the number of the next set added
}

// nearEntry is one set added.
type nearEntry struct {
	id string
	s  *shingled
}

func newNearIndex(threshold float64) *nearIndex {
	return &nearIndex{threshold: threshold, buckets: map[uint64][]int{}, entries: map[int]nearEntry{}}
}

// shingled is a shingle set with its MinHash signature.
type shingled struct {
	set []uint64
	sig signature
}

func newShingled(words []string) *shingled {
	set := Shingles(words)
	return &shingled{set: set, sig: sign(set)}
}

// add files a set under its ID and returns its number.
func (ix *nearIndex) add(id string, s *shingled) int {
	n := ix.next
	ix.next++
	ix.entries[n] = nearEntry{id, s}
	sig := &s.sig
	for b := 0; b < bands; b++ {
		k := sig.bandKey(b)
		ix.buckets[k] = append(ix.buckets[k], n)
	}
	return n
}

// remove drops set number n.
func (ix *nearIndex) remove(n int) {
	e, ok := ix.entries[n]
	if !ok {
		return
	}
	delete(ix.entries, n)
	for b := 0; b < bands; b++ {
		k := e.s.sig.bandKey(b)
		list := ix.buckets[k]
		for i, x := range list {
			if x == n {
				list = append(list[:i], list[i+1:]...)
				break
			}
		}
		if len(list) == 0 {
			delete(ix.buckets, k)
		} else {
			ix.buckets[k] = list
		}
	}
}

// empty reports whether no set is filed.
func (ix *nearIndex) empty() bool { return len(ix.entries) == 0 }

// find returns the ID of the earliest added set similar enough to set.
func (ix *nearIndex) find(s *shingled) (string, bool) {
	set, sig := s.set, &s.sig
	best := -1
	var tried map[int]bool
	for b := 0; b < bands; b++ {
		for _, n := range ix.buckets[sig.bandKey(b)] {
			if tried[n] || (best >= 0 && n > best) {
				continue
			}
			if tried == nil {
				tried = map[int]bool{}
			}
			tried[n] = true
			if Jaccard(set, ix.entries[n].s.set) >= ix.threshold {
				best = n
			}
		}
	}
	if best < 0 {
		return "", false
	}
	return ix.entries[best].id, true
}
