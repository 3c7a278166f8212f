package quote

import (
	"sort"
	"strings"

	"github.com/newsfold/newsfold/internal/news"
	"github.com/newsfold/newsfold/internal/nlp/entity"

	"github.com/newsfold/newsfold/internal/nlp/wordlist"
)

// resolve names the speaker a reference stands for; "" when it cannot.
func (d *doc) resolve(r ref, para, pos int) string {
	switch r.kind {
	case refName:
		return r.name
	case refPronoun:
		if name := d.subjectBefore(r, para); name != "" {
			return name
		}
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
		if d.kinds[e.name] != news.Person {
			continue // an organisation quoted is no "he" or "she"
		}
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

// pronoun is a "he", "his", "she" or "her" in a paragraph.
type pronoun struct {
	pos    int
	gender entity.Gender
}

// pronounsIn finds the third-person singular pronouns of p. Each holds an
// h, so it looks only at the h's.
func pronounsIn(p string) []pronoun {
	var out []pronoun
	lowH, upH := -1, -1 // the next "h" and "H" at or after at, len(p) when none
	for at := 0; at < len(p); {
		if lowH < at {
			lowH = indexByteFrom(p, at, 'h')
		}
		if upH < at {
			upH = indexByteFrom(p, at, 'H')
		}
		h := min(lowH, upH)
		if h == len(p) {
			break
		}
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
		if n := end - start; n < 2 || n > 3 {
			continue // no pronoun sought is shorter or longer
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
	var buf [16]word
	ws := appendWords(buf[:0], p, start, pos)
	if len(ws) > 3 {
		return false
	}
	for _, w := range ws {
		lw := strings.ToLower(w.text)
		if !sentenceOpeners.Has(lw) && !entity.IsTitle(w.text) {
			return false
		}
	}
	return true
}

// sentenceOpeners may stand before a sentence's subject.
var sentenceOpeners = wordlist.NewSet(`but and so then the former later meanwhile still yet
also now earlier`)

// parenthetical reports whether the pronoun at p[pos] follows a comma and
// comes before a speech verb: "..., he said, ...".
func parenthetical(p string, pos int) bool {
	if !strings.HasSuffix(strings.TrimRight(p[:pos], " "), ",") {
		return false
	}
	var buf [16]word
	ws := appendWords(buf[:0], p, pos, min(len(p), pos+24))
	return len(ws) > 1 && cueVerbs.Has(ws[1].text)
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
	var buf [16]word
	ws := appendWords(buf[:0], rest, 0, min(len(rest), 40))
	for k := 0; k < len(ws) && k < 3; k++ {
		w := strings.ToLower(ws[k].text)
		if entity.IsRole(w) || speakersFor.Has(w) {
			return true
		}
	}
	return false
}

// speakersFor are nouns for those who speak for someone: "Roe's office".
var speakersFor = wordlist.NewSet(`office campaign aide aides wife husband son daughter
family team staff lawyer lawyers attorney attorneys representative representatives
counsel`)

// subjectBefore is the person who opens the sentence of pronoun r, when
// that person is the only one named before it and fits its gender: "Jane
// Roe drew criticism after a speech she called “...”".
func (d *doc) subjectBefore(r ref, para int) string {
	if parenthetical(d.paras[para], r.pos) {
		return "" // "The Roe family, he wrote, ...": not the subject
	}
	s := d.sentenceOf(para, r.pos)
	var found *event
	for i := range d.people {
		e := &d.people[i]
		if e.para < para || e.sent < s {
			continue
		}
		if e.sent > s || e.pos >= r.pos {
			break
		}
		if found != nil && found.name != e.name {
			return ""
		}
		found = e
	}
	if found == nil || found.possessive || (found.gender != entity.Unknown && found.gender != r.gender) {
		return ""
	}
	if !opensSentence(d.paras[para], d.sentenceStart(para, found.pos), found.pos) {
		return ""
	}
	return found.name
}

// indexByteFrom returns the offset of the first c in p at or after from,
// len(p) when there is none.
func indexByteFrom(p string, from int, c byte) int {
	if k := strings.IndexByte(p[from:], c); k >= 0 {
		return from + k
	}
	return len(p)
}
