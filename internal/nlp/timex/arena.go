package timex

import (
	"sync"

	"github.com/newsfold/newsfold/internal/news"
)

// arena holds the tokens, sentences and expressions of the texts scanned
// in one call, one array of each, kept from one call to the next so that
// each does not allocate them anew. None of them holds a pointer, so an
// arena need not be cleared to let go of the texts it was filled from.
type arena struct {
	toks     []token
	sents    []span
	mentions []mention
	buf      []byte // a text being lowered
}

// arenas lends out arenas; it is safe for concurrent use.
var arenas = sync.Pool{New: func() any { return new(arena) }}

// getArena returns an empty arena.
func getArena() *arena { return arenas.Get().(*arena) }

// release empties ar and returns it to the pool. Nothing scanned into it
// may be read afterwards.
func (ar *arena) release() {
	ar.toks, ar.sents, ar.mentions = ar.toks[:0], ar.sents[:0], ar.mentions[:0]
	arenas.Put(ar)
}

// scanArticles scans the given articles into ar.
func scanArticles(ar *arena, arts []*news.Article) []*scanned {
	ss := make([]*scanned, 0, len(arts))
	for _, a := range arts {
		if a != nil {
			ss = append(ss, scanArticleIn(ar, a))
		}
	}
	return ss
}
