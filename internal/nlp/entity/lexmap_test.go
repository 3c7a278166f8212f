package entity

import (
	"strings"
	"testing"
)

// TestLexMapAgreesWithMap checks that the shape filter never hides a word
// the lexicon holds and that every answer is the map's.
func TestLexMapAgreesWithMap(t *testing.T) {
	m := map[string]int{"quill": 1, "tarnby": 2, "": 3, "st.": 4, "zoë": 5, strings.Repeat("a", 17): 6, "x": 7}
	l := newLexMap(m)
	probes := []string{"quill", "quilt", "quills", "tarnby", "tarnbx", "", "st.", "st", "zoë", "zoe",
		strings.Repeat("a", 17), strings.Repeat("a", 1), "x", "y", "QUILL", "q", "tarnbyy"}
	for w := range m {
		probes = append(probes, w+"s", "s"+w)
	}
	for _, w := range probes {
		want, wantOK := m[w]
		if got := l.get(w); got != want {
			t.Errorf("get(%q) = %d, want %d", w, got, want)
		}
		if got := l.has(w); got != wantOK {
			t.Errorf("has(%q) = %v, want %v", w, got, wantOK)
		}
	}
}

// TestLexiconFilters checks every lexicon of the tagger against its own
// words: the filter must let each through.
func TestLexiconFilters(t *testing.T) {
	check := func(name string, words []string, has func(string) bool) {
		if len(words) == 0 {
			t.Errorf("%s: no words", name)
		}
		for _, w := range words {
			if !has(w) {
				t.Errorf("%s: %q held but not found", name, w)
			}
		}
	}
	keys := func(m map[string]bool) []string {
		var out []string
		for w := range m {
			out = append(out, w)
		}
		return out
	}
	check("function words", keys(lex.functionWords.m), lex.functionWords.has)
	check("months", keys(lex.months.m), lex.months.has)
	check("org cues", keys(lex.orgCues.m), lex.orgCues.has)
	check("connectors", keys(connectors.m), connectors.has)
	var places []string
	for w := range lex.places.m {
		places = append(places, w)
	}
	check("places", places, lex.places.has)
	var names []string
	for w := range lex.firstNames.m {
		names = append(names, w)
	}
	check("first names", names, lex.firstNames.has)
}
