package feed

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// plainText turns feed text, which may be HTML or carry entities (often
// escaped once more than it should be), into one line of plain text.
func plainText(s string) string {
	if strings.ContainsAny(s, "<&") {
		s = htmlText(s)
	}
	return collapseSpace(s)
}

// htmlText returns the text of an HTML fragment, entities decoded, the
// contents of scripts and styles left out, tags read as spaces.
func htmlText(s string) string {
	z := html.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	skip := 0 // inside script or style
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		case html.StartTagToken:
			name, _ := z.TagName()
			if isHidden(name) {
				skip++
			}
			b.WriteByte(' ')
		case html.EndTagToken:
			name, _ := z.TagName()
			if isHidden(name) && skip > 0 {
				skip--
			}
			b.WriteByte(' ')
		case html.SelfClosingTagToken:
			b.WriteByte(' ')
		}
	}
}

func isHidden(tag []byte) bool {
	switch string(tag) {
	case "script", "style", "template", "noscript":
		return true
	}
	return false
}

// collapseSpace makes s valid UTF-8, drops control characters and turns
// each run of white space into one space, trimmed at both ends.
func collapseSpace(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case unicode.IsControl(r), r == '\uFEFF':
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// shorten cuts s to at most about limit bytes, at a word boundary when one
// is near, marking the cut with an ellipsis.
func shorten(s string, limit int) string {
	if len(s) <= limit {
		return s
	}
	cut := limit
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	if sp := strings.LastIndexByte(s[:cut], ' '); sp > limit*3/4 {
		cut = sp
	}
	return strings.TrimRight(s[:cut], " ") + "…"
}
