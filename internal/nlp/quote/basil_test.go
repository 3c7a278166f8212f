package quote

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
	"github.com/newsfold/newsfold/internal/nlp/entity"
)

// TestSharedBasil reads the shared BASIL development articles, when they
// are there, with paragraphs split at blank lines, and checks that every
// quotation comes from its body and names an entity of the article or no
// one. It logs how many quotations were found and how many got a speaker.
func TestSharedBasil(t *testing.T) {
	f, err := os.Open("../../../../shared/data/clustering/basil-dev.jsonl")
	if err != nil {
		t.Skip("../shared/data/clustering/basil-dev.jsonl is not there")
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	articles, quotes, named := 0, 0, 0
	for sc.Scan() {
		var rec struct{ ID, Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		a := &news.Article{ID: rec.ID, Title: rec.Title}
		for _, p := range strings.Split(rec.Text, "\n\n") {
			if p = strings.TrimSpace(p); p != "" {
				a.Paragraphs = append(a.Paragraphs, p)
			}
		}
		entity.Find(a)
		Find(a)
		articles++
		names := map[string]bool{"": true}
		for _, e := range a.Entities {
			names[e.Name] = true
		}
		flat := normalise(a.Body())
		for _, q := range a.Quotes {
			quotes++
			if q.Speaker != "" {
				named++
			}
			if !names[q.Speaker] {
				t.Errorf("%s: speaker %q is not an entity", a.ID, q.Speaker)
			}
			if !fromBody(normalise(q.Text), flat) {
				t.Errorf("%s: quote %q is not from the body", a.ID, q.Text)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if quotes == 0 {
		t.Fatal("no quotations found")
	}
	t.Logf("%d articles, %d quotations, %d (%.0f%%) with a named speaker", articles, quotes, named, 100*float64(named)/float64(quotes))
}
