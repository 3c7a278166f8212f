// Package textnorm holds the small text normalisations several stages
// share. It takes and gives strings and imports nothing of newsfold's.
package textnorm

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Collapse trims s and turns every run of white space in it into one
// space. A string already in that form is returned as it is, without
// allocating.
func Collapse(s string) string {
	if isCollapsed(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// isCollapsed reports whether s has no white space but single ASCII
// spaces between words.
func isCollapsed(s string) bool {
	prevSpace := true // a space at the start is not allowed
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch c {
			case ' ':
				if prevSpace {
					return false
				}
				prevSpace = true
			case '\t', '\n', '\v', '\f', '\r':
				return false
			default:
				prevSpace = false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return false
		}
		prevSpace = false
		i += size
	}
	return !prevSpace || s == ""
}
