package cluster

import (
	"cmp"
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

// describe reads a's features, counts them in the vocabulary and returns
// its description.
func (c *Clusterer) describe(a *news.Article) *description {
	f := describe(a)
	d := &description{}
	for k := range f {
		// New features are numbered in the order of their names, so
		// that one arrival order always gives one grouping.
		names := make([]string, 0, len(f[k]))
		for name := range f[k] {
			names = append(names, name)
		}
		slices.Sort(names)
		v := make(vec, 0, len(f[k]))
		for _, name := range names {
			id := c.voc.id(kind(k), name)
			c.voc.count(id)
			v = append(v, entry{id: id, w: float32(sublinear(f[k][name]))})
		}
		slices.SortFunc(v, func(a, b entry) int { return cmp.Compare(a.id, b.id) })
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
