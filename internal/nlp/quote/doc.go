package quote

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfold/newsfold/internal/news"
	"github.com/newsfold/newsfold/internal/nlp/entity"
)

// doc is an article's body as the quotation finder reads it.
type doc struct {
	paras      []string
	byPara     [][]entity.Mention
	spans      [][]span
	sentStarts [][]int // per paragraph, where its sentences start
	sentBase   []int   // number of sentences before each paragraph
	people     []event // people named outside quotations, in reading order
	pronouns   []event // "he", "she", "his", "her" outside quotations, in reading order
	said       []event // speakers of the quotations read so far
	genders    map[string]entity.Gender
	firstSaid  map[string]event
	resolved   map[[2]int]string // pronouns already followed back, by paragraph and offset
	// lastPara and lastSpeaker tell who spoke the last quotation read.
	lastPara    int
	lastSpeaker string
}

// event is a person named, or speaking, at a place in the body.
type event struct {
	sent, para, pos int
	name            string
	gender          entity.Gender
	role            string
	// parenthetical marks a pronoun set off with its speech verb: ", he
	// said,".
	parenthetical bool
	possessive    bool // a name whose role-holder follows: "Roe's lawyer", not a subject
}

// indexSentences finds where each paragraph's sentences start, outside
// quotations, and lists the people named outside quotations.
func (d *doc) indexSentences() {
	d.sentStarts = make([][]int, len(d.paras))
	d.sentBase = make([]int, len(d.paras))
	total := 0
	for i, p := range d.paras {
		starts := []int{0}
		spans := d.spans[i]
		si := 0
		for k := 0; k < len(p); k++ {
			if si < len(spans) && k >= spans[si].open {
				sp := spans[si]
				k = sp.after - 1
				si++
				if sp.closed && terminal(p[sp.inner:sp.close]) && upperNext(p, sp.after) {
					starts = append(starts, sp.after)
				}
				continue
			}
			if sentenceEnd(p, k) {
				starts = append(starts, k+1)
			}
		}
		d.sentStarts[i] = starts
		d.sentBase[i] = total
		total += len(starts)
		for _, pr := range pronounsIn(p) {
			if !inSpan(spans, pr.pos) {
				d.pronouns = append(d.pronouns, event{sent: d.sentenceOf(i, pr.pos), para: i, pos: pr.pos, gender: pr.gender, parenthetical: parenthetical(p, pr.pos)})
			}
		}
		for _, m := range d.byPara[i] {
			if m.Type != news.Person || inSpan(spans, m.Start) {
				continue
			}
			poss := possessor(p, m.End)
			d.people = append(d.people, event{sent: d.sentenceOf(i, m.Start), para: i, pos: m.Start, name: m.Name, gender: m.Gender, role: m.Role, possessive: poss})
		}
	}
}

// upperNext reports whether the next word after p[at] is capitalised.
func upperNext(p string, at int) bool {
	for _, r := range p[at:] {
		if unicode.IsSpace(r) {
			continue
		}
		return unicode.IsUpper(r)
	}
	return false
}

func inSpan(spans []span, pos int) bool {
	for _, sp := range spans {
		if pos >= sp.inner && pos < sp.close {
			return true
		}
	}
	return false
}

// sentenceOf numbers the sentence that p[pos] of paragraph para stands in.
func (d *doc) sentenceOf(para, pos int) int {
	starts := d.sentStarts[para]
	k := 0
	for k+1 < len(starts) && starts[k+1] <= pos {
		k++
	}
	return d.sentBase[para] + k
}

// sentenceStart is where the sentence holding p[pos] starts.
func (d *doc) sentenceStart(para, pos int) int {
	starts := d.sentStarts[para]
	s := 0
	for _, st := range starts {
		if st <= pos {
			s = st
		}
	}
	return s
}

// sentenceEndAfter is where the next sentence after p[pos] starts, or the
// paragraph's end.
func (d *doc) sentenceEndAfter(para, pos int) int {
	for _, st := range d.sentStarts[para] {
		if st > pos {
			return st
		}
	}
	return len(d.paras[para])
}

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
	if !ok {
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

// resolve names the speaker a reference stands for; "" when it cannot.
func (d *doc) resolve(r ref, para, pos int) string {
	switch r.kind {
	case refName:
		return r.name
	case refPronoun:
		return d.antecedent(r.gender, para, pos)
	case refRole:
		return d.roleHolder(r.role, para, pos)
	case refSame:
		if d.lastPara == para {
			return d.lastSpeaker
		}
	}
	return ""
}

// antecedent is the person a "he" or "she" in paragraph para at pos stands
// for. It looks in the nearest earlier sentence that names a fitting person
// (or uses the same pronoun) and takes the first one there, most often the
// sentence's subject, preferring someone already quoted; an earlier
// pronoun is followed back to its own antecedent.
func (d *doc) antecedent(g entity.Gender, para, pos int) string {
	return d.antecedentDepth(g, para, pos, 0)
}

func (d *doc) antecedentDepth(g entity.Gender, para, pos, depth int) string {
	s := d.sentenceOf(para, pos)
	fits := func(e event) bool {
		return e.sent < s && s-e.sent <= 8 && (g == entity.Unknown || e.gender == entity.Unknown || e.gender == g)
	}
	best := -1
	var cands []event
	collect := func(e event) {
		if !fits(e) || e.sent < best || e.possessive {
			return // "Roe's lawyer said": the lawyer speaks, not Roe
		}
		if e.sent > best {
			best, cands = e.sent, cands[:0]
		}
		cands = append(cands, e)
	}
	for _, e := range window(d.people, s) {
		collect(e)
	}
	for _, e := range window(d.said, s) {
		e.gender = d.genderOf(e.name)
		collect(e)
	}
	if depth < 4 {
		for _, e := range window(d.pronouns, s) {
			if e.gender == g {
				collect(e)
			}
		}
	}
	if len(cands) == 0 {
		return ""
	}
	// A pronoun after a name in the same sentence most likely stands for
	// that name, so only one opening the sentence, or set off as an
	// attribution (", he said,"), counts on its own.
	firstName := -1
	for _, e := range cands {
		if e.name != "" && (firstName < 0 || e.pos < firstName) {
			firstName = e.pos
		}
	}
	if firstName >= 0 {
		kept := cands[:0]
		for _, e := range cands {
			if e.name != "" || e.pos < firstName || e.parenthetical {
				kept = append(kept, e)
			}
		}
		cands = kept
	}
	// Name any pronoun among them, then take the first when it opens the
	// sentence, else prefer the first person already quoted, else the
	// first.
	for i := range cands {
		if cands[i].name != "" {
			continue
		}
		key := [2]int{cands[i].para, cands[i].pos}
		name, ok := d.resolved[key]
		if !ok {
			name = d.antecedentDepth(g, cands[i].para, cands[i].pos, depth+1)
			d.resolved[key] = name
		}
		cands[i].name = name
	}
	first := -1
	for i, e := range cands {
		if e.name == "" {
			continue
		}
		if first < 0 || e.pos < cands[first].pos {
			first = i
		}
	}
	if first < 0 {
		return ""
	}
	// A name opening its sentence is its subject: take it.
	if f := cands[first]; opensSentence(d.paras[f.para], d.sentenceStart(f.para, f.pos), f.pos) {
		return f.name
	}
	quoted := -1
	for i, e := range cands {
		if e.name != "" && d.quotedBefore(e.name, para, pos) && (quoted < 0 || e.pos < cands[quoted].pos) {
			quoted = i
		}
	}
	if quoted >= 0 {
		return cands[quoted].name
	}
	return cands[first].name
}

// window returns the events, in reading order, of the eight sentences
// before sentence s.
func window(events []event, s int) []event {
	end := sort.Search(len(events), func(i int) bool { return events[i].sent >= s })
	start := sort.Search(end, func(i int) bool { return events[i].sent >= s-8 })
	return events[start:end]
}

// quotedBefore reports whether name was given a quotation before pos.
func (d *doc) quotedBefore(name string, para, pos int) bool {
	e, ok := d.firstSaid[name]
	return ok && (e.para < para || e.para == para && e.pos < pos)
}

// addSpeaker records that name was quoted at pos of paragraph para.
func (d *doc) addSpeaker(name string, para, pos int) {
	e := event{sent: d.sentenceOf(para, pos), para: para, pos: pos, name: name}
	d.said = append(d.said, e)
	if _, ok := d.firstSaid[name]; !ok {
		d.firstSaid[name] = e
	}
}

// genderOf is the gender the body gives a named person.
func (d *doc) genderOf(name string) entity.Gender {
	if g, ok := d.genders[name]; ok {
		return g
	}
	g := entity.Unknown
	for _, e := range d.people {
		if e.name == name && e.gender != entity.Unknown {
			g = e.gender
			break
		}
	}
	d.genders[name] = g
	return g
}

// roleHolder is the person last described with a role before pos, one
// already quoted first.
func (d *doc) roleHolder(role string, para, pos int) string {
	name, quoted := "", ""
	for _, e := range d.people {
		if e.para > para || (e.para == para && e.pos >= pos) {
			break
		}
		if e.role == role {
			name = e.name
			if d.quotedBefore(e.name, para, pos) {
				quoted = e.name
			}
		}
	}
	if quoted != "" {
		return quoted
	}
	return name
}

// assemble joins the parts into quotations: parts of one utterance split
// around its attribution, and a quotation running on into the next
// paragraph, become one.
func (d *doc) assemble(parts []part) []news.Quote {
	var out []news.Quote
	var last *part // the part the last quotation ended with
	lastPartial := false
	for i := range parts {
		pt := &parts[i]
		q := len(out) - 1
		switch {
		case last != nil && !last.sp.closed && last.para == pt.para-1 && pt.startsPara:
			// A quotation running over paragraphs.
			out[q].Text += " " + pt.text
			if out[q].Speaker == "" {
				out[q].Speaker = pt.speaker
			}
		case last != nil && last.para == pt.para && !pt.partial && !lastPartial &&
			(!pt.attributed || (pt.speaker != "" && pt.speaker == out[q].Speaker) || sharesAttribution(last, pt)):
			// The rest of an utterance split around its attribution.
			out[q].Text += " " + pt.text
			if out[q].Speaker == "" && !sharesAttribution(last, pt) {
				out[q].Speaker = pt.speaker
			}
		default:
			speaker := pt.speaker
			if !pt.attributed && pt.startsPara && last != nil && last.para == pt.para-1 && !lastPartial {
				speaker = out[q].Speaker // a paragraph of quotation goes on
			}
			out = append(out, news.Quote{Text: pt.text, Speaker: speaker, Paragraph: pt.para})
			lastPartial = pt.partial
		}
		last = pt
	}
	for i := range out {
		out[i].Text = cleanText(out[i].Text)
	}
	return out
}

// cleanText trims the comma a quotation ends with before its attribution.
func cleanText(s string) string {
	s = strings.TrimSpace(s)
	for {
		r, size := utf8.DecodeLastRuneInString(s)
		if r == ',' || unicode.IsSpace(r) {
			s = s[:len(s)-size]
			continue
		}
		return s
	}
}

// sharesAttribution reports whether part b is named by the very clause
// that named part a after it: “...,” Jane Roe, the mayor, said, “...”.
func sharesAttribution(a, b *part) bool {
	return a.via == viaAfter && b.via == viaBefore && b.clauseFrom == a.sp.after
}

// pronoun is a "he", "his", "she" or "her" in a paragraph.
type pronoun struct {
	pos    int
	gender entity.Gender
}

// pronounsIn finds the third-person singular pronouns of p. Each holds an
// h, so it looks only at the h's.
func pronounsIn(p string) []pronoun {
	var out []pronoun
	for at := 0; at < len(p); {
		k := strings.IndexAny(p[at:], "hH")
		if k < 0 {
			break
		}
		h := at + k
		at = h + 1
		start := h
		if h > 0 && (p[h-1] == 's' || p[h-1] == 'S') {
			start = h - 1 // "she"
		}
		if start > 0 && isWordByte(p[start-1]) {
			continue
		}
		end := h + 1
		for end < len(p) && isWordByte(p[end]) {
			end++
		}
		switch strings.ToLower(p[start:end]) {
		case "he", "his":
			out = append(out, pronoun{start, entity.Male})
		case "she", "her":
			out = append(out, pronoun{start, entity.Female})
		}
	}
	return out
}

// isWordByte reports whether c continues a word: an ASCII letter or digit,
// or a byte of a non-ASCII letter.
func isWordByte(c byte) bool { return isASCIIAlnum(c) || c >= 0x80 }

// opensSentence reports whether only small opening words and titles stand
// between a sentence's start and pos: "But Sen. Jane Roe ...".
func opensSentence(p string, start, pos int) bool {
	ws := wordsIn(p, start, pos)
	if len(ws) > 3 {
		return false
	}
	for _, w := range ws {
		lw := strings.ToLower(w.text)
		if !sentenceOpeners[lw] && !entity.IsTitle(w.text) {
			return false
		}
	}
	return true
}

// sentenceOpeners may stand before a sentence's subject.
var sentenceOpeners = toSet(`but and so then the former later meanwhile still yet
also now earlier`)

// parenthetical reports whether the pronoun at p[pos] follows a comma and
// comes before a speech verb: "..., he said, ...".
func parenthetical(p string, pos int) bool {
	if !strings.HasSuffix(strings.TrimRight(p[:pos], " "), ",") {
		return false
	}
	ws := wordsIn(p, pos, min(len(p), pos+24))
	return len(ws) > 1 && cueVerbs[ws[1].text]
}

// possessor reports whether the name ending at p[end] is followed by 's
// and a noun for someone who speaks for it: "Roe's lawyer", "Roe's office".
func possessor(p string, end int) bool {
	rest := p[end:]
	switch {
	case strings.HasPrefix(rest, "'s "):
		rest = rest[3:]
	case strings.HasPrefix(rest, "’s "):
		rest = rest[len("’s "):]
	default:
		return false
	}
	ws := wordsIn(rest, 0, min(len(rest), 40))
	for k := 0; k < len(ws) && k < 3; k++ {
		w := strings.ToLower(ws[k].text)
		if entity.IsRole(w) || speakersFor[w] {
			return true
		}
	}
	return false
}

// speakersFor are nouns for those who speak for someone: "Roe's office".
var speakersFor = toSet(`office campaign aide aides wife husband son daughter
family team staff lawyer lawyers attorney attorneys representative representatives
counsel`)
