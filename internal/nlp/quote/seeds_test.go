package quote

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
	"github.com/newsfold/newsfold/internal/nlp/entity"
)

// TestSharedSeeds reads the shared seed pages, when they are there, with
// paragraphs taken as their non-empty lines, and checks what holds for any
// careful news text: every quotation found is attributed to a named person
// or organisation of the article, and its text comes from the body.
func TestSharedSeeds(t *testing.T) {
	files, _ := filepath.Glob("../../../../shared/seeds/*.txt")
	if len(files) == 0 {
		t.Skip("../shared/seeds is not there")
	}
	total := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a := &news.Article{ID: filepath.Base(f)}
		for _, l := range strings.Split(string(b), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				a.Paragraphs = append(a.Paragraphs, l)
			}
		}
		entity.Find(a)
		Find(a)
		kinds := map[string]news.EntityType{}
		for _, e := range a.Entities {
			kinds[e.Name] = e.Type
		}
		flat := normalise(a.Body())
		for _, q := range a.Quotes {
			total++
			if k := kinds[q.Speaker]; k != news.Person && k != news.Org {
				t.Errorf("%s: quote %q has speaker %q, not a person or organisation of the article", a.ID, q.Text, q.Speaker)
			}
			if !fromBody(normalise(q.Text), flat) {
				t.Errorf("%s: quote %q is not from the body", a.ID, q.Text)
			}
		}
	}
	if total == 0 {
		t.Error("no quotations found in the seeds")
	}
	t.Logf("%d quotations in %d seed pages", total, len(files))
}
