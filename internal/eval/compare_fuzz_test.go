package eval

import (
	"strings"
	"testing"
)

// FuzzReadCompareGold checks that any input either fails or gives stories
// whose groups only name known statements of different articles.
func FuzzReadCompareGold(f *testing.F) {
	f.Add(`{"story":"s","source":"seeds","articles":["a","b"],"statements":[{"id":"0.0","article":"a","text":"x"},{"id":"1.0","article":"b","text":"y"}],"groups":[["0.0","1.0"]]}`)
	f.Add(`{"story":"s","articles":["a"],"statements":[],"boilerplate":["9"]}`)
	f.Add("\n\n{}\n")
	f.Fuzz(func(t *testing.T, in string) {
		gold, err := ReadCompareGold(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, g := range gold {
			art := map[string]string{}
			for _, st := range g.Statements {
				art[st.ID] = st.Article
			}
			for _, grp := range g.Groups {
				seen := map[string]bool{}
				for _, id := range grp {
					a, ok := art[id]
					if !ok || seen[a] {
						t.Fatalf("accepted group %v of story %q", grp, g.Story)
					}
					seen[a] = true
				}
			}
			m := newStatementMap(g)
			for _, st := range g.Statements {
				if id := m.find(st.Article, st.Text); id == "" && len(wordsOf(st.Text)) > 0 {
					t.Fatalf("statement %s not found by its own text", st.ID)
				}
			}
		}
	})
}

// FuzzQuotedWords checks that the quoted words of a statement are words
// of its text, in order.
func FuzzQuotedWords(f *testing.F) {
	f.Add(`He said: “We will rebuild it all.”`)
	f.Add("“It was not “a war of choice” at all,” he said.")
	f.Add(`She appeared on "Meet the Voters" and said "we are not done yet`)
	f.Add("”“\"")
	f.Fuzz(func(t *testing.T, text string) {
		got := quotedWords(text)
		all := wordsOf(text)
		k := 0
		for _, w := range got {
			for k < len(all) && all[k] != w {
				k++
			}
			if k == len(all) {
				t.Fatalf("quoted words %q are not words of %q in order", got, text)
			}
			k++
		}
	})
}
