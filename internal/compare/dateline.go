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
	cut, sepLen := datelineCut(s)
	if cut < 0 {
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

// maxDateline is the furthest a dateline separator may stand.
const maxDateline = 80

// datelineCut returns where the first dateline separator in s stands
// and its length, or -1 when none stands within maxDateline bytes. A
// separator that opens s counts nowhere in it, as the first place
// strings.Index finds is the one that counts.
func datelineCut(s string) (int, int) {
	var opens [8]bool // datelineSeparators[k] opens s
	for k, sep := range datelineSeparators {
		opens[k] = strings.HasPrefix(s, sep)
	}
	for i := 1; i <= maxDateline && i+1 < len(s); i++ {
		// Every separator opens with a space before a dash, or a colon
		// before a space.
		if c, next := s[i], s[i+1]; !(c == ' ' && (next == '-' || next == 0xE2) || c == ':' && next == ' ') {
			continue
		}
		for k, sep := range datelineSeparators {
			if !opens[k] && strings.HasPrefix(s[i:], sep) {
				return i, len(sep)
			}
		}
	}
	return -1, 0
}

func hasMonth(words []string) bool {
	for _, w := range words {
		if monthNumber(strings.ToLower(strings.Trim(w, ",."))) > 0 {
			return true
		}
	}
	return false
}
