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
	"strings"

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
	order := make([]int, 0, len(arts))
	for i, a := range arts {
		if a == nil {
			continue
		}
		a.DuplicateOf = ""
		order = append(order, i)
	}
	sort.SliceStable(order, func(i, j int) bool { return publishedBefore(arts[order[i]], arts[order[j]]) })

	exact := map[string]string{}
	whole := newNearIndex(NearThreshold)
	leads := map[string]*nearIndex{}
	for _, i := range order {
		a := arts[i]
		body := Words(a.Body())
		if len(body) == 0 {
			continue
		}
		key := strings.Join(body, " ")
		if orig, ok := exact[key]; ok {
			a.DuplicateOf = orig
			continue
		}
		var bodyShingles *shingled
		if len(body) >= minWords {
			bodyShingles = newShingled(body)
			if orig, ok := whole.find(bodyShingles); ok {
				a.DuplicateOf = orig
				continue
			}
		}
		agency := strings.ToLower(strings.TrimSpace(a.Agency))
		var lead []string
		if len(a.Paragraphs) > 0 {
			lead = Words(a.Paragraphs[0])
		}
		if len(lead) > leadWords {
			lead = lead[:leadWords]
		}
		if agency != "" && len(lead) >= minWords {
			ix := leads[agency]
			if ix == nil {
				ix = newNearIndex(WireThreshold)
				leads[agency] = ix
			}
			leadShingles := newShingled(lead)
			if orig, ok := ix.find(leadShingles); ok {
				a.DuplicateOf = orig
				continue
			}
			ix.add(a.ID, leadShingles)
		}
		exact[key] = a.ID
		if bodyShingles != nil {
			whole.add(a.ID, bodyShingles)
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
