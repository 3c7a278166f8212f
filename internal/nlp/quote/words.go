package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfold/newsfold/internal/nlp/wordlist"
)

// cueVerbs introduce or follow a quotation and name who spoke.
var cueVerbs = wordlist.NewSet(`said says say told tells tell wrote writes write added adds
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
labeled labelled dubbed branded termed according saying adding noting calling
claiming writing telling warning arguing insisting explaining declaring
criticized criticised criticizing called retorted tweeting stating`)

// prepositions after a quoted phrase show that it is not a term naming a
// thing (the “open door” policy), but words set inside a sentence.
var prepositions = wordlist.NewSet(`in on at by for from of with into about after before
over under since until during across against`)

// otherSubjects stand for a speaker no name can be given to.
var otherSubjects = wordlist.NewSet(`they we i you it one officials official spokesman
spokeswoman spokesperson sources source people critics analysts experts witnesses
residents observers aides diplomats lawmakers`)

// clauseOpeners start the writer's own clause after a quotation, not an
// attribution.
var clauseOpeners = wordlist.NewSet(`and but or nor which who whom that while because as
so yet if when where although though than to`)

// determiners before a quoted phrase make it a term ("the “open door”
// policy") when a common word follows.
var determiners = wordlist.NewSet(`the a an this that these those its their his her our
your my so-called`)

// word is one word of a paragraph with its byte offsets.
type word struct {
	text       string
	start, end int
}

// wordsIn returns the words of p[from:to], letters and digits joined by
// apostrophes, hyphens and periods.
func wordsIn(p string, from, to int) []word {
	return appendWords(make([]word, 0, (to-from)/6+1), p, from, to)
}

// appendWords appends the words of p[from:to] to out, as wordsIn finds
// them. Given an array of the caller's, it finds the few words of a short
// stretch without allocating.
func appendWords(out []word, p string, from, to int) []word {
	for i := from; ; {
		b, e := nextWord(p, i, to)
		if b < 0 {
			return out
		}
		out = append(out, word{text: p[b:e], start: b, end: e})
		i = e
	}
}

// countWords counts the words of s.
func countWords(s string) int {
	n := 0
	for i := 0; ; n++ {
		b, e := nextWord(s, i, len(s))
		if b < 0 {
			return n
		}
		i = e
	}
}

// countUpTo is min(countWords(s), limit), reading no further than the
// word that reaches the limit.
func countUpTo(s string, limit int) int {
	n := 0
	for i := 0; n < limit; n++ {
		b, e := nextWord(s, i, len(s))
		if b < 0 {
			return n
		}
		i = e
	}
	return n
}

// nextWord finds the first word of p[from:to] and returns its bounds, or
// -1, -1 when there is none.
func nextWord(p string, from, to int) (int, int) {
	i := from
	for i < to {
		c := p[i]
		if isASCIIAlnum(c) {
			break
		}
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(p[i:to])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		i += size
	}
	if i >= to {
		return -1, -1
	}
	j := i
	for j < to {
		c := p[j]
		if isASCIIAlnum(c) {
			j++
			continue
		}
		if c < utf8.RuneSelf && c != '\'' && c != '-' && c != '.' {
			break // a space or a mark that joins nothing
		}
		r, size := utf8.DecodeRuneInString(p[j:to])
		if c >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			j += size
			continue
		}
		if (r == '\'' || r == '’' || r == '-' || r == '.') && j+size < to {
			r3, _ := utf8.DecodeRuneInString(p[j+size : to])
			if unicode.IsLetter(r3) || unicode.IsDigit(r3) {
				j += size
				continue
			}
		}
		break
	}
	return i, j
}

func isASCIIAlnum(c byte) bool { return asciiAlnum[c] }

// asciiAlnum marks the bytes of ASCII letters and digits.
var asciiAlnum = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t
}()

// abbrevs end with a period that does not end a sentence.
var abbrevs = wordlist.NewSet(`mr mrs ms dr st sen rep gov gen lt col capt sgt maj adm prof
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
		if next == ')' && i+2 < len(p) && (p[i+2] == ',' || p[i+2] == ';') {
			return false // "(Ore.)," goes on
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
	return !abbrevs.HasLower(w)
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
