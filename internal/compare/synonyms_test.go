package compare

import (
	"strconv"
	"strings"
	"testing"
)

func TestTermOf(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"authorized", "permission", true},
		{"killed", "died", true},
		{"adopted", "approved", true},
		{"talks", "negotiations", true},
		{"killed", "injured", false},
		{"approved", "rejected", false},
	}
	for _, tt := range tests {
		if got := termOf(tt.a) == termOf(tt.b); got != tt.same {
			t.Errorf("termOf(%q) == termOf(%q) is %v, want %v", tt.a, tt.b, got, tt.same)
		}
	}
}

func TestParaphrasedFact(t *testing.T) {
	s := compareArticles(
		article("a", "Northgate Herald", 12, "The Brennmoor council adopted the Kessel dam repair plan on Monday after a long debate."),
		article("b", "Lakeside Courier", 12, "After a long debate on Monday, Brennmoor councillors approved the repair plan for the Kessel dam."),
	)
	if len(s.Facts) != 1 || len(s.Facts[0].Articles) != 2 {
		t.Errorf("the two wordings should make one fact: %+v", s.Facts)
	}
}

// TestLookupShapes checks that the quick rejections before the month
// and number word lookups let every month and number word through.
func TestLookupShapes(t *testing.T) {
	for k, m := range monthIndex {
		if got := monthNumber(k); got != m {
			t.Errorf("monthNumber(%q) = %d, want %d", k, got, m)
		}
		if got := monthNumber(k + "."); got != m {
			t.Errorf("monthNumber(%q) = %d, want %d", k+".", got, m)
		}
	}
	for k, v := range numberWords {
		if got, ok := parseNumber(k); got != v || ok != (v > 0) {
			t.Errorf("parseNumber(%q) = %v, %v; want %v", k, got, ok, v)
		}
	}
	for _, k := range []string{"", "the", "tenth", "marching", "1,200", "3.5", "maybe"} {
		want, _ := strconv.ParseFloat(strings.ReplaceAll(k, ",", ""), 64)
		if got, _ := parseNumber(k); got != want {
			t.Errorf("parseNumber(%q) = %v, want %v", k, got, want)
		}
		if monthNumber(k) != 0 {
			t.Errorf("monthNumber(%q) is not 0", k)
		}
	}
}
