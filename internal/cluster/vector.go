package cluster

import "math"

// entry is one weighted feature.
type entry struct {
	id uint32
	w  float32
}

// vec is a sparse vector of one kind of feature: raw (sublinear) counts,
// weighted by rarity only when compared.
type vec []entry

// sums accumulates the vectors of a story's articles.
type sums map[uint32]float32

// add adds v into s.
func (s sums) add(v vec) {
	for _, e := range v {
		s[e.id] += e.w
	}
}

// addSums adds t into s.
func (s sums) addSums(t sums) {
	for id, w := range t {
		s[id] += w
	}
}

// norm is the Euclidean length of v weighted by rarity.
func (v vec) norm(voc *vocab) float64 {
	n := 0.0
	for _, e := range v {
		x := float64(e.w) * voc.idf(e.id)
		n += x * x
	}
	return math.Sqrt(n)
}

// norm is the Euclidean length of s weighted by rarity.
func (s sums) norm(voc *vocab) float64 {
	n := 0.0
	for id, w := range s {
		x := float64(w) * voc.idf(id)
		n += x * x
	}
	return math.Sqrt(n)
}

// dot is the rarity-weighted dot product of v and s.
func dot(v vec, s sums, voc *vocab) float64 {
	d := 0.0
	for _, e := range v {
		if w, ok := s[e.id]; ok {
			idf := voc.idf(e.id)
			d += float64(e.w) * float64(w) * idf * idf
		}
	}
	return d
}

// dotSums is the rarity-weighted dot product of s and t.
func dotSums(s, t sums, voc *vocab) float64 {
	if len(t) < len(s) {
		s, t = t, s
	}
	d := 0.0
	for id, w := range s {
		if x, ok := t[id]; ok {
			idf := voc.idf(id)
			d += float64(w) * float64(x) * idf * idf
		}
	}
	return d
}

// dotVecs is the rarity-weighted dot product of two vectors sorted by
// feature.
func dotVecs(a, b vec, voc *vocab) float64 {
	d := 0.0
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].id == b[j].id:
			idf := voc.idf(a[i].id)
			d += float64(a[i].w) * float64(b[j].w) * idf * idf
			i++
			j++
		case a[i].id < b[j].id:
			i++
		default:
			j++
		}
	}
	return d
}
