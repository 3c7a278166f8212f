package eval

import (
	"encoding/json"
	"strings"
	"testing"
)

// FuzzReadClusterGold checks that reading gold never fails badly, and
// that what it reads, written back, reads the same.
func FuzzReadClusterGold(f *testing.F) {
	f.Add(`{"id":"a","cluster":"s1"}` + "\n" + `{"id":7,"cluster":3}`)
	f.Add(`{"id":"a"}`)
	f.Add("\n\n")
	f.Fuzz(func(t *testing.T, in string) {
		gold, err := ReadClusterGold(strings.NewReader(in))
		if err != nil {
			return
		}
		var b strings.Builder
		for id, c := range gold {
			line, _ := json.Marshal(map[string]string{"id": id, "cluster": c})
			b.Write(line)
			b.WriteByte('\n')
		}
		again, err := ReadClusterGold(strings.NewReader(b.String()))
		if err != nil {
			t.Fatalf("rereading: %v", err)
		}
		if len(again) != len(gold) {
			t.Fatalf("reread %d ids, want %d", len(again), len(gold))
		}
		for id, c := range gold {
			if again[id] != c {
				t.Fatalf("%q -> %q, want %q", id, again[id], c)
			}
		}
		s := ScoreClusters(gold, gold)
		if len(gold) > 0 && (s.BCubedF1 != 1 || s.Articles != len(gold)) {
			t.Fatalf("gold against itself: %+v", s)
		}
	})
}
