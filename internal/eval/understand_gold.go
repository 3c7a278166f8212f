package eval

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/newsfold/newsfold/internal/news"
)

// UnderstandGold is one article's hand labels for the understanding
// stages: its publication date, its named entities, its quotations with
// their speakers and its time expressions with their resolved values.
// The format is documented in docs/understand-gold.md.
type UnderstandGold struct {
	// ID is the article's ID as newsfold reports it.
	ID string
	// Published is YYYY-MM-DD, YYYY-MM or YYYY; "" when the article
	// gives no date (null in the file).
	Published string
	Entities  []news.Entity
	// Quotes carry a text and a speaker ("" when unknown, null in the
	// file); Paragraph is unused.
	Quotes []news.Quote
	Times  []UnderstandTime
}

// UnderstandTime is a labelled time expression: the text as written and
// its value as YYYY-MM-DD, YYYY-MM or YYYY.
type UnderstandTime struct {
	Text  string `json:"text"`
	Value string `json:"value"`
}

// understandRecord is one line of a gold file as written.
type understandRecord struct {
	ID        *string `json:"id"`
	Published *string `json:"published"`
	Entities  []struct {
		Name     string   `json:"name"`
		Type     string   `json:"type"`
		Mentions []string `json:"mentions"`
	} `json:"entities"`
	Quotes []struct {
		Text    string  `json:"text"`
		Speaker *string `json:"speaker"`
	} `json:"quotes"`
	Times []UnderstandTime `json:"times"`
}

// ReadUnderstandGold reads understanding gold in JSON Lines, one article
// a line; blank lines are skipped and fields beyond the format are
// ignored. It rejects a line that is not a JSON object of the format, has
// no id or an id an earlier line has, a published date or time value not
// written YYYY, YYYY-MM or YYYY-MM-DD, an entity without a name or with a
// type other than person, org or place, or a quote or time without text.
// Errors name the line.
func ReadUnderstandGold(r io.Reader) ([]UnderstandGold, error) {
	var gold []UnderstandGold
	seen := map[string]int{}
	br := bufio.NewReader(r)
	for line := 1; ; line++ {
		text, err := br.ReadString('\n')
		if s := strings.TrimSpace(text); s != "" {
			g, perr := understandParseLine(s)
			if perr != nil {
				return nil, fmt.Errorf("read understanding gold: line %d: %w", line, perr)
			}
			if first, dup := seen[g.ID]; dup {
				return nil, fmt.Errorf("read understanding gold: line %d: id %q already on line %d", line, g.ID, first)
			}
			seen[g.ID] = line
			gold = append(gold, g)
		}
		if errors.Is(err, io.EOF) {
			return gold, nil
		}
		if err != nil {
			return nil, fmt.Errorf("read understanding gold: line %d: %w", line, err)
		}
	}
}

// understandParseLine parses and checks one non-blank line.
func understandParseLine(s string) (UnderstandGold, error) {
	var rec understandRecord
	if err := json.Unmarshal([]byte(s), &rec); err != nil {
		return UnderstandGold{}, err
	}
	if rec.ID == nil || *rec.ID == "" {
		return UnderstandGold{}, errors.New(`want a non-empty "id"`)
	}
	g := UnderstandGold{ID: *rec.ID}
	if rec.Published != nil {
		if err := understandCheckDate(*rec.Published); err != nil {
			return UnderstandGold{}, fmt.Errorf("published: %w", err)
		}
		g.Published = *rec.Published
	}
	for i, e := range rec.Entities {
		if strings.TrimSpace(e.Name) == "" {
			return UnderstandGold{}, fmt.Errorf("entity %d: no name", i+1)
		}
		switch t := news.EntityType(e.Type); t {
		case news.Person, news.Org, news.Place:
		default:
			return UnderstandGold{}, fmt.Errorf("entity %d (%s): type %q, want person, org or place", i+1, e.Name, e.Type)
		}
		ent := news.Entity{Name: e.Name, Type: news.EntityType(e.Type)}
		if len(e.Mentions) > 0 {
			ent.Mentions = e.Mentions
		}
		g.Entities = append(g.Entities, ent)
	}
	for i, q := range rec.Quotes {
		if strings.TrimSpace(q.Text) == "" {
			return UnderstandGold{}, fmt.Errorf("quote %d: no text", i+1)
		}
		gq := news.Quote{Text: q.Text}
		if q.Speaker != nil {
			gq.Speaker = *q.Speaker
		}
		g.Quotes = append(g.Quotes, gq)
	}
	for i, t := range rec.Times {
		if strings.TrimSpace(t.Text) == "" {
			return UnderstandGold{}, fmt.Errorf("time %d: no text", i+1)
		}
		if err := understandCheckDate(t.Value); err != nil {
			return UnderstandGold{}, fmt.Errorf("time %d (%s): %w", i+1, t.Text, err)
		}
		g.Times = append(g.Times, t)
	}
	return g, nil
}

// understandCheckDate accepts a date written exactly YYYY, YYYY-MM or
// YYYY-MM-DD, so that it compares as a string with news.Date.String.
func understandCheckDate(s string) error {
	d, err := news.ParseDate(s)
	if err != nil {
		return err
	}
	if d.String() != s {
		return fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD exactly", s)
	}
	return nil
}
