package entity

import (
	"reflect"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
)

// TestFindReusesNothing checks that an article's entities do not depend on
// the articles tagged before it, whose buffers the next one reuses: a long
// article, then a short one, then the long one again.
func TestFindReusesNothing(t *testing.T) {
	long := readArticle(t, "testdata/harbour.txt")
	short := readArticle(t, "testdata/summit.txt")
	want := map[string][]news.Entity{}
	for name, a := range map[string]*news.Article{"long": long, "short": short} {
		fresh := *a
		Find(&fresh)
		want[name] = fresh.Entities
	}
	for _, name := range []string{"long", "short", "long", "short", "short", "long"} {
		a := *long
		if name == "short" {
			a = *short
		}
		Find(&a)
		if !reflect.DeepEqual(a.Entities, want[name]) {
			t.Errorf("%s article after another: entities\n%v\nwant\n%v", name, a.Entities, want[name])
		}
	}
}

func TestScratchReleaseLetsGo(t *testing.T) {
	s := getScratch()
	an := analyze(s, "Mayor Ada Quill", []string{"Mayor Ada Quill of Tarnby said the pier would open."})
	if len(s.all) == 0 || len(an.cands) == 0 {
		t.Fatalf("analysis kept %d tokens and %d candidates, want some of each", len(s.all), len(an.cands))
	}
	all, cands := s.all, an.cands
	s.release(an.cands)
	for i, tok := range all {
		if tok.text != "" || tok.low != "" {
			t.Fatalf("token %d still holds %q after release", i, tok.text)
		}
	}
	for i, c := range cands {
		if c.text != "" || c.words != nil {
			t.Fatalf("candidate %d still holds %q after release", i, c.text)
		}
	}
}
