package wordlist

import (
	"strings"
	"testing"
)

// TestMapAgreesWithMap checks that the shape filter never hides a word
// the list holds and that every answer is the map's.
func TestMapAgreesWithMap(t *testing.T) {
	m := map[string]int{"quill": 1, "tarnby": 2, "": 3, "st.": 4, "zoë": 5, strings.Repeat("a", 17): 6, "x": 7}
	l := New(m)
	probes := []string{"quill", "quilt", "quills", "tarnby", "tarnbx", "", "st.", "st", "zoë", "zoe",
		strings.Repeat("a", 17), strings.Repeat("a", 1), "x", "y", "QUILL", "q", "tarnbyy"}
	for w := range m {
		probes = append(probes, w+"s", "s"+w, strings.ToUpper(w))
	}
	for _, w := range probes {
		want, wantOK := m[w]
		if got := l.Get(w); got != want {
			t.Errorf("Get(%q) = %d, want %d", w, got, want)
		}
		if got := l.Has(w); got != wantOK {
			t.Errorf("Has(%q) = %v, want %v", w, got, wantOK)
		}
		_, lowerOK := m[strings.ToLower(w)]
		if got := l.HasLower(w); got != lowerOK {
			t.Errorf("HasLower(%q) = %v, want %v", w, got, lowerOK)
		}
	}
	if l.Len() != len(m) {
		t.Errorf("Len() = %d, want %d", l.Len(), len(m))
	}
	n := 0
	for w, v := range l.All {
		if m[w] != v {
			t.Errorf("All gave %q -> %d, want %d", w, v, m[w])
		}
		n++
	}
	if n != len(m) {
		t.Errorf("All gave %d words, want %d", n, len(m))
	}
}

func TestZeroMapHoldsNothing(t *testing.T) {
	var l Set
	if l.Has("the") || l.Get("the") || l.HasLower("The") || l.Len() != 0 {
		t.Error("the zero Set holds a word")
	}
}

func TestNewSet(t *testing.T) {
	s := NewSet(`said says
	told  `)
	for _, tt := range []struct {
		w    string
		want bool
	}{{"said", true}, {"says", true}, {"told", true}, {"Said", false}, {"tell", false}, {"", false}} {
		if got := s.Has(tt.w); got != tt.want {
			t.Errorf("Has(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
	if !s.HasLower("SAID") || !s.HasLower("Told") || s.HasLower("Tell") {
		t.Error("HasLower does not fold the case of its word")
	}
}

// FuzzMap checks, for any words, that a list built from some of them
// answers every look-up as its map does.
func FuzzMap(f *testing.F) {
	f.Add("quill tarnby zoë", "quilt")
	f.Add("", "x")
	f.Fuzz(func(t *testing.T, words, probe string) {
		m := map[string]bool{}
		for _, w := range strings.Fields(words) {
			m[w] = true
		}
		l := New(m)
		for _, w := range append(strings.Fields(words), probe, strings.ToLower(probe)) {
			if got, want := l.Has(w), m[w]; got != want {
				t.Fatalf("Has(%q) = %v, want %v", w, got, want)
			}
		}
		if got, want := l.HasLower(probe), m[strings.ToLower(probe)]; got != want {
			t.Fatalf("HasLower(%q) = %v, want %v", probe, got, want)
		}
	})
}

func TestHasLower(t *testing.T) {
	set := NewSet("said according the")
	tests := []struct {
		w    string
		want bool
	}{
		{"said", true},
		{"Said", true},
		{"SAID", true},
		{"The", true},
		{"Sayd", false},
		{"", false},
		{"ACCORDING", true},
		{"Thé", false},
		{"\u212Ahe", false},                      // Kelvin sign: lower case "khe"
		{strings.Repeat("A", 40), false},         // longer than the buffer
		{"the" + strings.Repeat(" ", 30), false}, // longer, not in the set
	}
	for _, tt := range tests {
		if got := set.HasLower(tt.w); got != tt.want {
			t.Errorf("HasLower(%q) = %v, want %v", tt.w, got, tt.want)
		}
		if got, want := set.HasLower(tt.w), set.Has(strings.ToLower(tt.w)); got != want {
			t.Errorf("HasLower(%q) = %v, Has(strings.ToLower) = %v", tt.w, got, want)
		}
	}
}
