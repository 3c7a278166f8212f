package timex

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// lowerAlignedSimply is lowerAligned a rune at a time, to check it
// against.
func lowerAlignedSimply(text string) string {
	b := []byte(text)
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == size {
			utf8.EncodeRune(b[i:], l)
		}
		i += size
	}
	return string(b)
}

func TestLowerAligned(t *testing.T) {
	for _, text := range []string{
		"", "plain words only", "On MONDAY, 14 February", "ZOË AND İSTANBUL ON 3 MARCH",
		"Tarnby’s harbour reopened Monday after STORMS", "\xffBAD\x80UTF-8 HERE ok",
		"ÀÉÎÕÜ then ASCII CAPITALS AFTER WIDE ONES", "ΣΟΦΙΑ ΚΑΙ ΟΔΥΣΣΕΑΣ", "K\u212AK", // Kelvin sign lowers to a shorter rune
	} {
		got, _ := lowerAligned(text, nil)
		if want := lowerAlignedSimply(text); got != want {
			t.Errorf("lowerAligned(%q) = %q, want %q", text, got, want)
		}
		if len(got) != len(text) {
			t.Errorf("lowerAligned(%q) is %d bytes, want %d", text, len(got), len(text))
		}
	}
}

// FuzzLowerAligned checks lowerAligned against lowering a rune at a time,
// with a buffer reused from one call to the next.
func FuzzLowerAligned(f *testing.F) {
	f.Add("On MONDAY, 14 February, ZOË said", "İSTANBUL")
	f.Fuzz(func(t *testing.T, a, b string) {
		var buf []byte
		for _, text := range []string{a, b, a + b} {
			var got string
			got, buf = lowerAligned(text, buf)
			if want := lowerAlignedSimply(text); got != want {
				t.Fatalf("lowerAligned(%q) = %q, want %q", text, got, want)
			}
		}
	})
}
