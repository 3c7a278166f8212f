// Package dedup marks articles whose text repeats another's: exact
// reprints, near copies (the same text lightly edited) and wire copies
// (the same agency's lead reprinted by several outlets).
//
// It takes the articles of a run and sets DuplicateOf on every copy to the
// ID of its original, the earliest published article of the copies (the
// first in the slice when dates do not decide). Near copies are found
// with MinHash over word shingles and banded locality-sensitive hashing,
// then confirmed by the exact Jaccard similarity of the shingle sets.
package dedup

import (
	"sort"

	"github.com/newsfold/newsfold/internal/news"
)

// Thresholds of Jaccard similarity between shingle sets.
const (
	// NearThreshold is the similarity of whole texts above which one is
	// a copy of the other.
	NearThreshold = 0.8
	// WireThreshold is the similarity of the leads (first paragraphs) of
	// two articles from the same agency above which one is a wire copy of
	// the other.
	WireThreshold = 0.8
	// leadWords caps the lead (the first paragraph) a wire copy must
	// repeat.
	leadWords = 60
	// minWords is the shortest text compared by shingles; shorter texts
	// are duplicates only when identical.
	minWords = 2 * shingleSize
)

// Mark sets DuplicateOf on every article that repeats an earlier one in
// arts, and clears it on the others.
func Mark(arts []*news.Article) {
	prints := make([]*Print, len(arts))
	for i, a := range arts {
		if a != nil {
			prints[i] = Prepare(a)
		}
	}
	MarkPrinted(arts, prints)
}

// MarkPrinted is Mark for articles whose prints (prints[i] of arts[i])
// are computed already.
func MarkPrinted(arts []*news.Article, prints []*Print) {
	order := make([]int, 0, len(arts))
	for i, a := range arts {
		if a == nil {
			continue
		}
		a.DuplicateOf = ""
		order = append(order, i)
	}
	sort.SliceStable(order, func(i, j int) bool { return publishedBefore(arts[order[i]], arts[order[j]]) })

	m := newMarker()
	for _, i := range order {
		m.mark(arts[i], prints[i])
	}
}

// marker remembers the originals seen so far.
type marker struct {
	exact map[textKey]string
	whole *nearIndex
	leads map[string]*nearIndex
}

func newMarker() *marker {
	return &marker{exact: map[textKey]string{}, whole: newNearIndex(NearThreshold), leads: map[string]*nearIndex{}}
}

// mark sets a's DuplicateOf when it repeats an original seen before, and
// otherwise remembers it as one. It returns where a was filed, for
// forgetting it later.
func (m *marker) mark(a *news.Article, p *Print) filed {
	if !p.words {
		return filed{}
	}
	if orig, ok := m.exact[p.key]; ok {
		a.DuplicateOf = orig
		return filed{}
	}
	if p.body != nil {
		if orig, ok := m.whole.find(p.body); ok {
			a.DuplicateOf = orig
			return filed{}
		}
	}
	f := filed{key: p.key, whole: -1, lead: -1}
	if p.lead != nil {
		ix := m.leads[p.agency]
		if ix == nil {
			ix = newNearIndex(WireThreshold)
			m.leads[p.agency] = ix
		}
		if orig, ok := ix.find(p.lead); ok {
			a.DuplicateOf = orig
			return filed{}
		}
		f.agency, f.lead = p.agency, ix.add(a.ID, p.lead)
	}
	m.exact[p.key] = a.ID
	if p.body != nil {
		f.whole = m.whole.add(a.ID, p.body)
	}
	f.ok = true
	return f
}

// filed says where an original was filed: under its text, in the index
// of whole texts and in its agency's index of leads (-1 when not).
type filed struct {
	ok          bool
	key         textKey
	agency      string
	whole, lead int
}

// forget drops an original filed earlier.
func (m *marker) forget(f filed) {
	if !f.ok {
		return
	}
	delete(m.exact, f.key)
	if f.whole >= 0 {
		m.whole.remove(f.whole)
	}
	if f.lead >= 0 {
		ix := m.leads[f.agency]
		ix.remove(f.lead)
		if ix.empty() {
			delete(m.leads, f.agency)
		}
	}
}

// publishedBefore orders dated articles by date before undated ones.
func publishedBefore(a, b *news.Article) bool {
	if a.Published.HasYear() != b.Published.HasYear() {
		return a.Published.HasYear()
	}
	return a.Published.Before(b.Published)
}
