package htmlbody

import "strings"

// keep returns the text of the blocks that read as article text. Blocks
// that are mostly link text are teasers for other pages, except a web
// address written out, a short link standing alone between paragraphs or
// a sentence that links some of its words; a short label over a list of
// teasers goes with them. The headline and one-word furniture labels are
// dropped too.
func keep(blocks []block, title string) []string {
	heavy := make([]bool, len(blocks))
	for i, b := range blocks {
		heavy[i] = float64(b.links) > 0.5*float64(runeLen(b.text))
	}
	teaser := make([]bool, len(blocks))
	for i, b := range blocks {
		alone := (i == 0 || !heavy[i-1]) && (i+1 == len(blocks) || !heavy[i+1])
		teaser[i] = heavy[i] && !looksLikeAddress(b.text) && !(alone && runeLen(b.text) <= 40) && !linkedSentence(b)
	}
	var out []string
	for i, b := range blocks {
		switch {
		case teaser[i]:
		case i+2 < len(blocks) && teaser[i+1] && teaser[i+2] && runeLen(b.text) <= 40 && !endsSentence(b.text):
			// the heading of a list of teasers
		case len(out) < 3 && isTitleOf(b.text, title):
			// the headline, which is not part of the body
		case isFurnitureLabel(b.text):
		default:
			out = append(out, b.text)
		}
	}
	return out
}

// linkedSentence reports whether a block is a sentence of prose that
// links several of its phrases elsewhere, as opposed to a list of links.
func linkedSentence(b block) bool {
	l := runeLen(b.text)
	return b.anchors >= 2 && float64(l-b.links) >= 0.25*float64(l) && endsSentence(b.text)
}

// endsSentence reports whether text ends as a sentence does.
func endsSentence(text string) bool {
	text = strings.TrimRight(text, " \"'\u201d\u2019)")
	return strings.HasSuffix(text, ".") || strings.HasSuffix(text, "!") || strings.HasSuffix(text, "?")
}

// looksLikeAddress reports whether text holds a web address.
func looksLikeAddress(text string) bool {
	return strings.Contains(text, "http://") || strings.Contains(text, "https://") || strings.Contains(text, "www.")
}
