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
	ids       []string
	sets      [][]uint64
}

func newNearIndex(threshold float64) *nearIndex {
	return &nearIndex{threshold: threshold, buckets: map[uint64][]int{}}
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

// add files a set under its ID.
func (ix *nearIndex) add(id string, s *shingled) {
	n := len(ix.ids)
	ix.ids = append(ix.ids, id)
	ix.sets = append(ix.sets, s.set)
	sig := &s.sig
	for b := 0; b < bands; b++ {
		k := sig.bandKey(b)
		ix.buckets[k] = append(ix.buckets[k], n)
	}
}

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
			if Jaccard(set, ix.sets[n]) >= ix.threshold {
				best = n
			}
		}
	}
	if best < 0 {
		return "", false
	}
	return ix.ids[best], true
}
