package cluster

import (
	"cmp"
	"slices"
	"sort"
)

// Salient features: how many of each kind (words, names, figures) of an
// article's features look up stories, and how many of a story's features
// file it. Words get their own share so that stories on the same topic
// meet even when their names differ.
var (
	queryKeys = [numKinds]int{8, 10, 4}
	storyKeys = [numKinds]int{16, 20, 8}
)

// index files live stories under their salient features, so an article
// is compared only with stories that share a rare feature with it.
type index struct {
	postings map[uint32][]int32
}

func newIndex() *index { return &index{postings: map[uint32][]int32{}} }

func (ix *index) add(key uint32, s int32) {
	ix.postings[key] = append(ix.postings[key], s)
}

func (ix *index) remove(key uint32, s int32) {
	list := ix.postings[key]
	for i, x := range list {
		if x == s {
			list[i] = list[len(list)-1]
			list = list[:len(list)-1]
			break
		}
	}
	if len(list) == 0 {
		delete(ix.postings, key)
		return
	}
	ix.postings[key] = list
}

// ranked is a feature with its weight.
type ranked struct {
	id uint32
	w  float64
}

// topFeatures returns, of each kind, the n[kind] features of greatest
// weight times rarity.
func (c *Clusterer) topFeatures(all [numKinds][]ranked, n [numKinds]int) []ranked {
	var out []ranked
	for k, list := range all {
		for i := range list {
			list[i].w *= c.voc.idf(list[i].id)
		}
		out = appendTop(out, list, n[k])
	}
	return out
}

// appendTop appends to out the n first features of list in byWeight
// order, in that order, without sorting the whole list.
func appendTop(out, list []ranked, n int) []ranked {
	if n <= 0 {
		return out
	}
	start := len(out)
	for _, r := range list {
		if len(out)-start == n && byWeight(r, out[len(out)-1]) >= 0 {
			continue
		}
		i, _ := slices.BinarySearchFunc(out[start:], r, byWeight)
		if len(out)-start < n {
			out = append(out, ranked{})
		}
		top := out[start:]
		copy(top[i+1:], top[i:len(top)-1])
		top[i] = r
	}
	return out
}

// byWeight orders features by greater weight, then by lower ID, with
// the same comparisons as the less function sort.Slice was once given.
func byWeight(a, b ranked) int {
	if a.w != b.w {
		if a.w > b.w {
			return -1
		}
		return 1
	}
	return cmp.Compare(a.id, b.id)
}

// candidates returns the live stories that share the most salient
// features with d, best first.
func (c *Clusterer) candidates(d *description) []int32 {
	var all [numKinds][]ranked
	for k := range d.vecs {
		for _, e := range d.vecs[k] {
			all[k] = append(all[k], ranked{e.id, float64(e.w)})
		}
	}
	return c.lookup(c.topFeatures(all, queryKeys), -1, !d.dated)
}

// maxScan bounds how many stories filed under one feature are looked at:
// the most recently filed ones. A feature filed under more is common and
// says little.
const maxScan = 128

// lookup returns the live stories (and archived ones when archived is
// set) filed under the most of the features, weighted, best first,
// leaving out skip.
func (c *Clusterer) lookup(features []ranked, skip int32, archived bool) []int32 {
	h := &c.hits
	if n := len(c.stories); len(h.weight) < n {
		h.weight = append(h.weight, make([]float64, n-len(h.weight))...)
		h.seen = append(h.seen, make([]bool, n-len(h.seen))...)
	}
	for _, f := range features {
		list := c.index.postings[f.id]
		if len(list) > maxScan {
			list = list[len(list)-maxScan:]
		}
		for _, s := range list {
			if !h.seen[s] {
				h.seen[s] = true
				h.touched = append(h.touched, s)
			}
			h.weight[s] += f.w
		}
	}
	out := c.bestHits(h, skip, archived)
	for _, s := range h.touched {
		h.weight[s], h.seen[s] = 0, false
	}
	h.touched = h.touched[:0]
	return out
}

// hitCounts adds up, story by story, the weights of the features a lookup
// finds them filed under; indexed by story number and cleared after each
// lookup.
type hitCounts struct {
	weight  []float64
	seen    []bool
	touched []int32 // the stories hit, in the order first hit
}

// bestHits orders stories by hit weight and keeps the best few, leaving
// out skip, and archived stories unless archived is set.
func (c *Clusterer) bestHits(hits *hitCounts, skip int32, archived bool) []int32 {
	type hit struct {
		s int32
		w float64
	}
	better := func(a, b hit) bool { return a.w > b.w || (a.w == b.w && a.s < b.s) }
	// Keep the best few in a small sorted list: most stories hit are
	// hit weakly and never enter it.
	k := c.opts.Candidates
	list := make([]hit, 0, k+1)
	for _, s := range hits.touched {
		h := hit{s, hits.weight[s]}
		if len(list) == k && !better(h, list[k-1]) {
			continue
		}
		st := c.stories[s]
		if s == skip || st.mergedInto >= 0 || !(st.active || archived && st.archived) {
			continue
		}
		i := sort.Search(len(list), func(i int) bool { return better(h, list[i]) })
		list = append(list, hit{})
		copy(list[i+1:], list[i:])
		list[i] = h
		if len(list) > k {
			list = list[:k]
		}
	}
	out := make([]int32, len(list))
	for i, h := range list {
		out[i] = h.s
	}
	return out
}

// storyFeatures lists a story's features weighted by their mean count.
// The lists are c's scratch, good until the next call.
func (c *Clusterer) storyFeatures(s *story) [numKinds][]ranked {
	all := &c.ranks
	for k := range s.sums {
		all[k] = all[k][:0]
		for _, e := range s.sums[k] {
			all[k] = append(all[k], ranked{e.id, float64(e.w)})
		}
	}
	return *all
}

// reindex files story s under its current salient features.
func (c *Clusterer) reindex(sid int32) {
	s := c.stories[sid]
	top := c.topFeatures(c.storyFeatures(s), storyKeys)
	for _, f := range top {
		if !s.indexed[f.id] {
			s.indexed[f.id] = true
			c.index.add(f.id, sid)
		}
	}
}

// unindex removes story s from the index.
func (c *Clusterer) unindex(sid int32) {
	s := c.stories[sid]
	for key := range s.indexed {
		c.index.remove(key, sid)
	}
	s.indexed = map[uint32]bool{}
}
