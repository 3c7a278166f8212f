package cluster

import (
	"cmp"
	"math"
	"slices"

	"github.com/newsfold/newsfold/internal/news"
)

// description is an article as the clusterer compares it.
type description struct {
	vecs [numKinds]vec
	// norms caches the weighted lengths of vecs, computed when the
	// vocabulary had seen normDocs articles.
	norms    [numKinds]float64
	normDocs int
	dated    bool
	day      float64 // days since 1970 when dated
	// firm is set when the date rests on more than a date written in the
	// text, which may be another day the article mentions.
	firm bool
}

// Features are what the clusterer reads of one article, before it is
// weighed against the stream: each kind's features by name, in name
// order, with their damped counts. Describe computes them without the
// Clusterer, so that many articles can be described in parallel.
type Features struct {
	kinds [numKinds][]namedWeight
}

// namedWeight is one feature by name and its damped count.
type namedWeight struct {
	name string
	w    float32
}

// Describe reads the features of a that the clusterer compares: names,
// figures, written dates and salient words. a must not change before it
// is added.
func Describe(a *news.Article) *Features {
	f := describe(a)
	out := &Features{}
	for k := range f {
		list := make([]namedWeight, 0, len(f[k]))
		for name, w := range f[k] {
			list = append(list, namedWeight{name, float32(sublinear(w))})
		}
		out.kinds[k] = list
	}
	return out
}

// describe counts a's features in the vocabulary and returns its
// description.
func (c *Clusterer) describe(a *news.Article, f *Features) *description {
	d := &description{}
	var fresh []namedWeight
	for k := range f.kinds {
		v := make(vec, 0, len(f.kinds[k]))
		fresh = fresh[:0]
		for _, nw := range f.kinds[k] {
			id, ok := c.voc.lookup(kind(k), nw.name)
			if !ok {
				fresh = append(fresh, nw)
				continue
			}
			c.voc.count(id)
			v = append(v, entry{id: id, w: nw.w})
		}
		// New features are numbered in the order of their names, so
		// that one arrival order always gives one grouping.
		slices.SortFunc(fresh, func(a, b namedWeight) int { return cmp.Compare(a.name, b.name) })
		for _, nw := range fresh {
			id := c.voc.add(kind(k), nw.name)
			c.voc.count(id)
			v = append(v, entry{id: id, w: nw.w})
		}
		sortByFeature(v)
		d.vecs[k] = v
	}
	c.voc.addDoc()
	if t, ok := a.Published.Time(); ok {
		d.dated = true
		d.day = float64(t.Unix()) / 86400
		d.firm = a.PublishedBasis != news.BasisText
	}
	return d
}

// norm returns the rarity-weighted length of the vector of kind k,
// refreshed as the vocabulary grows.
func (d *description) norm(voc *vocab, k int) float64 {
	if d.normDocs == 0 || voc.docs > d.normDocs+d.normDocs/16+8 {
		for i := range d.vecs {
			d.norms[i] = d.vecs[i].norm(voc)
		}
		d.normDocs = voc.docs
	}
	return d.norms[k]
}

// sortByFeature sorts v by feature number, packing each entry into one
// integer so that the sort compares plain numbers; feature numbers are
// distinct within a vector.
func sortByFeature(v vec) {
	if len(v) < 2 {
		return
	}
	packed := make([]uint64, len(v))
	for i, e := range v {
		packed[i] = uint64(e.id)<<32 | uint64(math.Float32bits(e.w))
	}
	slices.Sort(packed)
	for i, p := range packed {
		v[i] = entry{id: uint32(p >> 32), w: math.Float32frombits(uint32(p))}
	}
}
