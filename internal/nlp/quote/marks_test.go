package quote

import (
	"strings"
	"testing"
)

// TestAddSinglesAfterTheLastDouble checks that single-quoted spans after
// the last double-quoted one are found whatever room the doubles' slice
// has to spare.
func TestAddSinglesAfterTheLastDouble(t *testing.T) {
	p := `Rena Olk said 'no way' then "we wait" and later 'more here' to end.`
	open := strings.Index(p, `"`)
	closing := strings.LastIndex(p, `"`)
	double := span{open: open, inner: open + 1, close: closing, after: closing + 1, closed: true}
	for _, spare := range []int{0, 1, 4} {
		doubles := make([]span, 1, 1+spare)
		doubles[0] = double
		got := addSingles(p, doubles)
		var texts []string
		for _, s := range got {
			texts = append(texts, p[s.inner:s.close])
		}
		want := []string{"no way", "we wait", "more here"}
		if strings.Join(texts, "|") != strings.Join(want, "|") {
			t.Errorf("spare %d: spans %q, want %q", spare, texts, want)
		}
	}
}
