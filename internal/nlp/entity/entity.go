// Package entity finds the people, organisations and places an article
// names, and merges the mentions of each under one canonical name.
//
// It takes an article's title, dateline and paragraphs and gives
// news.Entity values: capitalised runs of words are cut into names, titles
// and honorifics ("Mr.", "Ambassador") are kept apart from the names they
// stand before and used as evidence of a person, and small lexicons of
// ordinary words (organisation and place cue words, the world's countries
// and capitals, demonyms, months, common first names) type the rest. A
// title-case phrase with nothing that says person and written as a thing's
// name is left out. A surname, a first name alone or a short first name
// ("Ed" for "Edward") joins the full name it shortens. Locate gives the positions of the mentions, with gender and
// role, for resolving who a quotation's pronoun stands for.
package entity

import (
	"strings"
	"unicode"

	"github.com/newsfold/newsfold/internal/news"
)

// Find sets a.Entities from a's title, dateline and body.
func Find(a *news.Article) {
	s := getScratch()
	an := analyze(s, a.Title, a.Paragraphs)
	a.Entities = withDateline(an.entities(), a.Dateline)
	s.release(an.cands)
}

// paraTitle is the paragraph index candidates from the title carry.
const paraTitle = -1

// analyze finds and resolves the candidate names of an article. Prose
// paragraphs are read first; the title and headings, where every word is
// capitalised, only contribute names the prose or the place lexicon knows.
// The tokens and candidates are kept in s.
func analyze(s *scratch, title string, paras []string) *analysis {
	toks := s.tokenRows(len(paras))
	size, bound := 0, 0
	for _, p := range paras {
		size += len(p)
		bound += tokensBound(p)
	}
	// The words written in lower case, about one a 16 bytes of text.
	lowerSeen := &s.lowerSeen
	lowerSeen.reset(size / 16)
	nameWords := 0             // a bound, most often, on the candidates
	all := s.tokenArray(bound) // every paragraph's tokens, one after another
	folded := s.foldParagraphs(paras)
	for i, p := range paras {
		from := len(all)
		all = appendTokensFolded(all, p, folded[i])
		toks[i] = all[from:len(all):len(all)]
		for k := range toks[i] {
			t := &toks[i][k]
			if t.name {
				nameWords++
			}
			if t.word && !t.upper && !t.sentStart && len(t.text) > 2 {
				lowerSeen.add(t.text) // short words are in the function-word list
			}
		}
	}
	s.all = all // kept, however it grew, to be cleared on release
	type heading struct {
		para int
		toks []token
	}
	cands := s.candidateArray(nameWords)
	var headings []heading
	for i, p := range paras {
		if strings.IndexByte(p, '\n') < 0 {
			// One line: splitLines would return the paragraph's tokens alone.
			if isHeading(toks[i]) {
				headings = append(headings, heading{i, toks[i]})
			} else {
				cands = chunk(cands, i, p, toks[i], lowerSeen)
			}
			continue
		}
		for _, line := range splitLines(p, toks[i]) {
			if isHeading(line) {
				headings = append(headings, heading{i, line})
				continue
			}
			cands = chunk(cands, i, p, line, lowerSeen)
		}
	}
	an := resolve(cands)
	known := an.knownNames()
	titleToks := tokenize(title)
	if isHeading(titleToks) {
		an.addHeading(paraTitle, title, titleToks, known)
	} else if title != "" {
		an.addProse(paraTitle, title, titleToks, lowerSeen)
	}
	for _, h := range headings {
		an.addHeading(h.para, paras[h.para], h.toks, known)
	}
	return an
}

// splitLines splits a paragraph's tokens at its line breaks: a paragraph may
// hold a headline line above its prose.
func splitLines(p string, toks []token) [][]token {
	if strings.IndexByte(p, '\n') < 0 {
		return [][]token{toks}
	}
	var out [][]token
	start := 0
	for k := 1; k < len(toks); k++ {
		if strings.IndexByte(p[toks[k-1].end:toks[k].start], '\n') >= 0 {
			out = append(out, toks[start:k])
			start = k
		}
	}
	if start < len(toks) {
		out = append(out, toks[start:])
	}
	return out
}

// isHeading reports whether a line is written in title case with no
// closing punctuation: a headline or a section heading.
func isHeading(toks []token) bool {
	words := 0
	for k, t := range toks {
		if !t.word {
			if k == len(toks)-1 && (t.text == "." || t.text == "!" || t.text == "?" || t.text == ":") {
				return false
			}
			continue
		}
		words++
		if !t.upper && !lex.functionWords.Get(t.text) && !connectors.Get(t.text) && !unicode.IsDigit(rune(t.text[0])) {
			return false
		}
	}
	return words > 0 && words <= 16
}

// knownNames maps every name the prose gave an entity, and every person's
// surname, to the entity's group.
func (an *analysis) knownNames() map[string]int {
	known := map[string]int{}
	for ci, g := range an.groupOf {
		if g < 0 {
			continue
		}
		c := &an.cands[ci]
		known[c.key()] = g
		if an.groups[g].typ == news.Person && len(c.words) > 1 {
			if _, ok := known[c.words[len(c.words)-1]]; !ok {
				known[c.words[len(c.words)-1]] = g
			}
			if nick := nickname(c.words); nick != "" {
				known[nick+" "+c.words[len(c.words)-1]] = g // "Jo Roe" for Jane "Jo" Roe
			}
		}
	}
	return known
}

// addHeading adds the names a title-case line shares with the prose, and
// the places it names.
func (an *analysis) addHeading(para int, p string, toks []token, known map[string]int) {
	for i := 0; i < len(toks); i++ {
		if !nameWord(toks[i]) {
			continue
		}
		for n := min(5, len(toks)-i); n >= 1; n-- {
			run := toks[i : i+n]
			ok := true
			for _, t := range run {
				if !nameWord(t) {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			key := joinText(run)
			g, found := known[key]
			if !found {
				if lex.places.Get(strings.ToLower(key)) == "" {
					continue
				}
				g = an.placeGroup(placeName(key))
			}
			c := newCandidate(para, p, toks, i, i+n, nil)
			c.typ = an.groups[g].typ
			an.cands = append(an.cands, c)
			an.groupOf = append(an.groupOf, g)
			an.groups[g].nameIfNone(c.words)
			i += n - 1
			break
		}
	}
}

// addProse adds the names of a sentence-case title, joined to the body's
// entities where they match and left out otherwise.
func (an *analysis) addProse(para int, p string, toks []token, lowerSeen *wordSet) {
	known := an.knownNames()
	for _, c := range chunk(nil, para, p, toks, lowerSeen) {
		g, ok := known[c.key()]
		if !ok {
			if c.typ != news.Place {
				continue
			}
			g = an.placeGroup(placeName(c.key()))
		}
		an.cands = append(an.cands, c)
		an.groupOf = append(an.groupOf, g)
		an.groups[g].nameIfNone(c.words)
	}
}

// placeGroup returns the group of the named place, adding one if needed.
func (an *analysis) placeGroup(name string) int {
	for g, grp := range an.groups {
		if grp.typ == news.Place && grp.name == name {
			return g
		}
	}
	an.groups = append(an.groups, &group{typ: news.Place, name: name, first: len(an.cands)})
	return len(an.groups) - 1
}

// nameIfNone gives a group added from a heading the words of its first
// name.
func (g *group) nameIfNone(words []string) {
	if len(g.words) == 0 {
		g.words = words
	}
}

// entities lists the article's entities in order of first mention, each
// with its distinct surface forms.
func (an *analysis) entities() []news.Entity {
	order := make([]int, 0, len(an.groups))
	seen := make([]map[string]bool, len(an.groups))
	mentions := make([][]string, len(an.groups))
	add := func(g int, s string) {
		if s == "" || seen[g][s] {
			return
		}
		seen[g][s] = true
		mentions[g] = append(mentions[g], s)
	}
	// Title first, then the body in reading order.
	for _, wantTitle := range [...]bool{true, false} {
		for ci, g := range an.groupOf {
			if g < 0 || (an.cands[ci].para == paraTitle) != wantTitle {
				continue
			}
			if seen[g] == nil {
				seen[g] = map[string]bool{}
				order = append(order, g)
			}
			c := &an.cands[ci]
			add(g, c.text)
			add(g, c.titled)
		}
	}
	out := make([]news.Entity, 0, len(order))
	for _, g := range order {
		grp := an.groups[g]
		if oneLetter(grp.name) {
			// A lone capital ("in D minor", "plan B") names nothing.
			continue
		}
		out = append(out, news.Entity{Name: grp.name, Type: grp.typ, Mentions: mentions[g]})
	}
	return out
}

// oneLetter reports whether name holds at most one letter.
func oneLetter(name string) bool {
	n := 0
	for _, r := range name {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n <= 1
}
