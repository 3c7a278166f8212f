package entity

import (
	"fmt"
	"testing"
)

// TestWordSet checks the set against a map over enough words to make it
// grow several times, with repeats and words that are not added.
func TestWordSet(t *testing.T) {
	tests := []struct {
		name  string
		start int // room asked for at first
		n     int // distinct words added
	}{
		{"empty", 0, 0},
		{"one", 0, 1},
		{"small start, grows", 1, 300},
		{"room enough", 500, 300},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newWordSet(tt.start)
			want := map[string]bool{}
			for i := 0; i < tt.n; i++ {
				w := fmt.Sprintf("w%d", i%(tt.n/2+1)) // every word about twice
				s.add(w)
				want[w] = true
			}
			for i := 0; i < 2*tt.n+5; i++ {
				for _, w := range []string{fmt.Sprintf("w%d", i), fmt.Sprintf("x%d", i), ""} {
					if got := s.has(w); got != want[w] {
						t.Errorf("has(%q) = %v, want %v", w, got, want[w])
					}
				}
			}
			if len(s.words) != len(want) {
				t.Errorf("%d words kept, want %d", len(s.words), len(want))
			}
		})
	}
	var none *wordSet
	if none.has("a") {
		t.Error("a nil set holds a word")
	}
}
