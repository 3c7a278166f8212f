package cluster

// mergeAround folds into story sid every live story now similar enough
// to it, as evidence accumulates.
func (c *Clusterer) mergeAround(sid int32) {
	for {
		s := c.stories[sid]
		top := c.topFeatures(c.storyFeatures(s), queryKeys)
		hits := map[int32]float64{}
		for _, f := range top {
			for _, t := range c.index.postings[f.id] {
				hits[t] += f.w
			}
		}
		best, bestGain := int32(-1), 0.0
		for _, t := range c.bestHits(hits, sid) {
			sim := c.scoreStories(s, c.stories[t])
			gain := sim.total - c.mergeThreshold(s, c.stories[t])
			if gain >= bestGain {
				best, bestGain = t, gain
			} else if sim.content >= c.opts.RelatedThreshold {
				c.link(sid, t)
			}
		}
		if best < 0 {
			return
		}
		sid = c.merge(sid, best)
	}
}

// mergeThreshold is the similarity two stories need to merge. A story of
// one article is compared as an article is; the more articles the
// smaller story has, the steadier its description and the higher the
// bar, up to the merge threshold.
func (c *Clusterer) mergeThreshold(s, t *story) float64 {
	m := min(len(s.members), len(t.members))
	if m <= 1 {
		return c.opts.JoinThreshold
	}
	return c.opts.MergeThreshold - (c.opts.MergeThreshold-c.opts.JoinThreshold)/float64(m)
}

// settle gives a story of one article a last chance: it joins the most
// similar live story when their similarity reaches the attach threshold.
func (c *Clusterer) settle(sid int32) {
	s := c.stories[sid]
	if len(s.members) != 1 || s.mergedInto >= 0 {
		return
	}
	top := c.topFeatures(c.storyFeatures(s), queryKeys)
	hits := map[int32]float64{}
	for _, f := range top {
		for _, t := range c.index.postings[f.id] {
			hits[t] += f.w
		}
	}
	best, bestSim := int32(-1), c.opts.AttachThreshold
	for _, t := range c.bestHits(hits, sid) {
		if sim := c.scoreStories(s, c.stories[t]); sim.total >= bestSim {
			best, bestSim = t, sim.total
		}
	}
	if best >= 0 {
		c.merge(sid, best)
	}
}

// merge folds the smaller of two stories into the larger and returns the
// one kept.
func (c *Clusterer) merge(a, b int32) int32 {
	if len(c.stories[a].members) < len(c.stories[b].members) || (len(c.stories[a].members) == len(c.stories[b].members) && b < a) {
		a, b = b, a
	}
	keep, gone := c.stories[a], c.stories[b]
	keep.absorb(gone)
	c.unindex(b)
	gone.mergedInto = a
	gone.members = nil
	gone.sums = [numKinds]sums{}
	gone.active = false
	c.reindex(a)
	return a
}

// noteRelated links story sid with the candidates an article was compared
// with whose content is close but which it did not join.
func (c *Clusterer) noteRelated(d *description, sid int32, cands []int32) {
	for _, t := range cands {
		if t == sid || !c.stories[t].active || c.stories[t].mergedInto >= 0 {
			continue
		}
		if c.score(d, c.stories[t]).content >= c.opts.RelatedThreshold {
			c.link(sid, t)
		}
	}
}

func (c *Clusterer) link(a, b int32) {
	if a > b {
		a, b = b, a
	}
	c.related[[2]int32{a, b}] = true
}

// advance notes a publication day and retires the stories the stream has
// left behind.
func (c *Clusterer) advance(day float64) {
	if !c.dated || day > c.newest {
		c.newest, c.dated = day, true
	}
	if c.newest-c.lastSweep < 1 {
		return
	}
	c.lastSweep = c.newest
	live := c.active[:0]
	for _, sid := range c.active {
		s := c.stories[sid]
		if s.mergedInto >= 0 || !s.active {
			continue
		}
		if s.dated && s.last < c.newest-c.opts.Window {
			c.settle(sid)
			if s.mergedInto >= 0 {
				continue
			}
			c.retire(sid)
			continue
		}
		live = append(live, sid)
	}
	c.active = live
}

// retire closes a story: it takes no more articles and forgets its
// description.
func (c *Clusterer) retire(sid int32) {
	s := c.stories[sid]
	c.unindex(sid)
	s.active = false
	s.sums = [numKinds]sums{}
	for _, m := range s.members {
		delete(c.storyOf, m.art.ID)
	}
}
