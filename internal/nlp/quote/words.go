package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// cueVerbs introduce or follow a quotation and name who spoke.
var cueVerbs = toSet(`said says say told tells tell wrote writes write added adds
noted notes insisted insists asked asks declared declares explained explains
stated states argued argues warned warns posited continued continues replied
replies recalled recalls acknowledged acknowledges admitted admits claimed claims
conceded concedes confirmed confirms maintained maintains observed observes
remarked remarks suggested suggests testified testifies tweeted tweets announced
announces cautioned cautions complained complains concluded concludes emphasized
emphasised emphasizes stressed stresses urged urges quipped joked predicted
predicts promised promises responded responds agreed agrees asserted asserts
contended contends countered counters exclaimed shouted whispered mused
answered answers reported reports reiterated reiterates boasted vowed vows pleaded
according`)

// otherSubjects stand for a speaker no name can be given to.
var otherSubjects = toSet(`they we i you it one officials official spokesman
spokeswoman spokesperson sources source people critics analysts experts witnesses
residents observers aides diplomats lawmakers`)

// clauseOpeners start the writer's own clause after a quotation, not an
// attribution.
var clauseOpeners = toSet(`and but or nor which who whom that while because as
so yet if when where although though than to`)

// determiners before a quoted phrase make it a term ("the “open door”
// policy") when a common word follows.
var determiners = toSet(`the a an this that these those its their his her our
your my so-called`)

func toSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// word is one word of a paragraph with its byte offsets.
type word struct {
	text       string
	start, end int
}

// wordsIn returns the words of p[from:to], letters and digits joined by
// apostrophes, hyphens and periods.
func wordsIn(p string, from, to int) []word {
	var out []word
	for i := from; i < to; {
		r, size := utf8.DecodeRuneInString(p[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += size
			continue
		}
		j := i + size
		for j < to {
			r2, s2 := utf8.DecodeRuneInString(p[j:])
			if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
				j += s2
				continue
			}
			if (r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '.') && j+s2 < to {
				r3, _ := utf8.DecodeRuneInString(p[j+s2:])
				if unicode.IsLetter(r3) || unicode.IsDigit(r3) {
					j += s2
					continue
				}
			}
			break
		}
		out = append(out, word{text: p[i:j], start: i, end: j})
		i = j
	}
	return out
}

// countWords counts the words of s.
func countWords(s string) int { return len(wordsIn(s, 0, len(s))) }

// abbrevs end with a period that does not end a sentence.
var abbrevs = toSet(`mr mrs ms dr st sen rep gov gen lt col capt sgt maj adm prof
rev jr sr inc corp co ltd mt ft no vs jan feb mar apr jun jul aug sep sept oct
nov dec`)

// sentenceEnd reports whether the punctuation at p[i] ends a sentence: a
// period, question or exclamation mark followed by a space, a closing
// quotation mark or the end, and not closing an abbreviation or initial.
func sentenceEnd(p string, i int) bool {
	c := p[i]
	if c != '.' && c != '!' && c != '?' {
		return false
	}
	if i+1 < len(p) {
		next, _ := utf8.DecodeRuneInString(p[i+1:])
		if !unicode.IsSpace(next) && !isDouble(next) && next != '’' && next != '\'' && next != ')' {
			return false
		}
	}
	if c != '.' {
		return true
	}
	j := i
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(p[:j])
		if !unicode.IsLetter(r) {
			break
		}
		j -= size
	}
	w := p[j:i]
	if utf8.RuneCountInString(w) == 1 && unicode.IsUpper(rune(w[0])) {
		return false // an initial
	}
	if j > 0 && p[j-1] == '.' {
		return false // "U.S."
	}
	return !abbrevs[strings.ToLower(w)]
}

// terminal reports whether a quotation's text ends a sentence.
func terminal(text string) bool {
	t := strings.TrimRight(text, " ’'\"”)…")
	if t == "" {
		return false
	}
	c := t[len(t)-1]
	return c == '.' || c == '!' || c == '?'
}
