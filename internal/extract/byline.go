package extract

import (
	"regexp"
	"strings"
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

// isBylineLine reports whether s is a byline.
func isBylineLine(s string) bool {
	_, ok := parseByline(s)
	return ok
}
