package report

import (
	"encoding/json"
	"io"

	"github.com/newsfold/newsfold/internal/news"
)

// The JSON contract: field names here are stable; add, never rename.

type jsonDoc struct {
	Articles []jsonArticle `json:"articles"`
	Stories  []jsonStory   `json:"stories"`
}

type jsonArticle struct {
	ID             string         `json:"id"`
	URL            *string        `json:"url"`
	Title          *string        `json:"title"`
	Outlet         *string        `json:"outlet"`
	Agency         *string        `json:"agency"`
	Byline         *string        `json:"byline"`
	Dateline       *jsonDateline  `json:"dateline"`
	Published      *string        `json:"published"`
	PublishedBasis string         `json:"published_basis"`
	Body           string         `json:"body"`
	DuplicateOf    *string        `json:"duplicate_of"`
	Entities       []jsonEntity   `json:"entities"`
	Quotes         []jsonQuote    `json:"quotes"`
	Times          []jsonTimeExpr `json:"times"`
}

type jsonDateline struct {
	Place *string `json:"place"`
	Text  string  `json:"text"`
	Date  *string `json:"date"`
}

type jsonEntity struct {
	Name        string   `json:"name"`
	ArticleName string   `json:"article_name,omitempty"`
	Type        string   `json:"type"`
	Mentions    []string `json:"mentions"`
}

type jsonQuote struct {
	Text    string  `json:"text"`
	Speaker *string `json:"speaker"`
}

type jsonTimeExpr struct {
	Text  string `json:"text"`
	Value string `json:"value"`
}

type jsonStory struct {
	ID             string           `json:"id"`
	Title          string           `json:"title"`
	Summary        string           `json:"summary"`
	Articles       []string         `json:"articles"`
	Outlets        []string         `json:"outlets"`
	FirstPublished *string          `json:"first_published"`
	Related        []string         `json:"related"`
	Quotes         []jsonStoryQuote `json:"quotes"`
	Facts          []jsonFact       `json:"facts"`
	Exclusive      []jsonExclusive  `json:"exclusive"`
	Conflicts      []jsonConflict   `json:"conflicts"`
	Timeline       []jsonEvent      `json:"timeline"`
	Statements     []jsonStatement  `json:"statements,omitempty"`
}

type jsonStatement struct {
	Text      string          `json:"text"`
	Sentences []jsonExclusive `json:"sentences"`
}

type jsonStoryQuote struct {
	Speaker  *string       `json:"speaker"`
	Text     string        `json:"text"`
	Articles []string      `json:"articles"`
	Variants []jsonVariant `json:"variants"`
}

type jsonVariant struct {
	Article string       `json:"article"`
	Text    string       `json:"text"`
	Diff    []jsonDiffOp `json:"diff,omitempty"`
}

type jsonDiffOp struct {
	Op   string `json:"op"`
	Text string `json:"text"`
}

type jsonFact struct {
	Text     string   `json:"text"`
	Articles []string `json:"articles"`
}

type jsonExclusive struct {
	Article string `json:"article"`
	Text    string `json:"text"`
}

type jsonConflict struct {
	About  string          `json:"about"`
	Values []jsonExclusive `json:"values"`
}

type jsonEvent struct {
	Date     string   `json:"date"`
	Text     string   `json:"text"`
	Articles []string `json:"articles"`
}

func writeJSON(w io.Writer, in Input) error {
	doc := jsonDoc{Articles: []jsonArticle{}, Stories: []jsonStory{}}
	byID := index(in.Articles)
	for _, a := range in.Articles {
		doc.Articles = append(doc.Articles, toJSONArticle(a))
	}
	for _, s := range in.Stories {
		doc.Stories = append(doc.Stories, toJSONStory(s, byID))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}

// nullable returns nil for "", so that the field encodes as null.
func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func nullableDate(d news.Date) *string {
	if !d.HasYear() {
		return nil
	}
	return nullable(d.String())
}

func toJSONArticle(a *news.Article) jsonArticle {
	j := jsonArticle{
		ID:             a.ID,
		URL:            nullable(a.URL),
		Title:          nullable(a.Title),
		Outlet:         nullable(a.Outlet),
		Agency:         nullable(a.Agency),
		Byline:         nullable(a.Byline),
		Published:      nullableDate(a.Published),
		PublishedBasis: string(a.PublishedBasis),
		Body:           a.Body(),
		DuplicateOf:    nullable(a.DuplicateOf),
		Entities:       []jsonEntity{},
		Quotes:         []jsonQuote{},
		Times:          []jsonTimeExpr{},
	}
	if j.PublishedBasis == "" || j.Published == nil {
		j.PublishedBasis = string(news.BasisNone)
	}
	if d := a.Dateline; d != nil {
		j.Dateline = &jsonDateline{Place: nullable(d.Place), Text: d.Text, Date: nullable(d.Date.String())}
	}
	for _, e := range a.Entities {
		j.Entities = append(j.Entities, jsonEntity{Name: e.Name, ArticleName: e.ArticleName, Type: string(e.Type), Mentions: nonNil(e.Mentions)})
	}
	for _, q := range a.Quotes {
		j.Quotes = append(j.Quotes, jsonQuote{Text: q.Text, Speaker: nullable(q.Speaker)})
	}
	for _, t := range a.Times {
		if t.Value.HasYear() {
			j.Times = append(j.Times, jsonTimeExpr{Text: t.Text, Value: t.Value.String()})
		}
	}
	return j
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func toJSONStory(s *news.Story, byID map[string]*news.Article) jsonStory {
	j := jsonStory{
		ID:             s.ID,
		Title:          s.Title,
		Summary:        s.Summary,
		Articles:       nonNil(s.Articles),
		Outlets:        nonNil(outlets(s, byID)),
		FirstPublished: nullableDate(s.FirstPublished),
		Related:        nonNil(s.Related),
		Quotes:         []jsonStoryQuote{},
		Facts:          []jsonFact{},
		Exclusive:      []jsonExclusive{},
		Conflicts:      []jsonConflict{},
		Timeline:       []jsonEvent{},
	}
	for _, q := range s.Quotes {
		jq := jsonStoryQuote{Speaker: nullable(q.Speaker), Text: q.Text, Articles: nonNil(q.Articles), Variants: []jsonVariant{}}
		for _, v := range q.Variants {
			jv := jsonVariant{Article: v.Article, Text: v.Text}
			for _, d := range v.Diff {
				jv.Diff = append(jv.Diff, jsonDiffOp{Op: d.Op, Text: d.Text})
			}
			jq.Variants = append(jq.Variants, jv)
		}
		j.Quotes = append(j.Quotes, jq)
	}
	for _, f := range s.Facts {
		j.Facts = append(j.Facts, jsonFact{Text: f.Text, Articles: nonNil(f.Articles)})
	}
	for _, e := range s.Exclusives {
		j.Exclusive = append(j.Exclusive, jsonExclusive{Article: e.Article, Text: e.Text})
	}
	for _, c := range s.Conflicts {
		jc := jsonConflict{About: c.About, Values: []jsonExclusive{}}
		for _, v := range c.Values {
			jc.Values = append(jc.Values, jsonExclusive{Article: v.Article, Text: v.Text})
		}
		j.Conflicts = append(j.Conflicts, jc)
	}
	for _, e := range s.Timeline {
		if e.Date.HasYear() {
			j.Timeline = append(j.Timeline, jsonEvent{Date: e.Date.String(), Text: e.Text, Articles: nonNil(e.Articles)})
		}
	}
	for _, g := range s.Statements {
		js := jsonStatement{Text: g.Text, Sentences: []jsonExclusive{}}
		for _, sen := range g.Sentences {
			js.Sentences = append(js.Sentences, jsonExclusive{Article: sen.Article, Text: sen.Text})
		}
		j.Statements = append(j.Statements, js)
	}
	return j
}

// WriteArticlesJSON writes {"articles": [...]} with the article fields of
// the fold contract.
func WriteArticlesJSON(w io.Writer, arts []*news.Article) error {
	doc := struct {
		Articles []jsonArticle `json:"articles"`
	}{Articles: []jsonArticle{}}
	for _, a := range arts {
		doc.Articles = append(doc.Articles, toJSONArticle(a))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}
