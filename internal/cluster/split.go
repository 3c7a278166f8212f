package cluster

import "math"

// Splitting: a story can take in, one plausible article at a time, a
// second event on its topic. Once it has grown, its articles are divided
// in two by a normalised cut of their similarities (Shi and Malik 2000);
// when the halves are less alike than the split threshold, they become
// two related stories.
const (
	minHalf    = 3 // fewest articles of each half
	minSplit   = 2 * minHalf
	maxSplit   = 64 // most articles of a story divided
	cutRounds  = 200
	cutEpsilon = 1e-9
)

// splitAll tries to divide every live story.
func (c *Clusterer) splitAll() {
	for _, sid := range append([]int32(nil), c.active...) {
		if s := c.stories[sid]; s.active && s.mergedInto < 0 {
			c.trySplit(sid)
		}
	}
}

// trySplit divides story sid in two when its articles tell two events.
func (c *Clusterer) trySplit(sid int32) {
	s := c.stories[sid]
	side, sim, ok := c.bestSplit(s)
	if !ok || sim >= c.opts.SplitThreshold {
		return
	}
	halves := c.halves(s.members, side)
	// Keep the half with the first article in place.
	c.unindex(sid)
	keep, rest := halves[0], halves[1]
	if side[0] {
		keep, rest = rest, keep
	}
	keep.indexed = map[uint32]bool{}
	keep.related = s.related
	*s = *keep
	nid := c.newStory()
	*c.stories[nid] = *rest
	for _, m := range rest.members {
		c.storyOf[m.art.ID] = nid
	}
	c.reindex(sid)
	c.reindex(nid)
	c.link(sid, nid)
}

// bestSplit divides a story's articles in two (side true: the second
// half) and returns how alike the halves are; ok is false when the story
// cannot be divided.
func (c *Clusterer) bestSplit(s *story) (side []bool, sim float64, ok bool) {
	n := len(s.members)
	if n < minSplit || n > maxSplit {
		return nil, 0, false
	}
	for _, m := range s.members {
		if m.desc == nil {
			return nil, 0, false
		}
	}
	side = c.normalizedCut(s.members)
	halves := c.halves(s.members, side)
	if len(halves[0].members) < minHalf || len(halves[1].members) < minHalf {
		return nil, 0, false
	}
	return side, c.scoreStories(halves[0], halves[1]).content, true
}

// halves builds the two stories the articles would make, side by side.
func (c *Clusterer) halves(members []member, side []bool) [2]*story {
	h := [2]*story{newStory(), newStory()}
	for i, m := range members {
		j := 0
		if side[i] {
			j = 1
		}
		h[j].add(m, m.desc)
	}
	return h
}

// normalizedCut divides articles in two along the second eigenvector of
// their normalised similarity matrix, found by power iteration.
func (c *Clusterer) normalizedCut(members []member) []bool {
	n := len(members)
	w := make([][]float64, n)
	deg := make([]float64, n)
	for i := range w {
		w[i] = make([]float64, n)
	}
	for i := range n {
		for j := i + 1; j < n; j++ {
			sim := math.Max(c.scorePair(members[i].desc, members[j].desc).content, 0)
			w[i][j], w[j][i] = sim, sim
		}
	}
	for i := range n {
		for j := range n {
			deg[i] += w[i][j]
		}
		deg[i] += cutEpsilon
	}
	// M = D^-1/2 W D^-1/2 has top eigenvector D^1/2 1; the next one,
	// found by iterating M + I (to keep eigenvalues positive) while
	// removing the top one, orders the articles between the two halves.
	top := make([]float64, n)
	norm := 0.0
	for i := range n {
		top[i] = math.Sqrt(deg[i])
		norm += deg[i]
	}
	for i := range top {
		top[i] /= math.Sqrt(norm)
	}
	v := make([]float64, n)
	for i := range v {
		v[i] = float64(i%3) - 1 + float64(i)/float64(n) // fixed, not parallel to top
	}
	// The matrix M itself, formed once as each round would form it.
	m := make([]float64, n*n)
	for i := range n {
		for j := range n {
			m[i*n+j] = w[i][j] / math.Sqrt(deg[i]*deg[j])
		}
	}
	next := make([]float64, n)
	for range cutRounds {
		proj := 0.0
		for i := range v {
			proj += v[i] * top[i]
		}
		for i := range v {
			v[i] -= proj * top[i]
		}
		for i := range n {
			sum := v[i]
			row := m[i*n : i*n+n]
			for j, x := range row {
				sum += x * v[j]
			}
			next[i] = sum
		}
		l := 0.0
		for _, x := range next {
			l += x * x
		}
		l = math.Sqrt(l)
		if l == 0 {
			break
		}
		for i := range v {
			v[i] = next[i] / l
		}
	}
	side := make([]bool, n)
	for i := range v {
		side[i] = v[i]/math.Sqrt(deg[i]) > 0
	}
	return side
}
