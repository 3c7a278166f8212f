package timex

import "slices"

// span is a byte range of a text.
type span struct{ start, end int }

// splitSentences numbers the sentences of p.toks (setting each token's sent)
// and returns their byte spans. A sentence ends at ".", "!", "?" or "…"
// (with any closing quotes after it) followed by a capital, a number or an
// opening quote, unless the period closes an abbreviation or an initial; a
// line break always starts a new sentence.
func (p *passage) splitSentences() []span {
	if len(p.toks) == 0 {
		return nil
	}
	return p.appendSentences(make([]span, 0, 1+len(p.toks)/16)) // most often room enough
}

// appendSentences is splitSentences appending the spans to dst.
func (p *passage) appendSentences(dst []span) []span {
	toks := p.toks
	if len(toks) == 0 {
		return dst
	}
	base := len(dst)
	spans := slices.Grow(dst, 1+len(toks)/16)
	begin := 0
	closeAt := func(last int) {
		spans = append(spans, span{int(toks[begin].start), int(toks[last].end)})
		begin = last + 1
	}
	for i := 0; i < len(toks); i++ {
		if i > begin && toks[i].newline {
			closeAt(i - 1)
		}
		toks[i].sent = int32(len(spans) - base)
		if !p.endsSentence(i) {
			continue
		}
		last := i
		for last+1 < len(toks) && !toks[last+1].spaced && isCloser(p.low(last+1)) {
			last++
			toks[last].sent = int32(len(spans) - base)
		}
		if last+1 < len(toks) && !p.startsSentence(&toks[last+1]) {
			i = last
			continue
		}
		closeAt(last)
		i = last
	}
	if begin < len(toks) {
		closeAt(len(toks) - 1)
	}
	return spans
}

// endsSentence reports whether token i is a sentence-final mark.
func (p *passage) endsSentence(i int) bool {
	toks := p.toks
	switch p.low(i) {
	case "!", "?", "…":
		return true
	case ".":
		if i == 0 {
			return false
		}
		prev := &toks[i-1]
		if prev.kind == tokWord && !toks[i].spaced && (prev.end-prev.start == 1 || abbreviations[p.lowOf(prev)]) {
			return false
		}
		return true
	}
	return false
}

// startsSentence reports whether t, a token of p, can open a new sentence.
func (p *passage) startsSentence(t *token) bool {
	if !t.spaced {
		return false
	}
	switch t.kind {
	case tokWord:
		return t.upper
	case tokNum:
		return true
	}
	return isOpener(p.lowOf(t))
}

func isCloser(s string) bool {
	switch s {
	case "\"", "'", "’", "”", ")", "]", "»":
		return true
	}
	return false
}

func isOpener(s string) bool {
	switch s {
	case "\"", "'", "‘", "“", "(", "[", "«", "—", "–", "-":
		return true
	}
	return false
}
