package timex

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzWordTokens checks that every word tokenize gives, by the quick path
// for ASCII letters or not, is the word scanWord reads at its start, with
// the case and lower form that reading gives it.
func FuzzWordTokens(f *testing.F) {
	f.Add("On Monday, Tarnby's harbour (reopened) in mid-March; O'Neill said Zoë’s boat")
	f.Add("ZOË 14th\nfeb. ’s x")
	f.Fuzz(func(t *testing.T, text string) {
		toks, lower := tokenize(text)
		for _, tok := range toks {
			if tok.kind != tokWord {
				continue
			}
			start, end := int(tok.start), int(tok.end)
			if want := scanWord(text, start); end != want {
				t.Fatalf("word at %d of %q ends at %d, scanWord says %d", start, text, end, want)
			}
			r, _ := utf8.DecodeRuneInString(text[start:])
			if tok.upper != unicode.IsUpper(r) {
				t.Fatalf("word %q of %q: upper = %v", text[start:end], text, tok.upper)
			}
			if want := start + len(dropPossessive(lower[start:end])); int(tok.ls) != start || int(tok.le) != want {
				t.Fatalf("word %q of %q: lower form [%d, %d), want [%d, %d)", text[start:end], text, tok.ls, tok.le, start, want)
			}
		}
	})
}
