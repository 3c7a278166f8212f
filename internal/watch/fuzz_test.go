package watch

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzToUTF8 checks that any page body under any Content-Type decodes to
// valid UTF-8, and that a valid UTF-8 body declared as UTF-8 comes back
// unchanged (less a leading byte-order mark).
func FuzzToUTF8(f *testing.F) {
	f.Add([]byte("<p>caf\xc3\xa9</p>"), "text/html; charset=utf-8")
	f.Add([]byte("<meta charset=windows-1252><p>\x93x\x94</p>"), "text/html")
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"), "")
	f.Add([]byte("<p>x</p>"), "text/html; charset=shift_jis")
	f.Fuzz(func(t *testing.T, body []byte, contentType string) {
		got := toUTF8(body, contentType)
		if !utf8.ValidString(got) {
			t.Fatalf("toUTF8 gave invalid UTF-8 %q", got)
		}
		if contentType == "text/html; charset=utf-8" && utf8.Valid(body) {
			if want := strings.TrimPrefix(string(body), "\uFEFF"); got != want {
				t.Fatalf("valid UTF-8 changed: %q -> %q", body, got)
			}
		}
		isHTML(contentType) // must not panic
	})
}
