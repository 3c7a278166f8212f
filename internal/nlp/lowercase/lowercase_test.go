package lowercase

import (
	"encoding/binary"
	"slices"
	"testing"
)

// foldSimply is Fold a byte at a time, to check it against.
func foldSimply(b []byte) {
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
}

// TestFold checks every byte value at every place of a word of eight
// bytes and in the tail after it.
func TestFold(t *testing.T) {
	for c := 0; c < 256; c++ {
		for at := 0; at < 11; at++ {
			b := []byte("Ab\xffZ@[`z{\x80Q")
			b[at] = byte(c)
			got, want := slices.Clone(b), slices.Clone(b)
			Fold(got)
			foldSimply(want)
			if !slices.Equal(got, want) {
				t.Fatalf("Fold(%q) = %q, want %q", b, got, want)
			}
		}
	}
}

func TestIsASCII(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{{"Tarnby, ", true}, {"Zoë ends", false}, {"\x7f\x00abcdef", true}, {"abcdefg\x80", false}} {
		if got := IsASCII(binary.LittleEndian.Uint64([]byte(tt.s))); got != tt.want {
			t.Errorf("IsASCII(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// FuzzFold checks Fold against a fold a byte at a time.
func FuzzFold(f *testing.F) {
	f.Add([]byte("Mr. Dorvin QUELL of Tarnby, İstanbul"))
	f.Fuzz(func(t *testing.T, b []byte) {
		got, want := slices.Clone(b), slices.Clone(b)
		Fold(got)
		foldSimply(want)
		if !slices.Equal(got, want) {
			t.Fatalf("Fold(%q) = %q, want %q", b, got, want)
		}
	})
}
