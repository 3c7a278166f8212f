package timex

import (
	"reflect"
	"testing"
)

func TestUnitWordsAreUnits(t *testing.T) {
	for _, w := range unitWords {
		if _, ok := unitOf(w); !ok {
			t.Errorf("%q is in unitWords but unitOf does not read it", w)
		}
	}
}

// TestLexiconsFitTheirShapes checks that every word a shapes set is made
// of is one it can tell: lower-case ASCII letters, 1 to 15 of them.
func TestLexiconsFitTheirShapes(t *testing.T) {
	for _, lexicon := range []struct {
		name   string
		words  []string
		shapes *shapes
	}{
		{"anchors", keys(anchors), anchorShapes},
		{"triggers", keys(triggers), triggerShapes},
	} {
		for _, w := range lexicon.words {
			if !lexicon.shapes.mayHold(w) {
				t.Errorf("%s: %q is not among its shapes", lexicon.name, w)
			}
			if !fits(w) {
				t.Errorf("%s: %q is not 1 to 15 lower-case ASCII letters, so its shapes tell nothing", lexicon.name, w)
			}
		}
	}
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestShapesMayHold(t *testing.T) {
	s := shapesOf(map[string]bool{"march": true, "a": true})
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"march", true}, {"a", true}, {"mouth", true}, {"mar", false}, {"marches", false},
		{"", false}, {"é", false}, {"march'", false}, {"an", false}, {"abcdefghijklmnopq", false},
	} {
		if got := s.mayHold(tc.w); got != tc.want {
			t.Errorf("mayHold(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
	if all := shapesOf(map[string]bool{"mid-": true}); !all.mayHold("zebra") {
		t.Error("a set with a word that does not fit should hold every shape")
	}
}

func TestMayHoldTime(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"", false},
		{"The council met and the mayor spoke of the plan at length.", false},
		{"The council met on Monday's session.", true},
		{"It rained three days later.", true},
		{"They voted in 2009.", true},
		{"The next DAY it rained.", true},
		{"the last of them", false},
		{"Mayday was called.", false},
		{"Mondayé is no weekday, but reads like one here.", true},
	}
	for _, tc := range tests {
		if got := mayHoldTime(tc.text); got != tc.want {
			t.Errorf("mayHoldTime(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// checkQuickScan checks that scan, which passes over texts that hold no
// anchor, finds what cutting every text into tokens finds, and knows as
// much about its length.
func checkQuickScan(t *testing.T, text string) {
	t.Helper()
	full, quick := scanAll(text), scan(text)
	if len(full.mentions) > 0 && !mayHoldTime(text) {
		t.Errorf("%q holds %d expressions but mayHoldTime says none", text, len(full.mentions))
	}
	if !reflect.DeepEqual(quick.mentions, full.mentions) {
		t.Errorf("%q: quick scan found %+v, full %+v", text, quick.mentions, full.mentions)
	}
	if quick.prose != (len(full.toks) >= proseTokens) || quick.empty() != (len(full.sents) == 0) {
		t.Errorf("%q: quick scan prose %v empty %v, full has %d tokens and %d sentences",
			text, quick.prose, quick.empty(), len(full.toks), len(full.sents))
	}
}

func TestQuickScan(t *testing.T) {
	for _, text := range []string{
		"", "   ", "One two three four five six seven eight.",
		"One two three four five six seven.",
		"The senators spoke at length about the plan and its cost to the town.",
		"The senators met the next day and spoke at length about the plan.",
		"The senators met on Monday’s session and spoke at length about it.",
		"Three weeks later the senators spoke at length about the plan again.",
		"The 1990s were a decade the senators spoke of at length and often.",
		"A\u00a0b\u2003c d e f g h", "é è ê ë ï î ô û ù",
	} {
		checkQuickScan(t, text)
	}
}

func FuzzQuickScan(f *testing.F) {
	for _, s := range []string{
		"The senators met the next day and spoke at length about the plan.",
		"in March, a decade ago, they spoke about it at length and often",
		"Mondays' meetings ran long and the senators spoke at length",
		"one two three four five six seven eight nine",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkQuickScan(t, text)
	})
}
