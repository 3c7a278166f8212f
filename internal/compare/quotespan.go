package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Quoted words the quotation finder credits to no one (a phrase an
// article puts in quotation marks inside its own sentence, such as a
// claim that a war is "a war of choice") still tie the articles that
// quote them: such bare spans join a quotation another article gives,
// and two articles' bare spans that match make a quotation of their own.

// quotedSpans gives the passages of text inside double quotation marks,
// trimmed; a quotation left open runs to the end of text. Curly quotes
// nest: an opening mark inside an open quotation is kept as text.
func quotedSpans(text string) []string {
	var out []string
	start, depth := -1, 0
	// Only '"' and the lead byte of “ and ” matter; neither stands inside
	// another character's encoding, so the text is scanned byte by byte.
	for i := 0; i < len(text); i++ {
		var open bool
		switch c := text[i]; {
		case c == '"':
			open = start < 0
		case c == 0xE2 && i+2 < len(text) && text[i+1] == 0x80 && (text[i+2] == 0x9C || text[i+2] == 0x9D):
			open = text[i+2] == 0x9C
		default:
			continue
		}
		size := 1
		if text[i] != '"' {
			size = len("“")
		}
		if open {
			if start < 0 {
				start = i + size
			}
			depth++
		} else if start >= 0 {
			depth--
			if depth <= 0 || text[i] == '"' {
				out = appendSpan(out, text[start:i])
				start, depth = -1, 0
			}
		}
		i += size - 1
	}
	if start >= 0 {
		out = appendSpan(out, text[start:])
	}
	return out
}

func appendSpan(out []string, s string) []string {
	if s = strings.TrimSpace(s); s != "" {
		out = append(out, s)
	}
	return out
}

// titleSpan reports whether every word of a quoted span that is not a
// short function word is capitalised: the name of a programme, a book or
// a law ("Face the Music"), not a quotation.
func titleSpan(keys []string, raw string) bool {
	for _, f := range strings.Fields(raw) {
		f = strings.TrimLeft(f, "'‘\"“(")
		r, _ := utf8.DecodeRuneInString(f)
		if !unicode.IsLetter(r) {
			continue
		}
		if unicode.IsUpper(r) {
			continue
		}
		if len(f) <= 3 && !isContent(wordKey(f)) {
			continue
		}
		return false
	}
	return len(keys) > 0
}
