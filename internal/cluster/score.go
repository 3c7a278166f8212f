package cluster

import "math"

// similarity is how alike an article (or story) and a story are.
type similarity struct {
	topic   float64 // from the salient words alone
	content float64 // from the text alone
	total   float64 // with the time decay
}

// score compares an article with a story: with the story as a whole and
// with its closest recent article, so that an article close to one report
// of the event is not lost in a story of many.
func (c *Clusterer) score(d *description, s *story) similarity {
	whole := c.scoreWhole(d, s)
	best, compared := similarity{}, false
	for _, m := range s.recent() {
		if m.desc == nil {
			continue
		}
		compared = true
		if sim := c.scorePair(d, m.desc); sim.content > best.content {
			best = sim
		}
	}
	if !compared {
		return whole
	}
	a := c.opts.CentroidWeight
	whole.content = a*whole.content + (1-a)*best.content
	whole.topic = a*whole.topic + (1-a)*best.topic
	gap := -1.0
	if d.dated && s.dated {
		gap = s.dayGap(d.day)
	}
	whole.total = whole.content + c.timeShift(gap)
	return whole
}

// scorePair compares two articles, on content only.
func (c *Clusterer) scorePair(d, e *description) similarity {
	var cos [numKinds]float64
	var present [numKinds]bool
	for k := range d.vecs {
		dn, en := d.norm(c.voc, k), e.norm(c.voc, k)
		if dn == 0 || en == 0 {
			continue
		}
		present[k] = true
		cos[k] = c.loadQuery(d).dot(e.vecs[k]) / (dn * en)
	}
	return c.combine(cos, present, -1)
}

// scoreWhole compares an article with a story's summed description.
func (c *Clusterer) scoreWhole(d *description, s *story) similarity {
	sn := s.weightedNorms(c.voc)
	var cos [numKinds]float64
	var present [numKinds]bool
	for k := range d.vecs {
		if len(d.vecs[k]) == 0 || sn[k] == 0 {
			continue
		}
		present[k] = true
		an := d.norm(c.voc, k)
		if an > 0 {
			cos[k] = c.loadQuery(d).dot(vec(s.sums[k])) / (an * sn[k])
		}
	}
	gap := -1.0
	if d.dated && s.dated {
		gap = s.dayGap(d.day)
	}
	return c.combine(cos, present, gap)
}

// scoreStories compares two stories.
func (c *Clusterer) scoreStories(s, t *story) similarity {
	return c.scoreLoaded(c.loadStory(s), s, t)
}

// scoreLoaded compares story s, loaded in q, with story t.
func (c *Clusterer) scoreLoaded(q *queryWeights, s, t *story) similarity {
	sn, tn := s.weightedNorms(c.voc), t.weightedNorms(c.voc)
	var cos [numKinds]float64
	var present [numKinds]bool
	for k := range s.sums {
		if sn[k] == 0 || tn[k] == 0 {
			continue
		}
		present[k] = true
		cos[k] = q.dot(vec(t.sums[k])) / (sn[k] * tn[k])
	}
	gap := -1.0
	if s.dated && t.dated {
		gap = s.spanGap(t)
	}
	return c.combine(cos, present, gap)
}

// combine weighs the cosines of each kind of feature present on both
// sides, and moves the result by the time between them (gap in days, or
// negative when either side is undated): up by the time weight on the
// same day, down by the time penalty when far apart.
func (c *Clusterer) combine(cos [numKinds]float64, present [numKinds]bool, gap float64) similarity {
	w := [numKinds]float64{c.opts.TermWeight, c.opts.NameWeight, c.opts.NumberWeight}
	sum, wsum := 0.0, 0.0
	for k := range cos {
		if present[k] {
			sum += w[k] * cos[k]
			wsum += w[k]
		}
	}
	var sim similarity
	if wsum > 0 {
		sim.content = sum / wsum
	}
	sim.topic = cos[kindTerm]
	sim.total = sim.content + c.timeShift(gap)
	return sim
}

// timeShift is what the time between two sides adds to their similarity
// (gap in days, negative when either is undated).
func (c *Clusterer) timeShift(gap float64) float64 {
	if gap < 0 {
		return 0
	}
	sigma := c.opts.TimeScale
	decay := math.Exp(-gap * gap / (2 * sigma * sigma))
	return c.opts.TimeWeight*decay - c.opts.TimePenalty*(1-decay)
}

// queryWeights spreads the article (or story) being compared over arrays
// indexed by feature, so that comparing it with a story or another article
// is one pass over the other side's features, without matching the two
// lists.
type queryWeights struct {
	desc *description
	docs int       // the vocabulary's article count when loaded
	w    []float32 // w[id] is the loaded side's weight of feature id, 0 when it has none
	idf  []float64 // idf[id] is the rarity of feature id where w[id] is set
	set  []uint32  // the features set, to clear
}

// loadQuery readies c.query for d as the vocabulary weighs it now.
func (c *Clusterer) loadQuery(d *description) *queryWeights {
	q := &c.query
	if q.desc == d && q.docs == c.voc.docs {
		return q
	}
	q.load(c.voc, d.vecs)
	q.desc, q.docs = d, c.voc.docs
	return q
}

// loadStory readies c.query for story s's sums, for comparing s with
// other stories before anything changes.
func (c *Clusterer) loadStory(s *story) *queryWeights {
	q := &c.query
	var vecs [numKinds]vec
	for k := range s.sums {
		vecs[k] = vec(s.sums[k])
	}
	q.load(c.voc, vecs)
	q.desc = nil
	return q
}

// load spreads the vectors of each kind over q's arrays.
func (q *queryWeights) load(voc *vocab, vecs [numKinds]vec) {
	for _, id := range q.set {
		q.w[id], q.idf[id] = 0, 0
	}
	q.set = q.set[:0]
	if n := len(voc.df); len(q.w) < n {
		q.w = append(q.w, make([]float32, n-len(q.w))...)
		q.idf = append(q.idf, make([]float64, n-len(q.idf))...)
	}
	for k := range vecs {
		for _, e := range vecs[k] {
			q.w[e.id], q.idf[e.id] = e.w, voc.idf(e.id)
			q.set = append(q.set, e.id)
		}
	}
}

// dot is the rarity-weighted dot product of the loaded article with b:
// dotVecs to the last bit, as a feature the article lacks adds exactly
// zero and the products are formed and added in the same order.
func (q *queryWeights) dot(b vec) float64 {
	d := 0.0
	w, idf := q.w, q.idf
	for _, e := range b {
		x := idf[e.id]
		d += float64(w[e.id]) * float64(e.w) * x * x
	}
	return d
}
