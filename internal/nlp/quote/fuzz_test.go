package quote

import (
	"strings"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
	"github.com/newsfold/newsfold/internal/nlp/entity"
)

// FuzzFindQuotes checks that Find never panics and that every quotation it
// reports comes from the body: after normalising whitespace, its text is
// the body's own words, taken as one or more stretches in reading order
// (split quotations are joined). Speakers must be entities of the article.
func FuzzFindQuotes(f *testing.F) {
	f.Add("“We tried,” Mr. Brandvik said. “We failed.”\n“The first thing we did.\n“Then the nets,” she said.")
	f.Add("Mayor Ilse Marten said: \"It's 'fine'.\" 'Yes,' he said. The “so-called” plan\n“Who?“ she asked.")
	f.Add("According to Anna Holt, “the money is gone,” and Holt's aides' plans weren't.\n\n„Ja“ «non» ‘x’ ”")
	f.Fuzz(func(t *testing.T, body string) {
		a := &news.Article{Paragraphs: strings.Split(body, "\n")}
		entity.Find(a)
		Find(a)
		names := map[string]bool{"": true}
		for _, e := range a.Entities {
			names[e.Name] = true
		}
		flat := normalise(a.Body())
		for _, q := range a.Quotes {
			if q.Paragraph < 0 || q.Paragraph >= len(a.Paragraphs) {
				t.Errorf("quote %+v: paragraph out of range", q)
			}
			if !names[q.Speaker] {
				t.Errorf("quote %+v: speaker is not an entity", q)
			}
			if strings.TrimSpace(q.Text) == "" {
				t.Errorf("quote %+v: empty text", q)
			}
			if !fromBody(normalise(q.Text), flat) {
				t.Errorf("quote text %q is not taken from the body %q", q.Text, flat)
			}
		}
	})
}

// normalise folds white space and drops commas and full stops, the marks
// a quotation split around its attribution may trade for each other.
func normalise(s string) string {
	return strings.Join(strings.Fields(sentenceMarks.Replace(s)), " ")
}

var sentenceMarks = strings.NewReplacer(",", " ", ".", " ")

// fromBody reports whether text is made of stretches of body, in order,
// joined by single spaces.
func fromBody(text, body string) bool {
	failed := map[[2]int]bool{}
	var from func(t, pos int) bool
	from = func(t, pos int) bool {
		if t == len(text) {
			return true
		}
		if failed[[2]int{t, pos}] {
			return false
		}
		rest := text[t:]
		for end := len(rest); end > 0; end = strings.LastIndexByte(rest[:end], ' ') {
			i := strings.Index(body[pos:], rest[:end])
			if i < 0 {
				continue
			}
			next := t + end
			if next < len(text) {
				next++ // the space between two stretches
			}
			if from(next, pos+i+end) {
				return true
			}
		}
		failed[[2]int{t, pos}] = true
		return false
	}
	return from(0, 0)
}
