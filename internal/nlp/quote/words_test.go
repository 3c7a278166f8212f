package quote

import "testing"

func TestAppendWords(t *testing.T) {
	const p = "Ms. Roe's aide said: \"well-known\" — U.S. envoys."
	var buf [2]word // fewer than the words, so that append must grow it
	got := appendWords(buf[:0], p, 0, len(p))
	want := wordsIn(p, 0, len(p))
	if len(got) != len(want) || len(got) < 3 {
		t.Fatalf("appendWords gave %d words, wordsIn %d", len(got), len(want))
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("word %d: appendWords %+v, wordsIn %+v", i, got[i], want[i])
		}
	}
}

func TestCountUpTo(t *testing.T) {
	for _, s := range []string{"", "  ", "one", "one two", "“It is over,” he said.", "a b c d e f g h", "well-known U.S. envoys' 3.5"} {
		n := countWords(s)
		for limit := 0; limit <= n+2; limit++ {
			if got, want := countUpTo(s, limit), min(n, limit); got != want {
				t.Errorf("countUpTo(%q, %d) = %d, want %d", s, limit, got, want)
			}
		}
	}
}
