package compare

import "testing"

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
