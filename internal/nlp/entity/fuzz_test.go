package entity

import (
	"reflect"
	"strings"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
)

// FuzzFindEntities checks that Find never panics, that every mention it
// reports is written in the title, dateline or body, and that it gives the
// same entities when run twice.
func FuzzFindEntities(f *testing.F) {
	f.Add("Brann Wins in Oslo", "OSLO, Norway", "Ambassador Marta Kovalenko met Mr. Quillon's aide.\nThe Harbour Department said: “No.”")
	f.Add("", "", "KARLSTAD, March 3 – U.S. officials and the UK's Fishermen’s Association met Dr. O'Neil of Norway.")
	f.Add("A", ",, U.S. ,", "al-Hakim bin Laden Jr. St. ’s 's ' Mr.\n\n\nSecretary of State for the Arts Jane Q. Roe")
	f.Add("Jo Roe Named", "", "Sen. Anna \"Jo\" Roe spoke. Jo said “no” to Lars “Lu” Holm and the \"Big\" Three.")
	f.Fuzz(func(t *testing.T, title, place, body string) {
		a := &news.Article{Title: title, Paragraphs: strings.Split(body, "\n")}
		if place != "" {
			a.Dateline = &news.Dateline{Place: place}
		}
		Find(a)
		for _, e := range a.Entities {
			if e.Name == "" || len(e.Mentions) == 0 {
				t.Errorf("entity without a name or mentions: %+v", e)
			}
			for _, m := range e.Mentions {
				if m == "" || (!strings.Contains(title, m) && !strings.Contains(body, m) && !strings.Contains(place, m)) {
					t.Errorf("mention %q of %q is not in the text", m, e.Name)
				}
			}
		}
		first := a.Entities
		Find(a)
		if !reflect.DeepEqual(first, a.Entities) {
			t.Errorf("Find is not deterministic: %+v then %+v", first, a.Entities)
		}
		for _, m := range Locate(a) {
			p := a.Paragraphs[m.Paragraph]
			if m.TitleStart > m.Start || m.Start >= m.End || m.End > len(p) {
				t.Errorf("mention offsets out of range: %+v in %q", m, p)
			}
		}
	})
}
