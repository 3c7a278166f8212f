package timex

import "testing"

// TestTriggersDisjoint checks that no word stands in two of the tables
// triggers is built from: matchAt reads each word one way only.
func TestTriggersDisjoint(t *testing.T) {
	seen := map[string]string{}
	add := func(table, w string) {
		if first, ok := seen[w]; ok {
			t.Errorf("%q is in both %s and %s", w, first, table)
		}
		seen[w] = table
	}
	for w := range monthNames {
		add("monthNames", w)
	}
	for w := range monthAbbrevs {
		add("monthAbbrevs", w)
	}
	for w := range numberWords {
		add("numberWords", w)
	}
	for w := range weekdayNames {
		add("weekdayNames", w)
	}
	for w := range weekdayAbbrevs {
		add("weekdayAbbrevs", w)
	}
	for _, w := range wordTriggers {
		add("wordTriggers", w)
	}
	if len(triggers) != len(seen) {
		t.Errorf("triggers holds %d words, the tables %d", len(triggers), len(seen))
	}
}
