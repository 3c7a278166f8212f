package quote

import (
	"strings"

	"github.com/newsfold/newsfold/internal/news"
	"github.com/newsfold/newsfold/internal/nlp/entity"
)

// refKind says how a clause names a speaker.
type refKind int8

const (
	refName    refKind = iota // an entity mention
	refPronoun                // "he", "she"
	refRole                   // "the spokesman"
	refNobody                 // "officials", "an aide", "they": a speaker with no name
	refSame                   // no subject: "... and said “...”", the last speaker goes on
)

// ref is a speaker as a clause writes it.
type ref struct {
	kind   refKind
	name   string // for refName
	typ    news.EntityType
	gender entity.Gender // for refPronoun
	role   string        // for refRole
	pos    int           // byte offset in the paragraph
	end    int           // where the name ends, for refName
	// appositive marks a role noun set off after a name ("Jane Roe, a
	// lawyer, said"), which describes the name rather than speaks.
	appositive bool
}

// refsIn lists the ways p[from:to] names someone who might speak, in
// order: entity mentions, pronouns, role nouns and nameless speakers.
func refsIn(p string, from, to int, ments []entity.Mention) []ref {
	var out []ref
	var covered [][2]int
	for _, m := range ments {
		if m.Start >= from && m.End <= to {
			out = append(out, ref{kind: refName, name: m.Name, typ: m.Type, pos: m.Start, end: m.End})
			covered = append(covered, [2]int{m.TitleStart, m.End})
		}
	}
	words := wordsIn(p, from, to)
	for k, w := range words {
		if inside(covered, w.start) || nameGoesOn(p, covered, w) {
			continue
		}
		lw := strings.ToLower(w.text)
		switch {
		case lw == "he":
			out = append(out, ref{kind: refPronoun, gender: entity.Male, pos: w.start, end: w.end})
		case lw == "she":
			out = append(out, ref{kind: refPronoun, gender: entity.Female, pos: w.start, end: w.end})
		case (entity.IsRole(lw) || entity.IsTitle(lw)) && lw == w.text && definite(words, k):
			out = append(out, ref{kind: refRole, role: lw, pos: w.start, end: w.end})
		case entity.IsRole(lw) || entity.IsRole(strings.TrimSuffix(lw, "s")):
			out = append(out, ref{kind: refNobody, pos: w.start, end: w.end, appositive: setOff(p, from, words, k)})
		case otherSubjects.Has(lw):
			out = append(out, ref{kind: refNobody, pos: w.start, end: w.end})
		}
	}
	sortRefs(out)
	return out
}

// nameGoesOn reports whether w, a capitalised word right after a name,
// ends that name rather than naming a role: "Steve King", "Lee Marshal".
func nameGoesOn(p string, names [][2]int, w word) bool {
	if w.text[0] < 'A' || w.text[0] > 'Z' {
		return false
	}
	for _, s := range names {
		if s[1] < w.start && strings.TrimSpace(p[s[1]:w.start]) == "" {
			return true
		}
	}
	return false
}

func inside(spans [][2]int, pos int) bool {
	for _, s := range spans {
		if pos >= s[0] && pos < s[1] {
			return true
		}
	}
	return false
}

func sortRefs(r []ref) {
	for i := 1; i < len(r); i++ {
		for j := i; j > 0 && r[j].pos < r[j-1].pos; j-- {
			r[j], r[j-1] = r[j-1], r[j]
		}
	}
}

// setOff reports whether the role noun words[k] stands in an apposition:
// a comma within the three words before it ("Jane Roe, a lawyer," /
// "Jane Roe, the group's policy chief," / "Jane Roe, executive director").
func setOff(p string, from int, words []word, k int) bool {
	for j := k; j >= 0 && j >= k-3; j-- {
		start := from
		if j > 0 {
			start = words[j-1].end
		}
		if strings.Contains(p[start:words[j].start], ",") {
			return true
		}
	}
	return false
}

// definite reports whether the role noun words[k] follows "the" within
// three words ("the State Department spokesman").
func definite(words []word, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch strings.ToLower(words[j].text) {
		case "the":
			return true
		case "a", "an", "one", "another", "some":
			return false
		}
	}
	return false
}

// cue is a speech verb found in a clause.
type cue struct {
	start, end int
	according  bool // "according to", whose speaker follows it
	// participle marks "saying", "adding": its subject is the main
	// clause's ("Jane Roe issued a statement, saying ...").
	participle bool
}

// findCues lists the speech verbs of p[from:to].
func findCues(p string, from, to int) []cue {
	var out []cue
	words := wordsIn(p, from, to)
	for k, w := range words {
		if !cueVerbs.HasLower(w.text) {
			continue
		}
		lw := strings.ToLower(w.text)
		if lw == "according" {
			if k+1 < len(words) && words[k+1].text == "to" {
				out = append(out, cue{start: w.start, end: words[k+1].end, according: true})
			}
			continue
		}
		if k > 0 && determiners.HasLower(words[k-1].text) {
			continue // "the notes", "his claims": nouns
		}
		if k > 0 && words[k-1].text == "to" {
			continue // "to tell him": the speaker is the main clause's subject
		}
		if w.text != lw && k == 0 && (lw == "asked" || lw == "told") {
			continue // "Asked about ...": the speaker is not the asker
		}
		if k+1 < len(words) && words[k+1].text == "by" {
			continue // "the plan announced by Jane Roe": a passive, not a quotation's verb
		}
		out = append(out, cue{start: w.start, end: w.end, participle: strings.HasSuffix(lw, "ing") && lw != "according"})
	}
	return out
}

// pick chooses the speaker among refs. Looking forward (first) it takes
// the first that is not a place; looking back (last) the nearest person,
// pronoun or description, else the nearest organisation; a place only when
// nothing else is there.
func pick(refs []ref, last bool) (ref, bool) {
	rank := func(r ref) int {
		switch {
		case r.kind == refName && r.typ == news.Place:
			return 2
		case last && r.kind == refName && r.typ == news.Org:
			return 1
		}
		return 0
	}
	best, bestRank := -1, 3
	for i := range refs {
		k := i
		if last {
			k = len(refs) - 1 - i
		}
		r := refs[k]
		if last && r.kind == refNobody && r.appositive && hasNameBefore(refs[:k]) {
			continue // an apposition: "Jane Roe, a lawyer, said"
		}
		if rk := rank(r); rk < bestRank {
			best, bestRank = k, rk
			if rk == 0 {
				break
			}
		}
	}
	if best < 0 {
		return ref{}, false
	}
	return refs[best], true
}

// after finds the speaker in the clause after a quotation,
// p[from:to]: “...,” he said / Jane Roe, the mayor, said / said Jane Roe.
func after(p string, from, to int, terminal bool, ments []entity.Mention) (ref, bool) {
	cues := findCues(p, from, to)
	if len(cues) == 0 {
		return ref{}, false
	}
	var buf [16]word
	if ws := appendWords(buf[:0], p, from, min(to, from+12)); len(ws) > 0 && clauseOpeners.HasLower(ws[0].text) {
		return ref{}, false // the writer's sentence goes on: “...,” and ...
	}
	c := cues[0]
	lead := countUpTo(p[from:c.start], 21)
	if lead > 20 || (terminal && lead > 5) {
		return ref{}, false
	}
	if !c.according {
		refs := refsIn(p, from, c.start, ments)
		if r, ok := nextToVerb(p, refs, c.start); ok {
			return r, true
		}
		if r, ok := pick(refs, false); ok {
			return r, true
		}
	}
	end := to
	if len(cues) > 1 {
		end = cues[1].start
	}
	return pick(refsIn(p, c.end, end, ments), false)
}

// before finds the speaker in the clause before a quotation, p[from:to]:
// Jane Roe said: “...” / according to Jane Roe, “...”.
func before(p string, from, to int, ments []entity.Mention) (ref, bool) {
	cues := findCues(p, from, to)
	if len(cues) == 0 {
		return ref{}, false
	}
	last := len(cues) - 1
	c := cues[last]
	// "Jane Roe said ... and urged “...”": the verbs share a subject.
	k := last
	for k > 0 && !cues[k].according && andBefore(p, cues[k-1].end, cues[k].start) && !namesSomeone(refsIn(p, cues[k-1].end, cues[k].start, ments)) {
		k--
	}
	if !c.according {
		if cues[k].participle || joinedVerb(p, from, cues[k].start) {
			if r, ok := mainSubject(p, from, cues[k].start, ments); ok {
				return r, true
			}
		}
		start := from
		if k > 0 {
			start = cues[k-1].end
		}
		refs := refsIn(p, start, cues[k].start, ments)
		if r, ok := relativeSubject(p, refs, cues[k].start); ok {
			return r, true
		}
		if r, ok := pick(refs, true); ok {
			return subjectBeforeClause(p, refs, r, cues[k].start), true
		}
	}
	if c.participle && coordinated(p, from, c.start) {
		return ref{kind: refSame}, true // "... and saying “...”": the last speaker goes on
	}
	if r, ok := pick(refsIn(p, c.end, to, ments), false); ok {
		return r, true
	}
	if !c.according && coordinated(p, from, c.start) {
		return ref{kind: refSame}, true
	}
	return ref{}, false
}

// coordinated reports whether the speech verb at p[verb] has no subject
// of its own because it continues the clause before: "... and said".
func coordinated(p string, from, verb int) bool {
	var buf [16]word
	ws := appendWords(buf[:0], p, from, verb)
	if len(ws) == 0 || len(ws) > 2 {
		return false
	}
	w := strings.ToLower(ws[0].text)
	return w == "and" || w == "but" || w == "then"
}

func hasNameBefore(refs []ref) bool {
	for _, r := range refs {
		if r.kind == refName && r.typ != news.Place {
			return true
		}
	}
	return false
}

// subjectBeforeClause returns the person a relative clause or an
// apposition describes when one stands between that person and the speech
// verb ("Jane Roe, who runs the mill, said"; "Jane Roe, the aide to Lars
// Berg, said"), since the nearest name before the verb then belongs to the
// description; otherwise it returns nearest.
func subjectBeforeClause(p string, refs []ref, nearest ref, cueStart int) ref {
	for _, r := range refs {
		if r.pos >= nearest.pos {
			break
		}
		if r.kind != refName || r.typ != news.Person {
			continue
		}
		between := p[r.pos:cueStart]
		if strings.Contains(between, ", who ") || strings.Contains(between, ", whose ") || strings.Contains(between, ", which ") {
			return r
		}
		if apposition(p[r.end:cueStart]) {
			return r // "Jane Roe, the aide to Sen. Lars Berg, said"
		}
	}
	return nearest
}

// apposition reports whether s, the text between a name and its speech
// verb, is a description set off by commas: ", the aide to Lars Berg,".
func apposition(s string) bool {
	t := strings.TrimSpace(s)
	if !strings.HasPrefix(t, ",") || !strings.HasSuffix(t, ",") || len(t) < 3 {
		return false
	}
	var buf [16]word
	ws := appendWords(buf[:0], t, 0, len(t))
	if len(ws) == 0 || len(ws) > 12 {
		return false
	}
	w := strings.ToLower(ws[0].text)
	return w == "the" || w == "a" || w == "an" || entity.IsRole(w) || entity.IsTitle(ws[0].text)
}

// andBefore reports whether the speech verb starting at p[verb] is joined
// by "and" to the clause of an earlier one ending at p[from]: "said ...
// and urged".
func andBefore(p string, from, verb int) bool {
	var buf [16]word
	ws := appendWords(buf[:0], p, from, verb)
	return len(ws) > 0 && ws[len(ws)-1].text == "and" && !strings.Contains(p[from:verb], ".")
}

// namesSomeone reports whether refs hold a person or a pronoun, who would
// be the subject of a verb after them.
func namesSomeone(refs []ref) bool {
	for _, r := range refs {
		if r.kind == refPronoun || r.kind == refName && r.typ == news.Person {
			return true
		}
	}
	return false
}

// joinedVerb reports whether the speech verb at p[verb] shares the
// subject of the clause before it: "Jane Roe met the board and said",
// "Jane Roe, speaking after the vote, said".
func joinedVerb(p string, from, verb int) bool {
	t := strings.TrimRight(p[from:verb], " ")
	if strings.HasSuffix(t, ",") {
		return strings.Count(t, ",") >= 2
	}
	var buf [16]word
	ws := appendWords(buf[:0], p, from, verb)
	return len(ws) > 2 && ws[len(ws)-1].text == "and"
}
