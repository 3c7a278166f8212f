package entity

import (
	"strings"

	"github.com/newsfold/newsfold/internal/news"

	"github.com/newsfold/newsfold/internal/nlp/wordlist"
)

// personEvidence reports whether a candidate says its group is a person:
// a title or honorific ("Sen. Roe"), a known first name, a middle initial,
// a verb a person does after it ("Roe said"), a role said of it (", the
// ambassador"), words around it that say person, or its surname written
// alone ("Roe", but not "the Hill").
func personEvidence(c *candidate) bool {
	switch {
	case c.typ == news.Person, c.personHint, c.personContext, c.role != "", c.title != "":
		return true
	case len(c.words) == 1:
		// A surname alone stands for a person, not a title-case phrase,
		// unless it is written as a thing's name is: "the Hill".
		return !c.afterThe
	}
	return lex.firstNames.Get(strings.ToLower(c.words[0])) != Unknown
}

// dropUnevidenced leaves out the person groups that only their capitals
// made names and whose words around them say a thing: title-case words
// with nothing that says person, written after an article or "on" ("the
// Harbour Lights", "on Evening Review") or holding "the", are a work, a
// programme, a firm or a place.
func (an *analysis) dropUnevidenced() {
	person := make([]bool, len(an.groups))
	thing := make([]bool, len(an.groups))
	place := make([]bool, len(an.groups))
	for ci, g := range an.groupOf {
		if g < 0 || an.groups[g].typ != news.Person {
			continue
		}
		c := &an.cands[ci]
		person[g] = person[g] || personEvidence(c)
		thing[g] = thing[g] || c.thingHint
		place[g] = place[g] || c.placeHint
	}
	for g, grp := range an.groups {
		if grp.typ == news.Person && place[g] && !person[g] {
			grp.typ = news.Place // "to Harbour Hill": a place, not a person
		}
	}
	for ci, g := range an.groupOf {
		if g >= 0 && an.groups[g].typ == news.Person && thing[g] && !person[g] {
			an.groupOf[ci] = -1
		}
	}
}

// personBefore are verbs that, standing right before a name, say a person
// is named: "said Jane Roe", "met Jane Roe".
var personBefore = wordlist.New(map[string]bool{
	"met": true, "thanked": true, "interviewed": true, "appointed": true,
	"nominated": true, "elected": true,
	"said": true, "says": true, "told": true, "asked": true, "added": true,
	"wrote": true, "writes": true, "explained": true, "noted": true,
	"recalled": true, "warned": true, "insisted": true, "argued": true,
	"replied": true, "tweeted": true, "testified": true,
})

// personPronouns stand for a person just named.
var personPronouns = wordlist.New(map[string]bool{
	"he": true, "she": true, "his": true, "her": true, "him": true,
	"hers": true, "himself": true, "herself": true,
})

// contextSaysPerson reports whether the words around the name toks[i:j]
// say a person: a speech verb before it ("said Jane Roe", "according to
// Jane Roe"), a title before it across a place ("Ambassador to Ruritania
// Jane Roe") or after it (", Professor of Law"), an age after it ("Jane Roe, 52,"), or a personal pronoun
// soon after it with no other name between ("Jane Roe won. She ...").
func contextSaysPerson(toks []token, i, j int) bool {
	if i > 0 && personBefore.Get(toks[i-1].low) {
		return true
	}
	if i > 1 && toks[i-1].low == "to" && toks[i-2].low == "according" {
		return true
	}
	if titleBefore(toks, i) {
		return true
	}
	if j+1 < len(toks) && toks[j].text == "," && appositiveTitle(toks, j+1) {
		return true // "Jane Roe, Professor of Law"
	}
	if j+2 < len(toks) && toks[j].text == "," && isAge(toks[j+1].text) && toks[j+2].text == "," {
		return true
	}
	if appositionThenVerb(toks, j) {
		return true
	}
	for k, words := j, 0; k < len(toks) && words < 14; k++ {
		t := toks[k]
		if !t.word {
			continue
		}
		words++
		if personPronouns.Get(t.low) {
			return true
		}
		if t.name && !t.sentStart {
			return false
		}
	}
	return false
}

// isAge reports whether w is a plausible age in years.
func isAge(w string) bool {
	if len(w) < 1 || len(w) > 3 {
		return false
	}
	n := 0
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
		n = n*10 + int(r-'0')
	}
	return n > 0 && n < 120
}

// titleBefore reports whether a title stands a few name words before
// toks[i], across a place or an office: "Ambassador to Ruritania Jane Roe".
func titleBefore(toks []token, i int) bool {
	for k, n := i-1, 0; k >= 0 && n < 5 && toks[k].word; k, n = k-1, n+1 {
		if toks[k].title {
			return true
		}
		if !toks[k].name && !connectors.Get(toks[k].low) && toks[k].low != "to" && toks[k].low != "for" {
			return false
		}
	}
	return false
}

// appositionThenVerb reports whether a short aside set off by commas after
// a name holds a role or leads to a verb a person does: "Jane Roe,
// executive director of the trust, said".
func appositionThenVerb(toks []token, j int) bool {
	if j >= len(toks) || toks[j].text != "," {
		return false
	}
	for k := j + 1; k < len(toks) && k < j+12; k++ {
		t := toks[k]
		if lex.roles.Get(t.low) || appositiveTitle(toks, k) {
			return k < j+5
		}
		if t.text == "," {
			return k+1 < len(toks) && personVerbs.Get(toks[k+1].low)
		}
		if !t.word {
			return false
		}
	}
	return false
}

// thingBefore are words that stand before the name of a thing, not of a
// person: "the Harbour Lights", "on Evening Review".
var thingBefore = wordlist.New(map[string]bool{
	"the": true, "a": true, "an": true, "on": true, "its": true, "their": true,
	"our": true,
})

// kinNouns name a relation a person has: "his daughter, Jane,".
var kinNouns = wordlist.New(map[string]bool{
	"wife": true, "husband": true, "son": true, "daughter": true, "brother": true,
	"sister": true, "mother": true, "father": true, "child": true, "grandson": true,
	"granddaughter": true, "nephew": true, "niece": true, "cousin": true,
	"partner": true, "widow": true, "widower": true, "fiancé": true, "fiancée": true,
	"boyfriend": true, "girlfriend": true, "stepson": true, "stepdaughter": true,
})

// kinBefore reports whether a kin noun and a comma stand right before
// toks[i]: "a daughter, Jane, who".
func kinBefore(toks []token, i int) bool {
	return i >= 2 && toks[i-1].text == "," && toks[i-2].word && kinNouns.Get(toks[i-2].low)
}

// appositiveTitle reports whether toks[k] is a title said of a name before
// it ("Jane Roe, Professor of Law"), not one opening the next name
// ("Harbour Hill, Mr. Roe").
func appositiveTitle(toks []token, k int) bool {
	return toks[k].title && (k+1 >= len(toks) || !nameWord(toks[k+1]) || toks[k+1].title)
}
