package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// findByline returns the byline standing near the start of the body and
// the indices of its lines (the names and a role line under them), or
// nil. A lone "By" followed by the names on the next line counts, and so
// does a line of a name alone after the headline when a role ("Arts
// Editor") or a date stamp stands beside it.
func findByline(ls []line, start, end, titleAt int) (names string, at []int) {
	for i := max(0, start-titleWindow); i < min(len(ls), start+3, end); i++ {
		t := ls[i].text
		if strings.EqualFold(strings.TrimSpace(t), "by") && i+1 < len(ls) {
			if n, ok := parseByline("By " + ls[i+1].text); ok {
				return n, withRole(ls, i+1, i, i+1)
			}
			continue
		}
		if n, ok := parseByline(t); ok {
			return n, withRole(ls, i, i)
		}
		if i > titleAt && titleAt >= 0 && ls[i].repeats == 1 && nameLine(ls[i].text) && besideByline(ls, i) {
			return ls[i].text, withRole(ls, i, i)
		}
	}
	return "", nil
}

// withRole returns the byline's lines, at, with the line after the names
// at i added when it gives the writer's role.
func withRole(ls []line, i int, at ...int) []int {
	if i+1 < len(ls) && roleLine(ls[i+1].text) {
		at = append(at, i+1)
	}
	return at
}

// besideByline reports whether the name on line i stands where a byline
// does: above a role line, or beside a date stamp.
func besideByline(ls []line, i int) bool {
	return i+1 < len(ls) && (roleLine(ls[i+1].text) || isStampLine(ls[i+1].text)) ||
		i > 0 && isStampLine(ls[i-1].text)
}

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
