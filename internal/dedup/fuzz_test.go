package dedup

import (
	"strings"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
)

// FuzzWords checks that the words of a text are lower-case pieces of it,
// that splitting is idempotent, and that a text is a copy of itself.
func FuzzWords(f *testing.F) {
	f.Add("The council voted 11-4 on Tuesday.")
	f.Add("ÉCOLE d'été — 3,5 km")
	f.Add("")
	f.Fuzz(func(t *testing.T, text string) {
		words := Words(text)
		lower := strings.ToLower(text)
		for _, w := range words {
			if w == "" || !strings.Contains(lower, w) {
				t.Fatalf("word %q is not in %q", w, text)
			}
		}
		again := Words(strings.Join(words, " "))
		if strings.Join(again, " ") != strings.Join(words, " ") {
			t.Fatalf("not idempotent: %q then %q", words, again)
		}
		sh := Shingles(words)
		if j := Jaccard(sh, sh); j != 1 {
			t.Fatalf("Jaccard of a set with itself = %v", j)
		}
		a := &news.Article{ID: "a", Paragraphs: []string{text}}
		b := &news.Article{ID: "b", Paragraphs: []string{text}}
		Mark([]*news.Article{a, b})
		if a.DuplicateOf != "" || (len(words) > 0 && b.DuplicateOf != "a") || (len(words) == 0 && b.DuplicateOf != "") {
			t.Fatalf("Mark(copy): a=%q b=%q for %q", a.DuplicateOf, b.DuplicateOf, text)
		}
	})
}
