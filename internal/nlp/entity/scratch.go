package entity

import (
	"sync"

	"github.com/newsfold/newsfold/internal/nlp/lowercase"
)

// scratch holds the buffers the analysis of one article fills: its
// tokens, the words it writes in lower case and its candidate names. They
// are kept from one article to the next so that each does not allocate
// them anew; nothing of them outlives Find.
type scratch struct {
	fold      []byte   // the paragraphs with their ASCII capitals folded
	folded    []string // each paragraph so folded, cut from one string
	toks      [][]token
	all       []token
	lowerSeen wordSet
	cands     []candidate
}

// scratches lends out scratch buffers; it is safe for concurrent use.
var scratches = sync.Pool{New: func() any { return new(scratch) }}

// getScratch returns an empty scratch.
func getScratch() *scratch { return scratches.Get().(*scratch) }

// release empties s, letting go of the text its buffers point into, and
// returns it to the pool. cands is the candidate array the analysis ended
// with, which may have outgrown the one s lent.
func (s *scratch) release(cands []candidate) {
	clear(s.folded)
	s.folded = s.folded[:0]
	clear(s.toks)
	s.toks = s.toks[:0]
	clear(s.all)
	s.all = s.all[:0]
	s.lowerSeen.reset(0)
	clear(cands)
	s.cands = cands[:0]
	scratches.Put(s)
}

// tokenRows returns a slice of n rows, reusing the scratch's.
func (s *scratch) tokenRows(n int) [][]token {
	if cap(s.toks) < n {
		s.toks = make([][]token, n)
	}
	s.toks = s.toks[:n]
	return s.toks
}

// tokenArray returns an empty token array with room for n tokens.
func (s *scratch) tokenArray(n int) []token {
	if cap(s.all) < n {
		s.all = make([]token, 0, n)
	}
	return s.all[:0]
}

// candidateArray returns an empty candidate array with room for n.
func (s *scratch) candidateArray(n int) []candidate {
	if cap(s.cands) < n {
		s.cands = make([]candidate, 0, n)
	}
	return s.cands[:0]
}

// foldParagraphs returns each paragraph with its ASCII capitals folded, as
// foldASCII gives it: all are cut from one string, made in one pass.
func (s *scratch) foldParagraphs(paras []string) []string {
	b := s.fold[:0]
	for _, p := range paras {
		b = append(b, p...)
	}
	lowercase.Fold(b)
	all := string(b)
	s.fold = b
	out := s.folded[:0]
	off := 0
	for _, p := range paras {
		out = append(out, all[off:off+len(p)])
		off += len(p)
	}
	s.folded = out
	return out
}
