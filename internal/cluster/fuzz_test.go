package cluster

import (
	"reflect"
	"strings"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
)

// FuzzDescribe checks that reading an article's features never fails,
// gives the same features twice, and only gives words the text holds.
func FuzzDescribe(f *testing.F) {
	f.Add("Quake hits Karsk", "KARSK, March 4 - A 6.2 quake killed 41 people, Ilona Varga said.\n\nThe Dravonian Seismic Institute's data.")
	f.Add("", "“Quoted” text — with O’Neill and 1,000.5 figures.")
	f.Add("ALL CAPS HEADLINE", "")
	f.Fuzz(func(t *testing.T, title, body string) {
		a := &news.Article{Title: title, Paragraphs: strings.Split(body, "\n\n")}
		got := describe(a)
		if again := describe(a); !reflect.DeepEqual(got, again) {
			t.Fatal("describe is not deterministic")
		}
		text := strings.ToLower(title + " " + body)
		for _, tok := range tokenize(title + " " + body) {
			if !strings.Contains(title+" "+body, tok.text) {
				t.Fatalf("token %q not in the text", tok.text)
			}
		}
		for name, w := range got[kindName] {
			if w <= 0 {
				t.Fatalf("name %q has weight %v", name, w)
			}
			for _, part := range strings.Fields(name) {
				if !strings.Contains(strings.NewReplacer("'", "", "’", "").Replace(text), part) {
					t.Fatalf("name part %q not in the text", part)
				}
			}
		}
		for term := range got[kindTerm] {
			stemless := strings.TrimSuffix(term, "y")
			if !strings.Contains(strings.NewReplacer("'", "", "’", "").Replace(text), stemless) {
				t.Fatalf("term %q not in the text", term)
			}
		}
	})
}
