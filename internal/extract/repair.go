package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// joinMinWords is the fewest words a line needs before a line break after
// it is taken for a break inside a sentence; shorter lines are headings.
const joinMinWords = 6

// titleAbbrevs are the titles whose abbreviation never ends a sentence
// ("Mr.", "Gen."); a single capital letter ("George W.") is one too.
var titleAbbrevs = []string{"Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt", "Prof", "Rev", "St", "Hon", "Adm", "Maj", "Cpl", "Supt", "Insp", "No"}

// endsWithTitleAbbrev reports whether s ends with an abbreviation that
// never ends a sentence: an initial or a title, then a full stop, standing
// at the start of s or after white space or an opening bracket.
func endsWithTitleAbbrev(s string) bool {
	body, ok := strings.CutSuffix(s, ".")
	if !ok {
		return false
	}
	r, size := utf8.DecodeLastRuneInString(body)
	if size > 0 && unicode.IsUpper(r) && startsWord(body[:len(body)-size]) {
		return true
	}
	for _, t := range titleAbbrevs {
		if strings.HasSuffix(body, t) && startsWord(body[:len(body)-len(t)]) {
			return true
		}
	}
	return false
}

// startsWord reports whether a word may begin right after before: at the
// start of the text, or after ASCII white space or "(".
func startsWord(before string) bool {
	if before == "" {
		return true
	}
	switch before[len(before)-1] {
	case ' ', '\t', '\n', '\f', '\r', '(':
		return true
	}
	return false
}

// joinBroken joins paragraphs that a line break cut inside a sentence:
// "... President George W." + "Bush described ...", "... it would focus" +
// "on Iraq ...". It never joins a heading to the paragraph after it, nor
// a line ending a sentence to one starting another.
func joinBroken(paras []string) []string {
	out := make([]string, 0, len(paras))
	var group []string // the pieces of the paragraph being joined
	words := 0
	flush := func() {
		if len(group) > 0 {
			out = append(out, strings.Join(group, " "))
		}
		group, words = group[:0], 0
	}
	for _, p := range paras {
		if len(group) > 0 && words >= joinMinWords && continues(group[len(group)-1], p) {
			group = append(group, p)
			words += countFields(p)
			continue
		}
		flush()
		group = append(group, p)
		words = countFields(p)
	}
	flush()
	return out
}

// continues reports whether next carries on the sentence that prev, the
// end of a line of prose, breaks off.
func continues(prev, next string) bool {
	first, _ := utf8.DecodeRuneInString(next)
	if endsWithTitleAbbrev(prev) {
		return unicode.IsLetter(first)
	}
	if endsSentence(prev) {
		return false
	}
	w, ok := firstField(next)
	return ok && unicode.IsLower(first) && isWord(w)
}

// isWord reports whether s is an ordinary word, perhaps with trailing
// punctuation, and not an address, handle or code.
func isWord(s string) bool {
	s = strings.TrimRight(s, ",;:.!?)\"'’”")
	for _, r := range s {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
			return false
		}
	}
	return s != ""
}

// echoMinWords is the fewest words a paragraph needs for an immediate
// second copy of it to be dropped; short ones (table cells, list items,
// refrains) legitimately repeat.
const echoMinWords = 10

// dropEchoes drops a paragraph that repeats the one before it word for
// word, as a caption or standfirst printed twice does.
func dropEchoes(paras []string) []string {
	out := paras[:0:0]
	prev, kept := "", false
	for _, p := range paras {
		if kept && sameWords(prev, p, echoMinWords) {
			continue
		}
		prev, kept = p, true
		out = append(out, p)
	}
	return out
}

// sameWords reports whether a and b hold the same words (as tokens gives
// them), in the same order and up to case, and no fewer than least.
func sameWords(a, b string, least int) bool {
	n := 0
	i, j := 0, 0
	for {
		as, ae := nextToken(a, i)
		bs, be := nextToken(b, j)
		if as < 0 || bs < 0 {
			return as < 0 && bs < 0 && n >= least
		}
		wa, wb := a[as:ae], b[bs:be]
		if wa != wb && strings.ToLower(wa) != strings.ToLower(wb) {
			return false
		}
		n++
		i, j = ae, be
	}
}

// photoMarker matches the marker ending a photo caption glued before a
// paragraph: "(file photo)", "(Photo: Jane Doe)".
var photoMarker = regexp.MustCompile(`(?i)\((?:file |archive )?(?:photo|picture|image|pic)\b[^()]{0,60}\)\s*`)

// captionMaxWords is the longest text before a photo marker taken for a
// caption.
const captionMaxWords = 10

// stripCaption removes a short photo caption glued to the start of a
// paragraph, as in "Ambassador Doe (file photo) The ministry said ...".
func stripCaption(p string) string {
	loc := photoMarker.FindStringIndex(p)
	if loc == nil {
		return p
	}
	before := p[:loc[0]]
	if len(strings.Fields(before)) > captionMaxWords || strings.Contains(before, ". ") {
		return p
	}
	return strings.TrimSpace(p[loc[1]:])
}

// firstField returns the first white-space-separated field of s, as
// strings.Fields would, and whether there is one.
func firstField(s string) (string, bool) {
	start := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsSpace(r) })
	if start < 0 {
		return "", false
	}
	end := strings.IndexFunc(s[start:], unicode.IsSpace)
	if end < 0 {
		return s[start:], true
	}
	return s[start : start+end], true
}

// countFields is len(strings.Fields(s)) without building the fields.
func countFields(s string) int {
	n := 0
	inField := false
	for _, r := range s {
		space := unicode.IsSpace(r)
		if !space && !inField {
			n++
		}
		inField = !space
	}
	return n
}
