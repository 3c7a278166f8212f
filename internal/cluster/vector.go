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

// sums accumulates the vectors of a story's articles, sorted by feature
// like a vec, so that comparing it with an article is one merge.
type sums []entry

// add returns s with v added in.
func (s sums) add(v vec) sums { return s.addSums(sums(v)) }

// addSums returns s with t added in.
func (s sums) addSums(t sums) sums {
	if len(t) == 0 {
		return s
	}
	out := make(sums, 0, len(s)+len(t))
	i, j := 0, 0
	for i < len(s) && j < len(t) {
		switch {
		case s[i].id == t[j].id:
			out = append(out, entry{s[i].id, s[i].w + t[j].w})
			i++
			j++
		case s[i].id < t[j].id:
			out = append(out, s[i])
			i++
		default:
			out = append(out, t[j])
			j++
		}
	}
	out = append(out, s[i:]...)
	return append(out, t[j:]...)
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
func (s sums) norm(voc *vocab) float64 { return vec(s).norm(voc) }
