// Package dedup marks articles whose text is the same as, or nearly the
// same as, an earlier article's: reprints and wire copies.
package dedup

import "github.com/newsfold/newsfold/internal/news"

// Mark sets DuplicateOf on every article that repeats an earlier one in
// arts.
func Mark(arts []*news.Article) {
	seen := map[string]string{}
	for _, a := range arts {
		b := a.Body()
		if id, ok := seen[b]; ok {
			a.DuplicateOf = id
			continue
		}
		seen[b] = a.ID
	}
}
