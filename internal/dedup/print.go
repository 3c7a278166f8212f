package dedup

import (
	"hash/maphash"
	"strings"

	"github.com/newsfold/newsfold/internal/news"
)

// Print is what copy detection reads of one article: its words, shingle
// sets and signatures, computed from the article alone so that many
// articles can be printed in parallel before they are marked in order.
type Print struct {
	// key identifies the exact word sequence; words says whether the
	// article has any.
	key   textKey
	words bool
	body  *shingled // nil when the text is too short to shingle
	// agency and lead are the wire agency and the shingled lead, for
	// wire copies; lead is nil when either is missing.
	agency string
	lead   *shingled
}

// Prepare computes a's print. a's body and agency must not change before
// it is marked.
func Prepare(a *news.Article) *Print {
	p := &Print{}
	body := Words(a.Body())
	if len(body) == 0 {
		return p
	}
	p.words = true
	p.key = keyOf(body)
	if len(body) >= minWords {
		p.body = newShingled(body)
	}
	p.agency = strings.ToLower(strings.TrimSpace(a.Agency))
	var lead []string
	if len(a.Paragraphs) > 0 {
		lead = Words(a.Paragraphs[0])
	}
	if len(lead) > leadWords {
		lead = lead[:leadWords]
	}
	if p.agency != "" && len(lead) >= minWords {
		p.lead = newShingled(lead)
	}
	return p
}

// textKey identifies a word sequence by two independent 64-bit hashes:
// the chance that two different texts share one is negligible, and it
// keeps no copy of the text.
type textKey [2]uint64

// keySeeds seed the two hashes of a textKey; keys are compared within one
// process only, never stored.
var keySeeds = [2]maphash.Seed{maphash.MakeSeed(), maphash.MakeSeed()}

// keyOf is the key of a word sequence.
func keyOf(words []string) textKey {
	var k textKey
	for i, seed := range keySeeds {
		var h maphash.Hash
		h.SetSeed(seed)
		for _, w := range words {
			h.WriteString(w)
			h.WriteByte(0)
		}
		k[i] = h.Sum64()
	}
	return k
}
