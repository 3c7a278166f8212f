package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfold/newsfold/internal/textnorm"
)

// SplitSentences splits English text into sentences, each with its white
// space collapsed. Blank lines always end a sentence. A full stop after a
// title (Mr., Gen.), an initial ("George W. Bush") or a month abbreviation
// before a number does not end one; after a dotted acronym ("U.S.") or a
// company suffix it does only when an ordinary sentence opener follows.
// A quotation that closes within the paragraph is kept whole, and closing
// quotes and brackets stay with the sentence they end.
func SplitSentences(text string) []string { return appendSentences(nil, text) }

// appendSentences appends the sentences of text to out.
func appendSentences(out []string, text string) []string {
	if strings.IndexByte(text, '\n') < 0 { // one line: one block, or none
		if strings.TrimSpace(text) == "" {
			return out
		}
		return splitBlock(text, out, collapse(text) == text)
	}
	for _, block := range splitBlocks(text) {
		out = splitBlock(block, out, false)
	}
	return out
}

// splitBlocks cuts text at blank lines.
func splitBlocks(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	var blocks []string
	var cur []string
	for _, line := range strings.Split(text, "\n") {
		if strings.TrimSpace(line) == "" {
			if len(cur) > 0 {
				blocks = append(blocks, strings.Join(cur, "\n"))
				cur = nil
			}
			continue
		}
		cur = append(cur, line)
	}
	if len(cur) > 0 {
		blocks = append(blocks, strings.Join(cur, "\n"))
	}
	return blocks
}

// splitBlock appends the sentences of block b to out. When b is
// collapsed already (single spaces between words, none around), so is
// every sentence cut from it at a space, and none is copied.
func splitBlock(b string, out []string, collapsed bool) []string {
	cut := collapseSentence
	if collapsed {
		cut = trimSentence
	}
	start := 0
	depth := 0 // open double quotes before i
	// Only quotation marks and terminators matter, and none of their
	// bytes stands inside another character's encoding, so the block is
	// read byte by byte.
	for i := 0; i < len(b); {
		switch c := b[i]; c {
		case '"':
			if depth > 0 {
				depth--
			} else {
				depth++
			}
			i++
			continue
		case 0xE2:
			if strings.HasPrefix(b[i:], "“") {
				depth++
			} else if strings.HasPrefix(b[i:], "”") && depth > 0 {
				depth--
			}
			i++
			continue
		case '.', '!', '?':
		default:
			i++
			continue
		}
		end, ok := sentenceEnd(b, i, depth)
		if !ok {
			i++
			continue
		}
		// Closers consumed with the terminator leave the quote.
		for _, c := range b[i:end] {
			if (c == '”' || c == '"') && depth > 0 {
				depth--
			}
		}
		if s := cut(b[start:end]); s != "" {
			out = append(out, s)
		}
		start, i = end, end
	}
	if s := cut(b[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

// collapseSentence is collapse for a sentence cut from its block: the
// white space after the previous sentence is dropped first, so that a
// sentence written with single spaces is kept as it stands rather than
// copied.
func collapseSentence(s string) string {
	return collapse(strings.TrimLeftFunc(s, unicode.IsSpace))
}

// trimSentence is collapseSentence for a sentence cut from a collapsed
// block: only the space before it needs to go.
func trimSentence(s string) string { return strings.TrimPrefix(s, " ") }

// sentenceEnd decides whether the terminator at b[i] ends a sentence and
// returns the end of the sentence (after closing quotes and brackets).
func sentenceEnd(b string, i, depth int) (int, bool) {
	j := i
	for j < len(b) && strings.IndexByte(".!?", b[j]) >= 0 {
		j++
	}
	if b[i] == '.' && (j-i >= 2 || (i > 0 && b[i-1] == '.')) {
		return 0, false // an ellipsis
	}
	for j < len(b) {
		r, size := utf8.DecodeRuneInString(b[j:])
		if !strings.ContainsRune("”\"’')]", r) {
			break
		}
		j += size
	}
	if j == len(b) {
		return j, true
	}
	r, _ := utf8.DecodeRuneInString(b[j:])
	if !unicode.IsSpace(r) {
		return 0, false
	}
	k := j
	for k < len(b) {
		r, size := utf8.DecodeRuneInString(b[k:])
		if !unicode.IsSpace(r) {
			break
		}
		k += size
	}
	if k == len(b) {
		return j, true
	}
	next, _ := utf8.DecodeRuneInString(b[k:])
	if !(unicode.IsUpper(next) || unicode.IsDigit(next) || strings.ContainsRune("“\"‘'([", next)) {
		return 0, false
	}
	if depth > 0 && !strings.ContainsAny(b[i+1:j], "”\"") && quoteClosesLater(b[j:]) {
		return 0, false
	}
	if b[i] == '.' && !periodEnds(wordBefore(b, i), nextWord(b[k:])) {
		return 0, false
	}
	if b[i] == '.' && j == i+1 && unicode.IsDigit(next) && shortFigureBefore(b, i) {
		return 0, false // a decimal point with a space after it: "a 4. 2 metre flood"
	}
	return j, true
}

// shortFigureBefore reports whether one or two digits, and no more, stand
// just before b[i]: the whole part of a decimal, where a year or a count
// ending a sentence has more.
func shortFigureBefore(b string, i int) bool {
	n := 0
	for n < 3 && i-n-1 >= 0 && b[i-n-1] >= '0' && b[i-n-1] <= '9' {
		n++
	}
	return n >= 1 && n <= 2 && (i-n-1 < 0 || !unicode.IsLetter(rune(b[i-n-1])) && b[i-n-1] != ',' && b[i-n-1] != '.')
}

// quoteClosesLater reports whether a double quote closes in rest before
// a new one opens.
func quoteClosesLater(rest string) bool {
	for _, r := range rest {
		switch r {
		case '”', '"':
			return true
		case '“':
			return false
		}
	}
	return false
}

// periodEnds decides whether a full stop after word ends the sentence,
// given the word that follows.
func periodEnds(word, next string) bool {
	lw := strings.ToLower(word)
	switch {
	case word == "":
		return true
	case titleAbbrevs[lw]:
		return false
	case utf8.RuneCountInString(word) == 1 && unicode.IsUpper([]rune(word)[0]):
		return false // an initial
	case unicode.IsDigit(firstRune(next)) && (monthAbbrevs[lw] || numberAbbrevs[lw]):
		return false
	case strings.Contains(word, ".") || monthAbbrevs[lw] || companyAbbrevs[lw]:
		return stopWords[strings.ToLower(next)]
	}
	return true
}

// wordBefore returns the run of letters and dots that ends at b[i].
func wordBefore(b string, i int) string {
	j := i
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(b[:j])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		j -= size
	}
	return strings.Trim(b[j:i], ".")
}

// nextWord returns the letters that open s, after any opening quote.
func nextWord(s string) string {
	s = strings.TrimLeft(s, "“\"‘'([")
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' })
	if end < 0 {
		return s
	}
	return s[:end]
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// collapse trims s and turns every run of white space into one space.
func collapse(s string) string {
	if collapsedAlready(s) {
		return s
	}
	return textnorm.Collapse(s)
}

// collapsedAlready reports whether s is as collapse leaves it: no white
// space but single ASCII spaces between words. It reads ASCII bytes
// alone and decodes only the lead bytes of the white space beyond ASCII.
func collapsedAlready(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' || strings.Contains(s, "  ") {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !spaceSuspects[s[i]] {
			continue
		}
		if s[i] < utf8.RuneSelf {
			return false // ASCII white space other than a space
		}
		if r, size := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
			return false
		} else {
			i += size - 1
		}
	}
	return true
}

// spaceSuspects marks the ASCII white space but the space, and the lead
// bytes of every white space character beyond ASCII.
var spaceSuspects = func() (set [256]bool) {
	for _, c := range []byte{'\t', '\n', '\v', '\f', '\r', 0xC2, 0xE1, 0xE2, 0xE3} {
		set[c] = true
	}
	return set
}()

var titleAbbrevs = toSet(`mr mrs ms dr prof gen col lt sgt capt cpl gov sen rep rev hon pres maj adm cmdr
supt insp det fr messrs mme mlle brig gens sens reps`)

var monthAbbrevs = toSet(`jan feb mar apr jun jul aug sep sept oct nov dec`)

var numberAbbrevs = toSet(`no nos vol pp p fig art sec ch`)

var companyAbbrevs = toSet(`inc co corp ltd jr sr bros plc llc st ave blvd etc vs approx dept est univ`)
