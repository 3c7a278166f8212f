package compare

import (
	"strings"
	"unicode"
)

// datelineSeparators end a dateline: "WASHINGTON, Nov 28 (AFP) – ".
var datelineSeparators = []string{" -- ", " – ", " — ", " - ", ": "}

// stripDateline removes a dateline that opens a sentence ("NEW YORK,
// Nov 28: ", "Paris, 3 May 2004 (Agency) -- "): a short run of capitalised
// words or figures, holding a word in capitals, an agency in brackets or a
// date, before a dash or colon and a capitalised sentence.
func stripDateline(s string) string {
	cut, sepLen := -1, 0
	for _, sep := range datelineSeparators {
		if i := strings.Index(s, sep); i > 0 && (cut < 0 || i < cut) {
			cut, sepLen = i, len(sep)
		}
	}
	if cut < 0 || cut > 80 {
		return s
	}
	prefix, rest := s[:cut], strings.TrimSpace(s[cut+sepLen:])
	if !startsUpper(rest) && !unicode.IsDigit(firstRune(rest)) {
		return s
	}
	marked := false
	// An agency in brackets: "(Valley Wire)".
	if open := strings.IndexByte(prefix, '('); open >= 0 {
		end := strings.IndexByte(prefix[open:], ')')
		if end < 0 || open+end != len(strings.TrimSpace(prefix))-1 || len(strings.Fields(prefix[open:open+end])) > 4 {
			return s
		}
		prefix, marked = prefix[:open], true
	}
	words := strings.Fields(prefix)
	if len(words) == 0 || len(words) > 8 {
		return s
	}
	for _, w := range words {
		w = strings.Trim(w, ",")
		r := firstRune(w)
		switch {
		case unicode.IsDigit(r):
			marked = marked || monthNumber(strings.ToLower(strings.Trim(words[0], ","))) > 0 || hasMonth(words)
		case unicode.IsUpper(r):
			if len(w) >= 3 && strings.ToUpper(w) == w {
				marked = true
			}
		default:
			return s
		}
	}
	if !marked || rest == "" {
		return s
	}
	return rest
}

func hasMonth(words []string) bool {
	for _, w := range words {
		if monthNumber(strings.ToLower(strings.Trim(w, ",."))) > 0 {
			return true
		}
	}
	return false
}
