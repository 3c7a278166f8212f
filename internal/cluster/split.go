package cluster

// Splitting: a story can take in, one plausible article at a time, a
// second event on its topic. Once it has grown, its articles are divided
// in two around its two least alike articles; when the halves are less
// alike than the split threshold, they become two related stories.
const (
	minSplit    = 4  // fewest articles of a story worth dividing
	maxSplit    = 64 // most articles of a story divided
	splitRounds = 4  // rounds of reassignment between the halves
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
	n := len(s.members)
	if n < minSplit || n > maxSplit {
		return
	}
	for _, m := range s.members {
		if m.desc == nil {
			return
		}
	}
	// Seeds: the article least like the story, and the article least
	// like that one.
	a, low := 0, 2.0
	for i, m := range s.members {
		if sim := c.scoreWhole(m.desc, s).content; sim < low {
			a, low = i, sim
		}
	}
	b, low := -1, 2.0
	for i, m := range s.members {
		if i == a {
			continue
		}
		if sim := c.scorePair(s.members[a].desc, m.desc).content; sim < low {
			b, low = i, sim
		}
	}
	side := make([]bool, n) // true: with b
	side[b] = true
	for range splitRounds {
		halves := c.halves(s.members, side)
		changed := false
		for i, m := range s.members {
			if i == a || i == b {
				continue
			}
			toB := c.scoreWhole(m.desc, halves[1]).content > c.scoreWhole(m.desc, halves[0]).content
			if toB != side[i] {
				side[i], changed = toB, true
			}
		}
		if !changed {
			break
		}
	}
	halves := c.halves(s.members, side)
	if len(halves[0].members) < 2 || len(halves[1].members) < 2 {
		return
	}
	if c.scoreStories(halves[0], halves[1]).content >= c.opts.SplitThreshold {
		return
	}
	// Keep the half with the first article in place.
	c.unindex(sid)
	keep, rest := halves[0], halves[1]
	if side[0] {
		keep, rest = rest, keep
	}
	keep.indexed = map[uint32]bool{}
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
