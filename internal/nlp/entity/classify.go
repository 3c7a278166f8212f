package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfold/newsfold/internal/news"

	"github.com/newsfold/newsfold/internal/nlp/wordlist"
)

// isAcronym reports whether w is written in capitals: "MEK", "U.S.".
func isAcronym(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r == '.' || r == '&':
		default:
			return false
		}
	}
	return letters >= 2
}

// newCandidate types the name toks[i:j] by its own words and its
// surroundings.
func newCandidate(para int, p string, toks []token, i, j int, lowerSeen *wordSet) candidate {
	c := candidate{para: para, start: int(toks[i].start), end: int(toks[j-1].end), surfStart: int(toks[i].start)}
	c.text = p[c.start:c.end]
	c.words = make([]string, 0, j-i)
	for k := i; k < j; k++ {
		t := toks[k]
		w := t.text
		if nick, end, ok := nicknameWord(p, toks, k, j); ok {
			w, k = nick, end // Jane "Jo" Roe: the nickname is one word
		} else if t.poss && k < j-1 {
			w = p[t.start:toks[k+1].start] // "Fishermen's", kept inside a name
			for len(w) > 0 && (w[len(w)-1] == ' ') {
				w = w[:len(w)-1]
			}
		}
		c.words = append(c.words, w)
	}
	c.doubtful = j-i == 1 && toks[i].sentStart
	c.typ = nameType(toks, i, j, lowerSeen)
	if c.doubtful && dateline(toks, i) {
		// A dateline's place: "KARLSTAD, March 3 –".
		c.words[0] = titleWord(c.words[0])
		c.doubtful, c.placeHint = false, true
		if c.typ == news.Org {
			c.typ = ""
		}
	}
	if i > 0 && toks[i-1].word {
		prev := toks[i-1].text
		switch prev {
		case "in", "near", "across", "outside", "inside", "toward", "towards":
			c.placeHint, c.strongPlace = true, true
		case "from", "to", "at", "into":
			c.placeHint = true
		}
		if lex.roles.Get(toks[i-1].low) {
			c.role = toks[i-1].low
		}
	}
	if j < len(toks) && toks[j].word && !toks[j].upper {
		next := toks[j].text
		if personVerbs.Get(next) {
			c.personHint = true
			c.speaks = next != "who" && next != "himself" && next != "herself"
		}
		if outletWords.Get(next) {
			c.orgHint = true
		}
	}
	if c.role == "" {
		c.role = appositiveRole(toks, j)
	}
	if kinBefore(toks, i) || leaderOf(toks, i, j) {
		c.personHint = true
	}
	if j-i >= 2 {
		c.thingHint = thingContext(toks, i, j)
	} else {
		c.afterThe = i > 0 && toks[i-1].low == "the" && !c.personHint
	}
	if !c.personHint && j-i >= 2 && contextSaysPerson(toks, i, j) {
		c.personContext = true
	}
	return c
}

// leaderOf reports whether the one-word name toks[i:j] is written as the
// leader a government is named after: "the Roe administration", "the Roe
// presidency". Party names ("the Labour administration") are demonyms,
// which never reach here.
func leaderOf(toks []token, i, j int) bool {
	if j-i != 1 || i == 0 || toks[i-1].low != "the" || j >= len(toks) || !toks[j].word || toks[j].upper {
		return false
	}
	return toks[j].low == "administration" || toks[j].low == "presidency"
}

// appositiveRole reads a role given after a name: ", the ambassador to ...".
func appositiveRole(toks []token, j int) string {
	if j+1 >= len(toks) || toks[j].text != "," {
		return ""
	}
	k := j + 1
	switch toks[k].text {
	case "the", "a", "an", "then":
		k++
	default:
		return ""
	}
	for n := 0; n < 5 && k < len(toks) && toks[k].word; n, k = n+1, k+1 {
		if lw := toks[k].low; lex.roles.Get(lw) {
			return lw
		}
	}
	return ""
}

// personVerbs follow a person's name more than another kind of name.
var personVerbs = wordlist.New(map[string]bool{
	"said": true, "says": true, "told": true, "wrote": true, "writes": true,
	"added": true, "asked": true, "argued": true, "insisted": true, "noted": true,
	"explained": true, "recalled": true, "believes": true, "thinks": true,
	"thought": true, "who": true, "himself": true, "herself": true, "declared": true,
	"testified": true, "tweeted": true, "replied": true, "warned": true,
})

// outletWords follow an organisation's name: "ABC television".
var outletWords = wordlist.New(map[string]bool{
	"magazine": true, "newspaper": true, "television": true, "daily": true,
	"weekly": true, "radio": true, "network": true, "channel": true,
	"agency": true, "company": true, "group": true, "party": true,
	"paper": true, "website": true, "firm": true, "organization": true,
	"organisation": true, "movement": true, "militia": true, "bank": true,
})

// nameType types a name by its words alone; "" when they do not say.
func nameType(toks []token, i, j int, lowerSeen *wordSet) news.EntityType {
	last := toks[j-1].low
	switch {
	case lex.notEntityCues.Get(last):
		return "-"
	case runHasCue(toks, i, j, lex.orgCues):
		return news.Org
	case placeLen(toks, i, j) == j-i:
		return news.Place
	case j-i >= 2 && lex.placeCues.Get(last):
		return news.Place
	case j-i == 1 && isAcronym(toks[i].text):
		return news.Org
	case lex.eventHeads.Get(toks[i].low):
		return "-"
	case j-i >= 2 && lex.placeHeads.Get(toks[i].low):
		return news.Place // "West Hartford", "San Mateo"
	case j-i >= 2 && allCapitals(toks[i:j]):
		return "-" // a phrase set in capitals: "QUEEN OF RAGE"
	}
	// Only titles and their modifiers: "Foreign Minister".
	allTitle := true
	for _, t := range toks[i:j] {
		lw := t.low
		if !isTitle(lw) && !lex.titleMods.Get(lw) && !lex.isDemonym(lw) && !connectors.Get(lw) {
			allTitle = false
			break
		}
	}
	if allTitle {
		return "-"
	}
	if j-i >= 2 {
		if lex.firstNames.Get(toks[i].low) != Unknown {
			return news.Person
		}
		for _, t := range toks[i:j] {
			if isAcronym(t.text) && !strings.Contains(t.text, ".") {
				return news.Org // "Senate GOP": people's names are not set in capitals
			}
		}
		for _, t := range toks[i:j] {
			if lw := t.low; lowerSeen.has(lw) && !connectors.Get(lw) {
				return "-" // common words set in title case, not a name
			}
		}
		for _, t := range toks[i+1 : j-1] {
			if len(t.text) == 2 && t.text[1] == '.' {
				return news.Person // a middle initial
			}
		}
		for _, t := range toks[i+1 : j-1] {
			if t.text == "of" {
				return news.Org // "Friends of the Earth": not a person's name
			}
		}
	}
	return ""
}

// titleWord writes a word set in capitals with only its first letter so:
// "KARLSTAD" -> "Karlstad".
func titleWord(w string) string {
	r := []rune(strings.ToLower(w))
	if len(r) > 0 {
		r[0] = unicode.ToUpper(r[0])
	}
	return string(r)
}

// allCapitals reports whether every word of a run is set in capitals.
func allCapitals(toks []token) bool {
	for _, t := range toks {
		if !isAcronym(t.text) && !(t.word && isUpperCase(t.text) && len(t.text) > 1) {
			return false
		}
	}
	return true
}

// isUpperCase reports whether strings.ToUpper(w) == w, without making the
// upper-case copy: every rune is its own upper case, and no byte is
// outside UTF-8 (ToUpper would replace it).
func isUpperCase(w string) bool {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if c >= 'a' && c <= 'z' {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		if r == utf8.RuneError && size == 1 || unicode.ToUpper(r) != r {
			return false
		}
		i += size
	}
	return true
}

// hasWord reports whether one of toks is the word w.
func hasWord(toks []token, w string) bool {
	for _, t := range toks {
		if t.text == w {
			return true
		}
	}
	return false
}

// thingContext reports whether the name toks[i:j] is written as a thing's:
// after an article or "on" ("the Harbour Lights"), set alone in quotation
// marks (a work's title: "Harbour Lights"), or with "the" inside it ("Face
// the Tide").
func thingContext(toks []token, i, j int) bool {
	if hasWord(toks[i+1:j-1], "the") {
		return true
	}
	quoted := i > 0 && isQuoteMark(toks[i-1].text) && j < len(toks) && isQuoteMark(toks[j].text)
	if quoted {
		return true
	}
	return i > 0 && toks[i-1].word && thingBefore.Get(toks[i-1].low)
}

// isQuoteMark reports whether s is a quotation mark.
func isQuoteMark(s string) bool {
	switch s {
	case "\"", "“", "”", "‘", "’":
		return true
	}
	return false
}
