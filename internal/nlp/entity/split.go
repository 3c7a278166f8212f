package entity

import (
	"strings"

	"github.com/newsfold/newsfold/internal/news"
	"github.com/newsfold/newsfold/internal/nlp/wordlist"
)

// possessiveOrg reports whether the word after a possessive, toks[j],
// ends an organisation's name that holds it ("Fishermen's Association"),
// rather than naming something the possessor has ("Roe's Labour Party").
func possessiveOrg(toks []token, j int) bool {
	return j < len(toks) && nameWord(toks[j]) && lex.orgCues.Get(toks[j].low) &&
		(j+1 >= len(toks) || !nameWord(toks[j+1]))
}

// dateline reports whether the word opening a paragraph is set in
// capitals before a comma or dash, as a dateline's place is.
func dateline(toks []token, i int) bool {
	if i != 0 || !isAcronym(toks[i].text) || i+1 >= len(toks) {
		return false
	}
	switch toks[i+1].text {
	case ",", "—", "–", "-":
		return true
	}
	return false
}

// afterTitleConnector reports whether the run at toks[i] continues a title
// through "for", "of" or "for the" ("Minister for the Arts Jane Roe").
func afterTitleConnector(toks []token, i int) bool {
	k := i - 1
	n := 0
	for k >= 0 && toks[k].word && (toks[k].text == "for" || toks[k].text == "of" || toks[k].text == "the") && n < 2 {
		k--
		n++
	}
	if n == 0 || k < 0 {
		return false
	}
	return toks[k].title || lex.titleMods.Get(toks[k].low)
}

// splitRun cuts the capitalised run toks[i:j] into names: it drops words
// that only open the sentence, parts titles from the name they stand before,
// and parts a place from a name that follows it.
func splitRun(out []candidate, para int, p string, toks []token, i, j int, lowerSeen *wordSet) []candidate {
	// Leading function words, months and demonyms are not part of a name.
	hasOrgCue := runHasCue(toks, i, j, lex.orgCues)
	for i < j && placeLen(toks, i, j) == 0 {
		lw := toks[i].low
		if lex.functionWords.Get(lw) || connectors.Get(lw) || (!hasOrgCue && lex.isDemonym(lw)) {
			i++
			continue
		}
		if toks[i].sentStart && !(toks[i].title && i+1 < j) && doubtfulWord(toks[i].text, lowerSeen) && !dateline(toks, i) {
			i++
			continue
		}
		break
	}
	// Trailing connectors, demonyms ("the Iranian") and titles with no name
	// after them ("U.S. Ambassador") are not either.
	for j > i && !toks[j-1].poss {
		lw := toks[j-1].low
		if connectors.Get(lw) || lex.isDemonym(lw) || (!hasOrgCue && j-i > 1 && isTitle(lw) && !titleAsSurname(toks, i, j-1)) {
			j--
			continue
		}
		break
	}
	// A phrase set in capitals ("THE KING OF SPIN") is a headline, not a
	// name, unless it names a place ("NEW YORK").
	if j-i >= 2 && allCapitals(toks[i:j]) && placeLen(toks, i, j) != j-i {
		return out
	}
	// A person named with a quoted nickname, Jane "Jo" Roe, is one name,
	// whatever stands before it.
	if k := nicknameAt(toks, i, j); k >= 0 {
		if k > i {
			out = splitRun(out, para, p, toks, i, k, lowerSeen)
		}
		c := newCandidate(para, p, toks, k, j, lowerSeen)
		c.typ = news.Person
		return append(out, c)
	}
	// The end of a title written before the run: "Secretary of State for
	// the Environment Jane Roe".
	if j-i >= 3 && afterTitleConnector(toks, i) {
		i++
	}
	if i >= j {
		return out
	}
	// A name and the place it is of: "Senator Jane Roe of Ohio".
	for k := i + 2; k < j-1; k++ {
		if toks[k].text != "of" || runHasCue(toks, i, k, lex.orgCues) || runHasCue(toks, i, k, lex.placeCues) {
			continue
		}
		rest := k + 1
		if toks[rest].text == "the" {
			rest++
		}
		if rest < j && (placeLen(toks, rest, j) == j-rest || runHasCue(toks, rest, j, lex.orgCues) || personOfAcronym(toks, i, k, rest, j)) {
			out = splitRun(out, para, p, toks, i, k, lowerSeen)
			return splitRun(out, para, p, toks, rest, j, lowerSeen)
		}
		if rest < j && personOfFirm(toks, i, k, rest, j) {
			// "Jane Roe of Dunmore Hale": what a named person is of is
			// where she works.
			out = splitRun(out, para, p, toks, i, k, lowerSeen)
			n := len(out)
			out = splitRun(out, para, p, toks, rest, j, lowerSeen)
			for m := n; m < len(out); m++ {
				if out[m].typ == "" {
					out[m].orgHint = true
				}
			}
			return out
		}
	}
	// A title head followed by a name: "Spokesman Sean McCormack".
	if h, nameStart := titleSplit(toks, i, j); h >= 0 {
		t := h
		for t > i && (lex.titleMods.Get(toks[t-1].low) || toks[t-1].title) {
			t--
		}
		if t > i {
			out = splitRun(out, para, p, toks, i, t, lowerSeen)
		}
		if k := firstNameStart(toks, nameStart, j); k > nameStart {
			nameStart = k // "Director of National Intelligence Jane Roe"
		}
		c := newCandidate(para, p, toks, nameStart, j, lowerSeen)
		head := toks[h].low
		c.title = head
		c.role = head
		c.surfStart = int(toks[t].start)
		c.titled = p[c.surfStart:c.end]
		c.typ = news.Person
		return append(out, c)
	}
	// Capitalised words before a common first name that starts the last
	// two or three words: "Intelligence Jane Roe".
	if k := firstNameStart(toks, i, j); k > i && !hasOrgCue {
		out = splitRun(out, para, p, toks, i, k, lowerSeen)
		return splitRun(out, para, p, toks, k, j, lowerSeen)
	}
	// An organisation before a name: "Consular Affairs Jane Roe".
	for k := j - 3; k > i; k-- {
		if lex.orgCues.Get(toks[k].low) && !ofLike(toks[k+1].text) && !runHasCue(toks, k+1, j, lex.orgCues) {
			out = splitRun(out, para, p, toks, i, k+1, lowerSeen)
			return splitRun(out, para, p, toks, k+1, j, lowerSeen)
		}
	}
	// A place before a name: "Ambassador to Ruritania Jane Roe".
	if n := placePrefix(toks, i, j); n > 0 && (j-(i+n) >= 2 || strings.HasSuffix(toks[i+n-1].text, ".")) && !hasOrgCue {
		prev := ""
		if i > 0 && toks[i-1].word {
			prev = toks[i-1].text
		}
		if prev == "to" || prev == "in" || prev == "of" || prev == "for" || prev == "from" || lex.firstNames.Get(toks[i+n].low) != Unknown || (n == 1 && strings.HasSuffix(toks[i].text, ".")) {
			out = append(out, newCandidate(para, p, toks, i, i+n, lowerSeen))
			return append(out, newCandidate(para, p, toks, i+n, j, lowerSeen))
		}
	}
	// A country's short name before an organisation: "US State Department".
	if hasOrgCue && j-i >= 3 && isAcronym(toks[i].text) && lex.places.Get(toks[i].low) != "" {
		out = append(out, newCandidate(para, p, toks, i, i+1, lowerSeen))
		i++
	}
	return append(out, newCandidate(para, p, toks, i, j, lowerSeen))
}

// titleAsSurname reports whether the title word toks[k] is a surname after
// a first name that opens the run or follows a title: "Rep. Jane King",
// "Tom Bishop".
func titleAsSurname(toks []token, i, k int) bool {
	f := k - 1
	if f < i || lex.firstNames.Get(toks[f].low) == Unknown || toks[f].title {
		return false
	}
	return f == i || toks[f-1].title
}

// doubtfulWord reports whether a capitalised word opening a sentence is
// likely a common word: one the article also writes in lower case, or one
// shaped like a verb form or adverb.
func doubtfulWord(w string, lowerSeen *wordSet) bool {
	lw := strings.ToLower(w)
	switch {
	case lex.places.Get(lw) != "" || lex.firstNames.Get(lw) != Unknown:
		return false
	case lowerSeen.has(lw) || lex.functionWords.Get(lw):
		return true
	case isAcronym(w):
		// A word set in capitals to open an article: "RECENT reports".
		return len(w) >= 6
	}
	return strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "ly")
}

// isTitle reports whether w is a title or honorific, in the singular or
// the plural ("Senators").
func isTitle(w string) bool {
	return isTitleLower(lower(w))
}

// isTitleLower is isTitle for a word already in lower case.
func isTitleLower(lw string) bool {
	if lex.titles.Has(lw) {
		return true
	}
	if len(lw) > 3 && strings.HasSuffix(lw, "s") {
		return lex.titles.Has(lw[:len(lw)-1])
	}
	return false
}

// personOfAcronym reports whether toks[i:j] is a person's name, "of" and
// an organisation set in capitals: "Jane Roe of WXRT".
func personOfAcronym(toks []token, i, k, rest, j int) bool {
	return rest == j-1 && isAcronym(toks[rest].text) && k-i >= 2 && k-i <= 3
}

// personOfFirm reports whether toks[i:j] is a person's full name, opening
// with a known first name, then "of" and a short name: "Jane Roe of Dunmore
// Hale".
func personOfFirm(toks []token, i, k, rest, j int) bool {
	return k-i >= 2 && k-i <= 3 && j-rest <= 3 && lex.firstNames.Get(toks[i].low) != Unknown && !toks[k-1].title
}

// titleSplit finds the last title head in toks[i:j] that has a name after
// it, and where that name starts; it returns -1 when there is none.
func titleSplit(toks []token, i, j int) (head, nameStart int) {
	for h := j - 2; h >= i; h-- {
		if !toks[h].title {
			continue
		}
		s := h + 1
		if toks[s].low == "of" {
			s += 2 // "Secretary of State Jane Roe"
			if s == j-1 && s-1 < j && !lex.titleMods.Get(toks[s-1].low) {
				continue // "Professor of Marine Biology" names no one
			}
		}
		if s >= j || toks[s].title || lex.titleMods.Get(toks[s].low) || allSuffixes(toks[s:j]) {
			continue
		}
		if runHasCue(toks, s, j, lex.orgCues) || runHasCue(toks, s, j, lex.notEntityCues) {
			return -1, 0
		}
		return h, s
	}
	return -1, 0
}

// placeLen returns how many words at toks[i:j]'s start name a known
// place, the whole run included.
func placeLen(toks []token, i, j int) int {
	return placeAt(toks, i, min(lex.placeWords, j-i))
}

// placePrefix returns how many words at toks[i:j]'s start name a known
// place, leaving at least one word after it.
func placePrefix(toks []token, i, j int) int {
	return placeAt(toks, i, min(lex.placeWords, j-i-1))
}

// placeAt returns the most words, up to most, at toks[i] that name a
// known place; 0 when none do.
func placeAt(toks []token, i, most int) int {
	if most <= 0 || !toks[i].word {
		return 0
	}
	if most >= 2 && lex.placeStarts.Get(toks[i].low) {
		for n := most; n >= 2; n-- {
			if lex.places.Get(placeKey(toks[i:i+n])) != "" {
				return n
			}
		}
	}
	if lex.places.Get(toks[i].low) != "" {
		return 1
	}
	return 0
}

// placeKey is the lexicon key of a run of words: lower case, one space
// between words, no final period.
func placeKey(toks []token) string {
	if len(toks) == 1 {
		return toks[0].low
	}
	return lower(joinText(toks))
}

// runHasCue reports whether a cue word stands last in toks[i:j] or before
// "of" ("University of ...").
func runHasCue(toks []token, i, j int, cues wordlist.Map[bool]) bool {
	for k := i; k < j; k++ {
		if !cues.Get(toks[k].low) {
			continue
		}
		if k == j-1 || (k+1 < j && ofLike(toks[k+1].text)) {
			return true
		}
	}
	return false
}

func joinText(toks []token) string {
	var b strings.Builder
	for k, t := range toks {
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
	}
	return b.String()
}

// nameSuffixes follow a surname: "Jr.", "III".
var nameSuffixes = wordlist.New(map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true})

func allSuffixes(toks []token) bool {
	for _, t := range toks {
		if !nameSuffixes.Get(t.low) {
			return false
		}
	}
	return len(toks) > 0
}

// firstNameStart returns where a person's name starting with a common
// first name begins inside toks[i:j], when it takes the last two or three
// words and the word before it is neither a first name nor an initial;
// -1 otherwise.
func firstNameStart(toks []token, i, j int) int {
	for k := max(i+1, j-3); k <= j-2; k++ {
		if lex.firstNames.Get(toks[k].low) == Unknown {
			continue
		}
		prev := toks[k-1]
		if lex.firstNames.Get(prev.low) != Unknown || (len(prev.text) == 2 && prev.text[1] == '.') || connectors.Get(prev.low) {
			return -1
		}
		return k
	}
	return -1
}

// ofLike words tie an organisation's cue word to the rest of its name.
func ofLike(w string) bool { return w == "of" || w == "for" || w == "on" }
