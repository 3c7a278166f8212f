package entity

import (
	"strings"

	"github.com/newsfold/newsfold/internal/news"
	"github.com/newsfold/newsfold/internal/nlp/wordlist"
)

// candidate is one capitalised name found in a paragraph, with what its
// words and surroundings say about its type.
type candidate struct {
	para          int
	start, end    int    // byte offsets of the name, titles left out
	surfStart     int    // start of the name with a title written against it
	text          string // the name as written
	titled        string // the name with its title ("Mr. Roe"), "" when none
	words         []string
	joined        string          // words joined by spaces: the key entities are grouped by
	typ           news.EntityType // "" when the name alone does not say
	title         string          // lower-case head title ("mr", "spokesman"), "" when none
	role          string          // lower-case role noun said of the person, "" when none
	doubtful      bool            // one word that may be capitalised only for standing first
	personHint    bool            // followed by a verb a person does (said, told, wrote ...)
	speaks        bool            // followed by a speech verb (said, told, wrote ...)
	thingHint     bool            // written as a thing's name: after "the" or "on", or holding "the"
	personContext bool            // said of a person by the words around it ("said Jane Roe", "Jane Roe, 52,", a pronoun after it)
	placeHint     bool            // after "in", "from", "to" ...
	strongPlace   bool            // after "in", "near", "outside" ..., which come before places more than people
	orgHint       bool            // followed by "magazine", "newspaper" ...
	afterThe      bool            // one word after "the", as a thing's name is written ("the Hill")
}

func (c *candidate) key() string {
	if c.joined == "" {
		c.joined = strings.Join(c.words, " ")
	}
	return c.joined
}

// connectors are lower-case words that may stand inside a name between
// capitalised words ("University of Chicago", "Osama bin Laden").
var connectors = wordlist.New(map[string]bool{
	"of": true, "the": true, "de": true, "da": true, "di": true, "du": true,
	"van": true, "von": true, "der": true, "den": true, "bin": true, "ibn": true,
	"al": true, "el": true, "la": true, "le": true, "del": true, "dos": true,
})

// chunk appends the candidate names of one paragraph to dst. lowerSeen
// holds the words the article writes in lower case, to tell a capitalised
// common word that opens a sentence from a name.
func chunk(dst []candidate, para int, p string, toks []token, lowerSeen *wordSet) []candidate {
	base := len(dst)
	out := dst
	for i := 0; i < len(toks); {
		if !startsName(toks, i) {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) && (!toks[j-1].poss || possessiveOrg(toks, j)) {
			if continuesName(toks, j) {
				j++
				continue
			}
			if k := orgAnd(toks, j); k > j {
				j = k // "Oversight and Government Reform Committee"
				continue
			}
			if k := nicknameEnd(toks, j); k > j {
				j = k // Jane "Jo" Roe
				continue
			}
			if toks[j].word && (connectors.Get(toks[j].text) || orgConnector(toks, j)) {
				k := j
				for k < len(toks) && toks[k].word && (connectors.Get(toks[k].text) || orgConnector(toks, k)) && k-j < 2 {
					k++
				}
				if k < len(toks) && continuesName(toks, k) {
					j = k + 1
					continue
				}
			}
			break
		}
		if k := caseNameEnd(toks, j); k > j {
			i = k // "Roe v. Wade" names a court case, not two people
			continue
		}
		out = splitRun(out, para, p, toks, i, j, lowerSeen)
		i = j
	}
	coordinate(out[base:], p)
	return out
}

// coordinate gives a name the words alone do not type the type of an
// organisation it is listed with: "Harbour Trust, Velmar Bank and Oskin
// Brothers" are three firms.
func coordinate(cands []candidate, p string) {
	for k := 1; k < len(cands); k++ {
		a, b := &cands[k-1], &cands[k]
		if !listed(p[a.end:b.surfStart]) {
			continue
		}
		switch {
		case a.typ == news.Org && untypedThing(b):
			b.orgHint = true
		case b.typ == news.Org && untypedThing(a):
			a.orgHint = true
		}
	}
}

// listed reports whether the text between two names joins them in a list.
func listed(between string) bool {
	switch between {
	case ", ", " and ", ", and ", " & ", " or ", ", or ":
		return true
	}
	return false
}

// untypedThing reports whether nothing about a name of several words says
// what it is, person or other.
func untypedThing(c *candidate) bool {
	return c.typ == "" && len(c.words) >= 2 && !c.personHint && !c.personContext && c.role == "" && c.title == ""
}

// caseNameEnd returns where a court case's name ends when the name that
// ends at toks[j] is followed by "v." or "vs." and another name; j when it
// is not.
func caseNameEnd(toks []token, j int) int {
	if j >= len(toks) || (toks[j].low != "v" && toks[j].low != "vs") || toks[j].upper {
		return j
	}
	k := j + 1
	if k < len(toks) && toks[k].text == "." {
		k++
	}
	if k >= len(toks) || !nameWord(toks[k]) {
		return j
	}
	for k < len(toks) && nameWord(toks[k]) {
		k++
	}
	return k
}

// nameWord reports whether a token can stand in a name: a capitalised word
// that is not a month or weekday, or a particle such as "al-Hakim".
func nameWord(t token) bool { return t.name }

// isNameWord decides token.name.
func isNameWord(t *token) bool {
	if !t.word {
		return false
	}
	hyphen := t.joined && strings.IndexByte(t.text, '-') >= 0
	if !t.upper {
		if !hyphen {
			return false // every prefix below ends in a hyphen
		}
		for _, pre := range [...]string{"al-", "el-", "ad-", "as-", "an-", "bin-"} {
			if len(t.text) > len(pre) && strings.HasPrefix(t.text, pre) {
				c := t.text[len(pre)]
				return c >= 'A' && c <= 'Z'
			}
		}
		return false
	}
	lw := t.low
	if lex.months.Get(lw) || t.joined && isContraction(lw) {
		return false
	}
	if hyphen || t.joined && strings.Contains(t.text, "‐") {
		// "U.S.-Iranian", "Baghdad-based", "Shia-Sunni" are adjectives.
		for _, part := range strings.FieldsFunc(t.text, func(r rune) bool { return r == '-' || r == '‐' }) {
			pl := strings.ToLower(part)
			if part == "" || part[0] < 'A' || part[0] > 'Z' || lex.isDemonym(pl) || lex.places.Get(pl) != "" {
				return false
			}
		}
	}
	return true
}

// isContraction reports whether a word is a contraction ("Don't", "We'll").
func isContraction(w string) bool {
	if strings.IndexByte(w, '\'') < 0 && !strings.Contains(w, "’") {
		return false
	}
	w = strings.ReplaceAll(w, "’", "'")
	for _, end := range [...]string{"n't", "'ll", "'re", "'ve", "'m", "'d"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

func startsName(toks []token, i int) bool { return nameWord(toks[i]) }

func continuesName(toks []token, j int) bool {
	return nameWord(toks[j])
}

// orgConnector reports whether toks[k] is a "for" or "on" that goes on
// with an organisation's name after its cue word ("Center for ...",
// "Council on ...").
func orgConnector(toks []token, k int) bool {
	return k > 0 && (toks[k].text == "for" || toks[k].text == "on") && lex.orgCues.Get(toks[k-1].low) && toks[k-1].upper
}

// orgAnd returns where an organisation's name that goes on through "and"
// or "&" at toks[j] ends: the words after it must end with an organisation
// cue word ("Oversight and Government Reform Committee", "Nursing & Health
// Studies School"); j when they do not.
func orgAnd(toks []token, j int) int {
	if j+1 >= len(toks) || (toks[j].text != "and" && toks[j].text != "&") || !nameWord(toks[j-1]) {
		return j
	}
	// Before "and" stands a name's inner word, not a name of its own: an
	// organisation ("House and Senate"), a body in capitals ("FBI and
	// Justice Department") or a people ("Greens and Farmers Party").
	if before := toks[j-1]; lex.orgCues.Get(before.low) || isAcronym(before.text) || lex.isDemonym(before.low) {
		return j
	}
	k := j + 1
	for k < len(toks) && k <= j+4 && nameWord(toks[k]) {
		k++
	}
	if k == j+1 || !lex.orgCues.Get(toks[k-1].low) || (k < len(toks) && nameWord(toks[k])) {
		return j
	}
	return k
}
