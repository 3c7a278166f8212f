// Package quote finds direct quotations in an article's body and who said
// them, resolving pronoun and descriptive speakers to named people.
//
// It takes an article whose entities entity.Find has set and gives
// news.Quote values. Quotation marks pair up by shape (straight and curly
// marks are often mixed); a quotation's speaker is read from the clause
// after it ("...,” she said) or before it (Jane Roe said: “...”), a
// pronoun stands for the person last named as a sentence's subject, and
// "the spokesman" for the person last described so. A participle
// ("..., saying “...”") or a verb joined by "and" takes its main clause's
// subject, a clause ending in a colon names its subject, and a paragraph
// wholly quoted takes the speaker the paragraph before reports. Parts of
// one utterance split around its attribution, and quotations running over
// several paragraphs, become one Quote; parts each with an attribution of
// their own stay apart. A long phrase quoted inside the writer's sentence
// counts even without a speech verb. Scare quotes, titles and quoted terms
// are left out.
package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfold/newsfold/internal/news"
	"github.com/newsfold/newsfold/internal/nlp/entity"
)

// Find sets a.Quotes from a's body; it uses a.Entities to name speakers.
func Find(a *news.Article) {
	ments := entity.Locate(a)
	a.Quotes = find(a.Paragraphs, ments)
}

// clauseSide says where a quotation's attribution stands.
type clauseSide int8

const (
	viaNone clauseSide = iota
	viaAfter
	viaBefore
)

// part is one quoted stretch of a paragraph.
type part struct {
	para       int
	sp         span
	text       string
	partial    bool // a phrase set inside the writer's own sentence
	attributed bool // a speech verb names (or describes) who spoke
	speaker    string
	// via says which clause named the speaker, and clauseFrom where it
	// starts: a part whose attribution is the clause after the part
	// before it continues that part's utterance.
	via        clauseSide
	clauseFrom int
	startsPara bool
}

// groupByPara lists the mentions of each of n paragraphs in their order,
// all in one backing array; mentions of no paragraph are left out.
func groupByPara(ments []entity.Mention, n int) [][]entity.Mention {
	counts := make([]int, n)
	kept := 0
	for _, m := range ments {
		if m.Paragraph >= 0 && m.Paragraph < n {
			counts[m.Paragraph]++
			kept++
		}
	}
	all := make([]entity.Mention, kept)
	byPara := make([][]entity.Mention, n)
	off := 0
	for i, c := range counts {
		if c > 0 {
			byPara[i] = all[off : off : off+c]
			off += c
		}
	}
	for _, m := range ments {
		if m.Paragraph >= 0 && m.Paragraph < n {
			byPara[m.Paragraph] = append(byPara[m.Paragraph], m)
		}
	}
	return byPara
}

func find(paras []string, ments []entity.Mention) []news.Quote {
	byPara := groupByPara(ments, len(paras))
	ctx := &doc{paras: paras, byPara: byPara, lastPara: -1, genders: map[string]entity.Gender{}, firstSaid: map[string]event{}, resolved: map[[2]int]string{}}
	ctx.kinds = make(map[string]news.EntityType, len(ments))
	for _, m := range ments {
		ctx.kinds[m.Name] = m.Type
	}
	ctx.spans = make([][]span, len(paras))
	for i, p := range paras {
		ctx.spans[i] = quotations(p)
	}
	ctx.indexSentences()
	nspans := 0
	for _, sps := range ctx.spans {
		nspans += len(sps)
	}
	parts := make([]part, 0, nspans)
	for i, p := range paras {
		for k, sp := range ctx.spans[i] {
			pt := part{para: i, sp: sp, text: strings.TrimSpace(p[sp.inner:sp.close])}
			pt.startsPara = strings.TrimSpace(p[:sp.open]) == ""
			pt.partial = embedded(p, sp.open)
			ctx.attribute(&pt, k)
			if !pt.attributed && len(parts) > 0 {
				// A phrase in a series after an attributed one in the same
				// sentence: wrote that they should “...,” “...” and “...”.
				if last := parts[len(parts)-1]; last.para == i && last.partial && last.speaker != "" &&
					ctx.sentenceOf(i, last.sp.open) == ctx.sentenceOf(i, sp.open) {
					pt.attributed, pt.speaker, pt.partial = true, last.speaker, true
				}
			}
			if pt.partial && !pt.attributed && looseQuotation(pt) {
				// A long phrase quoted in the writer's sentence is quoted
				// speech even with no speech verb; its speaker, if any, is
				// the sentence's subject.
				pt.speaker = ctx.sentenceSubject(i, sp.open)
				parts = append(parts, pt)
				continue
			}
			if pt.partial && (!pt.attributed || countUpTo(pt.text, 3) < 3) {
				continue
			}
			if !pt.attributed && countUpTo(pt.text, 3) <= 2 && !continues(parts, i) {
				continue // “Agreed,” counts only with its speaker
			}
			if pt.attributed && pt.speaker != "" {
				ctx.addSpeaker(pt.speaker, i, sp.open)
			}
			ctx.lastPara, ctx.lastSpeaker = i, pt.speaker
			parts = append(parts, pt)
		}
	}
	return ctx.assemble(parts)
}

// minLoosePhrase is the fewest words a phrase quoted inside the writer's
// sentence, with no speech verb, needs to count as a quotation; shorter
// ones are most often scare quotes.
const minLoosePhrase = 6

// looseQuotation reports whether a phrase quoted inside the writer's
// sentence with no speech verb counts as a quotation: a long one, closed,
// that starts with a word (a stretch that starts with a comma lies between
// two quotations whose marks were misread).
func looseQuotation(pt part) bool {
	if !pt.sp.closed || countUpTo(pt.text, minLoosePhrase) < minLoosePhrase {
		return false
	}
	r, _ := utf8.DecodeRuneInString(pt.text)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// sentenceSubject names who opens the sentence holding p[pos] of
// paragraph para, when a name does; "" otherwise.
func (d *doc) sentenceSubject(para, pos int) string {
	from := d.sentenceStart(para, pos)
	r, ok := mainSubject(d.paras[para], from, pos, d.byPara[para])
	if !ok || r.kind != refName || r.typ == news.Place {
		return ""
	}
	return r.name
}

// continues reports whether an unattributed part in paragraph para would
// join the quotation before it: one of the same paragraph, not a phrase.
func continues(parts []part, para int) bool {
	if len(parts) == 0 {
		return false
	}
	last := parts[len(parts)-1]
	return last.para == para && !last.partial
}

// quotations finds a paragraph's quotations and leaves out scare quotes,
// titles and names set in quotation marks.
func quotations(p string) []span {
	all := findSpans(p)
	out := all[:0]
	for _, sp := range all {
		text := strings.TrimSpace(p[sp.inner:sp.close])
		n := countUpTo(text, 3) // no case below tells more words apart
		switch {
		case n == 0:
			continue
		case titleCase(text) && (n > 1 || !endsUtterance(text)):
			continue // “The Daily Planet”, “Face the Nation.”
		case n <= 2 && !endsUtterance(text):
			continue // scare quotes around a word or two
		case isTerm(p, sp):
			continue
		}
		out = append(out, sp)
	}
	return out
}

// endsUtterance reports whether a short quotation ends like something said
// (“No comment.” / “Agreed,”) rather than a quoted term.
func endsUtterance(text string) bool {
	t := strings.TrimRight(text, " ’'\"”")
	return t != "" && strings.ContainsAny(t[len(t)-1:], ",.!?")
}

// titleCase reports whether every word of a quotation but small function
// words is capitalised and it holds no sentence punctuation but a final
// period or comma: a title or a name.
func titleCase(text string) bool {
	text = strings.TrimRight(text, ".,’'\" ")
	if strings.ContainsAny(text, ".!?;:") {
		return false
	}
	for at := 0; ; {
		b, e := nextWord(text, at, len(text))
		if b < 0 {
			break
		}
		at = e
		w := word{text: text[b:e]}
		c := w.text[0]
		if c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			continue
		}
		switch w.text {
		case "the", "of", "and", "a", "an", "in", "on", "for", "to", "at", "with", "or":
			continue
		}
		if c >= 0x80 { // a non-ASCII letter: look at it properly
			if strings.ToUpper(w.text[:1]) == w.text[:1] {
				continue
			}
		}
		return false
	}
	return true
}

// embedded reports whether the quotation opening at p[open] stands inside
// the writer's sentence, right after one of its words (was “too simple”).
func embedded(p string, open int) bool {
	t := strings.TrimRight(p[:open], " \t")
	if t == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isTerm reports whether a quoted phrase names a thing in the writer's
// sentence: after a determiner and before a common word (the “open door”
// policy).
func isTerm(p string, sp span) bool {
	if !sp.closed || !embedded(p, sp.open) || endsUtterance(p[sp.inner:sp.close]) || countUpTo(p[sp.inner:sp.close], maxTermWords+1) > maxTermWords {
		return false
	}
	var buf [16]word
	ws := appendWords(buf[:0], p, max(0, sp.open-20), sp.open)
	if len(ws) == 0 {
		return false
	}
	if d := ws[len(ws)-1].text; !determiners.HasLower(d) || strings.ToLower(d) == "that" {
		return false // "said that “...”" opens a clause, not a term
	}
	var nextBuf [16]word
	next := appendWords(nextBuf[:0], p, sp.after, min(len(p), sp.after+30))
	if len(next) == 0 || strings.TrimSpace(p[sp.after:next[0].start]) != "" {
		return false
	}
	w := next[0].text
	return w[0] >= 'a' && w[0] <= 'z' && !cueVerbs.Has(w) && !clauseOpeners.Has(w) && !prepositions.Has(w)
}

// maxTermWords is the longest a quoted term runs; a longer phrase is a
// partial quotation.
const maxTermWords = 4
