package quote

import (
	"strings"

	"github.com/newsfold/newsfold/internal/news"
	"github.com/newsfold/newsfold/internal/nlp/entity"

	"github.com/newsfold/newsfold/internal/nlp/wordlist"
)

// introWords open a phrase set before a sentence's subject: "After the
// vote, Jane Roe ...".
var introWords = wordlist.NewSet(`after before in on at when while during since as with
without despite following asked speaking unlike like from for by amid`)

// mainSubject finds the subject of the clause p[from:verb] ends in, for a
// participle such as "saying" whose subject is the main clause's: "After
// the vote, Jane Roe issued a statement on behalf of Lars Berg, saying".
// It passes over an opening phrase and takes the clause after the last
// ", and" or ";" that names someone.
func mainSubject(p string, from, verb int, ments []entity.Mention) (ref, bool) {
	start := from
	var buf [16]word
	ws := appendWords(buf[:0], p, from, verb)
	if len(ws) > 0 && introWords.HasLower(ws[0].text) {
		if c := strings.IndexByte(p[from:verb], ','); c >= 0 {
			start = from + c + 1
		}
	}
	refs := refsIn(p, start, verb, ments)
	for _, sep := range []string{", and ", "; ", ", but "} {
		if k := strings.LastIndex(p[start:verb], sep); k >= 0 {
			at := start + k + len(sep)
			if later := refsAfter(refs, at); len(later) > 0 {
				refs = later
			}
		}
	}
	for i, r := range refs {
		switch {
		case r.kind == refName && r.typ == news.Place:
			continue
		case r.kind == refNobody || r.kind == refRole:
			if b, ok := apposedName(p, r, refs[i+1:]); ok {
				return b, true // "A spokesman for the Harbour Trust, Lars Berg, ..."
			}
		case r.kind == refName && r.typ == news.Org && i+1 < len(refs) && heads(p, r, refs[i+1]):
			return refs[i+1], true // "the Harbour Trust chairman Lars Berg"
		}
		return r, true
	}
	return ref{}, false
}

// apposedName finds the person named right after the description a, set
// off by a comma: "Another candidate, Jane Roe," / "A lawyer for the
// Harbour Trust, Lars Berg,".
func apposedName(p string, a ref, later []ref) (ref, bool) {
	for _, b := range later {
		if b.kind != refName || b.typ != news.Person || b.pos < a.end {
			continue
		}
		between := strings.TrimSpace(p[a.end:b.pos])
		if strings.HasSuffix(between, ",") && strings.Count(between, ",") == 1 && countUpTo(between, 7) <= 6 {
			return b, true
		}
	}
	return ref{}, false
}

// heads reports whether the person named by b has a role in the
// organisation a names just before it: "Acme chief executive Jane Roe".
func heads(p string, a, b ref) bool {
	if b.kind != refName || b.typ != news.Person || b.pos < a.end {
		return false
	}
	var buf [16]word
	for _, w := range appendWords(buf[:0], p, a.end, b.pos) {
		if !entity.IsRole(w.text) && !entity.IsTitle(w.text) && !roleModifiers.HasLower(w.text) {
			return false
		}
	}
	return !strings.ContainsAny(p[a.end:b.pos], ",;()")
}

// roleModifiers qualify a role: "chief executive", "former director".
var roleModifiers = wordlist.NewSet(`chief executive senior deputy former acting general
vice assistant associate managing national state`)

func refsAfter(refs []ref, at int) []ref {
	for i, r := range refs {
		if r.pos >= at {
			return refs[i:]
		}
	}
	return nil
}

// relativeSubject finds who a relative clause ending in a speech verb
// describes: "the Harbour Trust, a residents' group, which said". The
// subject is the nearest one named before "which" or "who", passing over
// a role set off as an apposition.
func relativeSubject(p string, refs []ref, verb int) (ref, bool) {
	var buf [16]word
	ws := appendWords(buf[:0], p, max(0, verb-12), verb)
	if len(ws) == 0 {
		return ref{}, false
	}
	rel := ws[len(ws)-1]
	if lw := strings.ToLower(rel.text); lw != "which" && lw != "who" {
		return ref{}, false
	}
	for i := len(refs) - 1; i >= 0; i-- {
		r := refs[i]
		switch {
		case r.pos >= rel.start:
			continue
		case r.kind == refName && r.typ == news.Place, r.kind == refNobody && r.appositive:
			continue
		}
		return r, true
	}
	return ref{}, false
}

// nextToVerb finds the one who speaks written right before the speech
// verb after a quotation: “...,” the Harbour Trust's chairman Lars Berg
// said.
func nextToVerb(p string, refs []ref, verb int) (ref, bool) {
	if len(refs) == 0 {
		return ref{}, false
	}
	r := refs[len(refs)-1]
	if r.end <= r.pos || r.end > verb || strings.TrimSpace(p[r.end:verb]) != "" {
		return ref{}, false
	}
	if r.kind == refName && r.typ == news.Place {
		return ref{}, false
	}
	return r, true
}

// colonSubject finds who speaks a quotation introduced by a clause that
// ends in a colon but has no speech verb: "Jane Roe shot back: “...”". It
// takes the clause's subject when that is a person or a pronoun.
func colonSubject(p string, from, open int, ments []entity.Mention) (ref, bool) {
	t := strings.TrimRight(p[from:open], " \t")
	if !strings.HasSuffix(t, ":") {
		return ref{}, false
	}
	r, ok := mainSubject(p, from, from+len(t)-1, ments)
	if !ok || !(r.kind == refPronoun || r.kind == refName && r.typ == news.Person) {
		return ref{}, false
	}
	return r, true
}
