package entity

import (
	"testing"

	"github.com/newsfold/newsfold/internal/nlp/wordlist"
)

// TestLexiconsFindTheirWords checks every word list of the tagger against
// its own words, which the lists' filters must let through.
func TestLexiconsFindTheirWords(t *testing.T) {
	sets := map[string]wordlist.Set{
		"function words": lex.functionWords, "months": lex.months, "org cues": lex.orgCues,
		"place cues": lex.placeCues, "roles": lex.roles, "demonyms": lex.demonyms,
		"title modifiers": lex.titleMods, "connectors": connectors,
	}
	for name, s := range sets {
		if s.Len() == 0 {
			t.Errorf("%s: no words", name)
		}
		for w := range s.All {
			if !s.Has(w) || !s.Get(w) {
				t.Errorf("%s: %q held but not found", name, w)
			}
		}
	}
	for w, canon := range lex.places.All {
		if got := lex.places.Get(w); got != canon {
			t.Errorf("places: %q gives %q, want %q", w, got, canon)
		}
	}
	for w, g := range lex.firstNames.All {
		if !lex.firstNames.Has(w) || lex.firstNames.Get(w) != g {
			t.Errorf("first names: %q not found with its gender", w)
		}
	}
	if lex.months.Has("harbour") || lex.functionWords.Has("quill") {
		t.Error("a list holds a word it was not given")
	}
}
