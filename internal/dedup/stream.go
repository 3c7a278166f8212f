package dedup

import "github.com/newsfold/newsfold/internal/news"

// Stream marks copies among articles given one at a time, for a stream
// too long to hold: each article is compared with the originals of the
// latest window articles, and older originals are forgotten. Articles
// should come in publication order, as Mark would order them; a copy is
// then marked as Mark marks it when its original is recent enough.
type Stream struct {
	window int
	m      *marker
	// recent holds where the latest window articles were filed, oldest
	// first, from head.
	recent []filed
	head   int
}

// NewStream returns a Stream that remembers the originals among the
// latest window articles (at least one).
func NewStream(window int) *Stream {
	return &Stream{window: max(window, 1), m: newMarker()}
}

// Add sets a's DuplicateOf when it repeats a recent original (p is a's
// print, from Prepare) and clears it otherwise.
func (s *Stream) Add(a *news.Article, p *Print) {
	a.DuplicateOf = ""
	f := s.m.mark(a, p)
	if len(s.recent) < s.window {
		s.recent = append(s.recent, f)
		return
	}
	s.m.forget(s.recent[s.head])
	s.recent[s.head] = f
	s.head = (s.head + 1) % s.window
}
