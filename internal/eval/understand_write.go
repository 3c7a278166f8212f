package eval

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/newsfold/newsfold/internal/news"
)

// UnderstandGoldOf gives what newsfold found in an article in the gold
// format, as a draft for a labeller to correct. Entities are named as the
// article writes them (news.Entity.ArticleName), as the labels are.
func UnderstandGoldOf(a *news.Article) UnderstandGold {
	g := UnderstandGold{ID: a.ID, Published: a.Published.String()}
	for _, e := range a.Entities {
		g.Entities = append(g.Entities, news.Entity{Name: understandOwnName(e), Type: e.Type, Mentions: e.Mentions})
	}
	for _, q := range a.Quotes {
		g.Quotes = append(g.Quotes, news.Quote{Text: q.Text, Speaker: q.Speaker})
	}
	for _, t := range a.Times {
		g.Times = append(g.Times, UnderstandTime{Text: t.Text, Value: t.Value.String()})
	}
	return g
}

// understandEntityOut, understandQuoteOut and understandLineOut are gold
// lines as written: empty speakers and dates as null.
type understandEntityOut struct {
	Name     string   `json:"name"`
	Type     string   `json:"type"`
	Mentions []string `json:"mentions"`
}

type understandQuoteOut struct {
	Text    string  `json:"text"`
	Speaker *string `json:"speaker"`
}

type understandLineOut struct {
	ID        string                `json:"id"`
	Published *string               `json:"published"`
	Entities  []understandEntityOut `json:"entities"`
	Quotes    []understandQuoteOut  `json:"quotes"`
	Times     []UnderstandTime      `json:"times"`
}

// WriteUnderstandGold writes gold in JSON Lines, one article a line, in
// the form ReadUnderstandGold reads: unknown speakers and dates as null,
// empty lists as [].
func WriteUnderstandGold(w io.Writer, gold []UnderstandGold) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, g := range gold {
		out := understandLineOut{
			ID:       g.ID,
			Entities: []understandEntityOut{},
			Quotes:   []understandQuoteOut{},
			Times:    []UnderstandTime{},
		}
		if g.Published != "" {
			out.Published = &g.Published
		}
		for _, e := range g.Entities {
			eo := understandEntityOut{Name: e.Name, Type: string(e.Type), Mentions: e.Mentions}
			if eo.Mentions == nil {
				eo.Mentions = []string{}
			}
			out.Entities = append(out.Entities, eo)
		}
		for _, q := range g.Quotes {
			qo := understandQuoteOut{Text: q.Text}
			if q.Speaker != "" {
				qo.Speaker = &q.Speaker
			}
			out.Quotes = append(out.Quotes, qo)
		}
		out.Times = append(out.Times, g.Times...)
		if err := enc.Encode(out); err != nil {
			return fmt.Errorf("write understanding gold %s: %w", g.ID, err)
		}
	}
	return nil
}
