package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// bylineBy matches a byline such as "By Jane Doe" or "BY JANE DOE AND JOHN
// ROE | Updated ...", capturing the names.
var bylineBy = regexp.MustCompile(`^(?i:by)\s*:?\s+(?P<names>[\p{Lu}][\p{L}'’.\-]*(?:\s+(?:[\p{Lu}][\p{L}'’.\-]*|(?i:and|de|da|van|von|der|del|la|le|bin|al-)|&|,))*)`)

// bylineRole matches a name followed by a newsroom role: "Jane Doe, Staff
// Writer", "Tom Doe, AP Auto Writer".
var bylineRole = regexp.MustCompile(`^(?P<names>[\p{Lu}][\p{L}'’.\-]*(?:\s+[\p{Lu}][\p{L}'’.\-]*){1,3}),\s+(?P<role>(?:[\p{L}]+\s+){0,3}(?i:writer|reporter|correspondent|editor|staff|columnist|contributor|journalist))\b`)

// bylineMaxWords is the longest line taken for a byline.
const bylineMaxWords = 16

// parseByline returns the names a byline line credits and whether the line
// is a byline.
func parseByline(s string) (names string, ok bool) {
	if len(strings.Fields(s)) > bylineMaxWords {
		return "", false
	}
	if m := bylineBy.FindStringSubmatch(s); m != nil {
		names = strings.Trim(m[1], " ,&")
		names = trimNameTail(strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(names, " and"), " And")))
		return names, names != ""
	}
	if m := bylineRole.FindStringSubmatch(s); m != nil {
		return m[1], true
	}
	return "", false
}

// trimNameTail cuts a month name or a weekday glued after the names, as in
// "Jane Doe November 19, 2019".
func trimNameTail(names string) string {
	words := strings.Fields(names)
	for i, w := range words {
		lw := strings.ToLower(strings.Trim(w, ".,"))
		if months[lw] != 0 || weekdays[lw] || stampTerms[lw] || stopWords[lw] && i > 0 && lw != "and" {
			words = words[:i]
			break
		}
	}
	return strings.TrimRight(strings.Join(words, " "), " ,&")
}

var stampTerms = toSet(`updated published posted modified`)

var weekdays = toSet(`monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun`)

// roleWords are the last words of a newsroom role: "Arts Editor",
// "Music critic", "Regional Affairs Correspondent".
var roleWords = toSet(`correspondent correspondents editor editors reporter reporters writer writers
critic columnist contributor journalist journalists staff producer photographer commentator reviewer
analyst bureau desk team`)

// roleMaxWords is the longest role line.
const roleMaxWords = 5

// roleLine reports whether s is a role alone, as printed under a byline.
func roleLine(s string) bool {
	f := strings.Fields(strings.TrimRight(s, ".,"))
	if len(f) == 0 || len(f) > roleMaxWords {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f[0])
	return unicode.IsUpper(r) && roleWords[strings.ToLower(f[len(f)-1])]
}

// Names on a line of their own: two to four words, each capitalised, a
// few lower-case particles allowed ("Anna van Dijk").
const (
	nameMinWords = 2
	nameMaxWords = 4
)

var nameParticles = toSet(`de da del della der van von den le la du bin al di dos das`)

// nameLine reports whether s is a name alone: a person's or, as wire
// copy credits, an agency's.
func nameLine(s string) bool {
	f := strings.Fields(s)
	if len(f) < nameMinWords || len(f) > nameMaxWords || roleLine(s) {
		return false
	}
	for i, w := range f {
		lw := strings.ToLower(w)
		if nameParticles[lw] && i > 0 && i < len(f)-1 {
			continue
		}
		if stopWords[lw] || months[lw] != 0 || weekdays[lw] {
			return false
		}
		for j, r := range w {
			switch {
			case j == 0 && !unicode.IsUpper(r):
				return false
			case !unicode.IsLetter(r) && !strings.ContainsRune(".-'’", r):
				return false
			}
		}
	}
	return true
}

// isBylineLine reports whether s is a byline.
func isBylineLine(s string) bool {
	_, ok := parseByline(s)
	return ok
}
