package textnorm

import (
	"strings"
	"testing"
)

func TestCollapse(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"", ""},
		{"one two", "one two"},
		{"  one \t two\n", "one two"},
		{"one  two", "one two"},
		{"one\u00a0two", "one two"},
		{" ", ""},
	} {
		if got := Collapse(tt.in); got != tt.want {
			t.Errorf("Collapse(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzCollapse checks Collapse against the plain definition.
func FuzzCollapse(f *testing.F) {
	for _, s := range []string{"", "a b", " a  b ", "a\u2003b", "\xff a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Collapse(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("Collapse(%q) = %q, want %q", s, got, want)
		}
	})
}
