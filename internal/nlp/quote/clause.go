package quote

import "strings"

// attribute finds who said part pt, the k-th quotation of its paragraph.
func (d *doc) attribute(pt *part, k int) {
	p := d.paras[pt.para]
	spans := d.spans[pt.para]
	sp := pt.sp
	ments := d.byPara[pt.para]
	prevAfter, nextOpen := 0, len(p)
	if k > 0 {
		prevAfter = spans[k-1].after
	}
	if k+1 < len(spans) {
		nextOpen = spans[k+1].open
	}
	bFrom := max(prevAfter, d.sentenceStart(pt.para, sp.open))
	if bFrom > sp.open {
		bFrom = sp.open
	}
	aTo := min(nextOpen, d.sentenceEndAfter(pt.para, sp.after))
	if sp.after == sp.close && sp.after < len(p) {
		aTo = min(nextOpen, d.sentenceEndAfter(pt.para, sp.after+1))
	}
	term := terminal(pt.text)
	tryAfter := func() (ref, bool) {
		// A phrase quoted at the end of the writer's sentence is not
		// attributed by the next sentence.
		if !sp.closed || sp.after >= aTo || (term && pt.partial) {
			return ref{}, false
		}
		return after(p, sp.after, aTo, term, ments)
	}
	tryBefore := func() (ref, bool) {
		if bFrom >= sp.open {
			return ref{}, false
		}
		return before(p, bFrom, sp.open, ments)
	}
	r, ok := ref{}, false
	for _, side := range sideOrder(term) {
		if side == viaAfter {
			r, ok = tryAfter()
		} else {
			r, ok = tryBefore()
		}
		if ok {
			pt.via = side
			pt.clauseFrom = sp.after
			if side == viaBefore {
				pt.clauseFrom = bFrom
			}
			break
		}
	}
	if !ok && bFrom < sp.open {
		r, ok = colonSubject(p, bFrom, sp.open, ments)
		pt.via, pt.clauseFrom = viaBefore, bFrom
	}
	if !ok {
		pt.via = viaNone
		d.introduced(pt)
		return
	}
	pt.attributed = true
	pt.speaker = d.resolve(r, pt.para, sp.open)
}

// introduced attributes a quotation opening a paragraph to the speaker the
// paragraph before names in a sentence ending with a colon: "Jane Roe told
// reporters:".
func (d *doc) introduced(pt *part) {
	if !pt.startsPara || pt.para == 0 || spanIndex(d.spans[pt.para], pt.sp) != 0 {
		return
	}
	prev := d.paras[pt.para-1]
	trimmed := strings.TrimRight(prev, " \t")
	if !strings.HasSuffix(trimmed, ":") {
		d.reported(pt)
		return
	}
	end := len(trimmed) - 1
	from := d.sentenceStart(pt.para-1, end)
	if spans := d.spans[pt.para-1]; len(spans) > 0 {
		from = max(from, spans[len(spans)-1].after)
	}
	if from >= end {
		return
	}
	r, ok := before(prev, from, end, d.byPara[pt.para-1])
	if !ok {
		return
	}
	pt.attributed = true
	pt.via = viaBefore
	pt.clauseFrom = -1
	pt.speaker = d.resolve(r, pt.para-1, from)
}

// spanIndex is the index of sp among spans, or -1.
func spanIndex(spans []span, sp span) int {
	for k, s := range spans {
		if s.open == sp.open {
			return k
		}
	}
	return -1
}

// sideOrder is the order to look for an attribution in: after a quotation
// that runs into it (“...,” she said), before one that ends a sentence.
func sideOrder(terminal bool) [2]clauseSide {
	if terminal {
		return [2]clauseSide{viaBefore, viaAfter}
	}
	return [2]clauseSide{viaAfter, viaBefore}
}

// reported attributes a paragraph that is wholly one quotation to the
// speaker the paragraph before names with a speech verb, when that
// paragraph quotes nobody itself: "According to Jane Roe, the cost is
// high." followed by “The amount I get is ...”.
func (d *doc) reported(pt *part) {
	p := d.paras[pt.para]
	if len(d.spans[pt.para]) != 1 || strings.TrimSpace(p[pt.sp.after:]) != "" || len(d.spans[pt.para-1]) != 0 {
		return
	}
	prev := strings.TrimRight(d.paras[pt.para-1], " \t")
	if prev == "" {
		return
	}
	end := len(prev)
	from := d.sentenceStart(pt.para-1, end-1)
	r, ok := before(prev, from, end, d.byPara[pt.para-1])
	if !ok || r.kind != refName {
		return
	}
	pt.attributed = true
	pt.via = viaBefore
	pt.clauseFrom = -1
	pt.speaker = r.name
}
