package cluster

import (
	"cmp"
	"slices"
	"sort"
)

// mergeCandidates is how many stories a story that has grown is
// compared with for merging.
const mergeCandidates = 8

// mergeAround folds into story sid every live story now similar enough
// to it, as evidence accumulates.
func (c *Clusterer) mergeAround(sid int32) {
	for {
		s := c.stories[sid]
		best, bestGain := int32(-1), 0.0
		cands := c.storyCandidates(sid)
		if len(cands) > mergeCandidates {
			cands = cands[:mergeCandidates]
		}
		q := c.loadStory(s)
		for _, t := range cands {
			sim := c.scoreLoaded(q, s, c.stories[t])
			gain := sim.total - c.mergeThreshold(s, c.stories[t])
			if gain >= bestGain {
				best, bestGain = t, gain
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
// similar live story when their similarity reaches the attach threshold,
// and, below the join threshold, their salient words agree enough.
func (c *Clusterer) settle(sid int32) {
	s := c.stories[sid]
	if len(s.members) != 1 || s.mergedInto >= 0 {
		return
	}
	d := s.members[0].desc
	best, bestSim := int32(-1), c.opts.AttachThreshold
	for _, t := range c.storyCandidates(sid) {
		var sim similarity
		if d != nil {
			sim = c.score(d, c.stories[t]) // as its article arriving now
		} else {
			sim = c.scoreStories(s, c.stories[t])
		}
		weak := sim.total < c.opts.JoinThreshold
		if sim.total >= bestSim && (!weak || sim.topic >= c.opts.AttachTopic) {
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

// maxRelated is how many stories one story is linked to at most.
const maxRelated = 3

// linkRelated links story sid with the live stories closest to its topic.
func (c *Clusterer) linkRelated(sid int32) {
	s := c.stories[sid]
	type near struct {
		id    int32
		topic float64
	}
	var nears []near
	cands := c.storyCandidates(sid)
	q := c.loadStory(s)
	for _, t := range cands {
		if sim := c.scoreLoaded(q, s, c.stories[t]); sim.topic >= c.opts.RelatedThreshold {
			nears = append(nears, near{t, sim.topic})
		}
	}
	sort.Slice(nears, func(i, j int) bool {
		if nears[i].topic != nears[j].topic {
			return nears[i].topic > nears[j].topic
		}
		return nears[i].id < nears[j].id
	})
	for i, n := range nears {
		if i == maxRelated {
			break
		}
		c.link(sid, n.id)
	}
}

// storyCandidates returns the live stories that share the most salient
// features with story sid.
func (c *Clusterer) storyCandidates(sid int32) []int32 {
	return c.lookup(c.topFeatures(c.storyFeatures(c.stories[sid]), queryKeys), sid, false)
}

func (c *Clusterer) link(a, b int32) {
	if a > b {
		a, b = b, a
	}
	if c.related[[2]int32{a, b}] {
		return
	}
	c.related[[2]int32{a, b}] = true
	c.stories[a].related = append(c.stories[a].related, b)
	c.stories[b].related = append(c.stories[b].related, a)
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
	// Lone articles get their last chance while every story they might
	// join is still open: a story about to close as well is one of them.
	var closing []int32
	for _, sid := range c.active {
		s := c.stories[sid]
		if s.mergedInto < 0 && s.active && s.dated && s.last < c.newest-c.opts.Window {
			closing = append(closing, sid)
		}
	}
	for _, sid := range closing {
		c.settle(sid)
	}
	for _, sid := range closing {
		if s := c.stories[sid]; s.mergedInto < 0 {
			c.linkRelated(sid)
		}
	}
	for _, sid := range closing {
		if s := c.stories[sid]; s.mergedInto < 0 {
			c.retire(sid)
		}
	}
	live := c.active[:0]
	for _, sid := range c.active {
		if s := c.stories[sid]; s.mergedInto < 0 && s.active {
			live = append(live, sid)
		}
	}
	c.active = live
}

// archiveKeep is how many features of each kind an archived story keeps.
const archiveKeep = 32

// retire closes a story to dated articles: it keeps only its most
// weighty features, for undated articles, until it leaves the archive.
func (c *Clusterer) retire(sid int32) {
	s := c.stories[sid]
	s.active, s.archived = false, true
	for k := range s.sums {
		s.sums[k] = prune(s.sums[k], archiveKeep)
	}
	s.normDocs = -1
	for i := range s.members {
		s.members[i].desc = nil
	}
	c.archive = append(c.archive, sid)
	for len(c.archive) > max(c.opts.Archive, 0) {
		c.forget(c.archive[0])
		c.archive = c.archive[1:]
	}
}

// unarchive takes a revived story off the archive list.
func (c *Clusterer) unarchive(sid int32) {
	for i, x := range c.archive {
		if x == sid {
			c.archive = append(c.archive[:i], c.archive[i+1:]...)
			return
		}
	}
}

// forget drops an archived story's description and index entries.
func (c *Clusterer) forget(sid int32) {
	s := c.stories[sid]
	if !s.archived {
		return
	}
	c.unindex(sid)
	s.archived = false
	s.sums = [numKinds]sums{}
	for _, m := range s.members {
		delete(c.storyOf, m.art.ID)
	}
	if c.opts.Release {
		c.finished = append(c.finished, sid)
	}
}

// prune keeps the n heaviest features of s.
func prune(s sums, n int) sums {
	if len(s) <= n {
		return s
	}
	all := slices.Clone(s)
	slices.SortFunc(all, func(a, b entry) int {
		if a.w != b.w {
			return cmp.Compare(b.w, a.w)
		}
		return cmp.Compare(a.id, b.id)
	})
	out := all[:n]
	slices.SortFunc(out, func(a, b entry) int { return cmp.Compare(a.id, b.id) })
	return slices.Clip(out)
}
