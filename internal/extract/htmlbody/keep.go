package htmlbody

import "strings"

// keep returns the text of the blocks that read as article text. Blocks
// that are mostly link text are teasers for other pages, except a web
// address written out, or a short link standing alone between
// paragraphs.
func keep(blocks []block, title string) []string {
	heavy := make([]bool, len(blocks))
	for i, b := range blocks {
		heavy[i] = float64(b.links) > 0.5*float64(runeLen(b.text))
	}
	var out []string
	for i, b := range blocks {
		if heavy[i] {
			alone := (i == 0 || !heavy[i-1]) && (i+1 == len(blocks) || !heavy[i+1])
			if !looksLikeAddress(b.text) && !(alone && runeLen(b.text) <= 40) && !linkedSentence(b) {
				continue
			}
		}
		if i < 3 && b.heading && isTitleOf(b.text, title) {
			continue // the headline, which is not part of the body
		}
		if isFurnitureLabel(b.text) {
			continue
		}
		out = append(out, b.text)
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
