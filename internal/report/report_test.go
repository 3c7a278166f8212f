package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
)

func sample() Input {
	a := &news.Article{
		ID: "a.txt", Title: "Quay reopens", Paragraphs: []string{"The quay reopened.", "Boats returned."},
		Published: news.Date{Year: 2031, Month: 5, Day: 4}, PublishedBasis: news.BasisDateline,
		Dateline: &news.Dateline{Place: "BRANNOCK", Text: "BRANNOCK, May 4 –", Date: news.Date{Month: 5, Day: 4}},
		Quotes:   []news.Quote{{Text: "We are back", Speaker: ""}},
	}
	b := &news.Article{ID: "b.txt", Outlet: "Harbour Post", Paragraphs: []string{"Boats returned to the quay."}}
	s := &news.Story{ID: "s1", Title: "Quay reopens", Articles: []string{"a.txt", "b.txt"},
		FirstPublished: a.Published,
		Quotes: []news.StoryQuote{{Text: "We are back home", Articles: []string{"a.txt", "b.txt"},
			Variants: []news.QuoteVariant{{Article: "a.txt", Text: "We are back", Diff: []news.DiffOp{{Op: "same", Text: "We are back"}, {Op: "omitted", Text: "home"}}}}}},
		Exclusives: []news.Exclusive{{Article: "b.txt", Text: "Boats returned to the quay."}},
		Facts:      []news.Fact{{Text: "The quay | reopened.", Articles: []string{"b.txt"}}},
		Statements: []news.StatementGroup{{Text: "The quay reopened.", Sentences: []news.Sentence{{Article: "a.txt", Text: "The quay reopened."}, {Article: "b.txt", Text: "Boats returned to the quay."}}}},
	}
	return Input{Articles: []*news.Article{a, b}, Stories: []*news.Story{s}}
}

func TestJSONNullsAndLists(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, JSON, sample()); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Articles []map[string]any
		Stories  []map[string]any
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	b := doc.Articles[1]
	for _, f := range []string{"title", "agency", "dateline", "published", "duplicate_of"} {
		if v, ok := b[f]; !ok || v != nil {
			t.Errorf("article b: %s = %v, want null", f, v)
		}
	}
	if b["published_basis"] != "none" {
		t.Errorf("undated article's basis %v, want none", b["published_basis"])
	}
	for _, f := range []string{"entities", "quotes", "times"} {
		if l, ok := b[f].([]any); !ok || len(l) != 0 {
			t.Errorf("article b: %s = %v, want []", f, b[f])
		}
	}
	if dl := doc.Articles[0]["dateline"].(map[string]any); dl["date"] != "--05-04" || dl["place"] != "BRANNOCK" {
		t.Errorf("dateline %v", dl)
	}
	if q := doc.Articles[0]["quotes"].([]any)[0].(map[string]any); q["speaker"] != nil {
		t.Errorf("unknown speaker %v, want null", q["speaker"])
	}
	if s := doc.Stories[0]; s["first_published"] != "2031-05-04" || len(s["outlets"].([]any)) != 1 {
		t.Errorf("story %v", s)
	}
}

func TestHumanReports(t *testing.T) {
	for _, tt := range []struct {
		f    Format
		want []string
	}{
		{Text, []string{"[s1] Quay reopens", "unattributed: “We are back home” [1] [2]", "[1] quoted only: “We are back …”",
			"[2] Harbour Post — Boats returned to the quay.", "  1 2\n  · ●  The quay | reopened.\n"}},
		{Markdown, []string{"## \\[s1\\] Quay reopens", "\\[1\\] quoted only: “We are back …”", "| 1 | 2 | statement |\n|:-:|:-:|---|\n|   | ● | The quay \\| reopened. |\n"}},
		{HTML, []string{"quoted only “We are back …”", `id="s1"`}},
	} {
		var buf bytes.Buffer
		if err := Write(&buf, tt.f, sample()); err != nil {
			t.Fatal(err)
		}
		for _, w := range tt.want {
			if !strings.Contains(buf.String(), w) {
				t.Errorf("%s report lacks %q:\n%s", tt.f, w, buf.String())
			}
		}
	}
}

func TestParseFormat(t *testing.T) {
	if f, err := ParseFormat("JSON"); err != nil || f != JSON {
		t.Errorf("ParseFormat(JSON) = %v, %v", f, err)
	}
	if _, err := ParseFormat("pdf"); err == nil {
		t.Error("ParseFormat(pdf): want an error")
	}
}

func TestWrap(t *testing.T) {
	got := wrap("one two three four", "* ", "  ", 9)
	if want := "* one two\n  three\n  four"; got != want {
		t.Errorf("wrap = %q, want %q", got, want)
	}
}

func TestJSONStatements(t *testing.T) {
	var buf bytes.Buffer
	in := sample()
	if err := Write(&buf, JSON, in); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Stories []struct {
			Statements []struct {
				Text      string
				Sentences []struct{ Article, Text string }
			}
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	got := doc.Stories[0].Statements
	if len(got) != 1 || got[0].Text != "The quay reopened." || len(got[0].Sentences) != 2 || got[0].Sentences[1].Article != "b.txt" {
		t.Errorf("statements %+v", got)
	}
	in.Stories[0].Statements = nil
	buf.Reset()
	if err := Write(&buf, JSON, in); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), `"statements"`) {
		t.Error("a story without statement groups still writes the field")
	}
}

func TestTrimmed(t *testing.T) {
	op := func(kind, text string) news.DiffOp { return news.DiffOp{Op: kind, Text: text} }
	for _, c := range []struct {
		name string
		ops  []news.DiffOp
		want string
		ok   bool
	}{
		{"end cut", []news.DiffOp{op("same", "We are back"), op("omitted", "home")}, "We are back …", true},
		{"start cut", []news.DiffOp{op("omitted", "Today"), op("same", "we are back")}, "… we are back", true},
		{"both ends", []news.DiffOp{op("omitted", "Today"), op("same", "we are"), op("omitted", "back")}, "… we are …", true},
		{"unchanged", []news.DiffOp{op("same", "We are back")}, "", false},
		{"inside cut", []news.DiffOp{op("same", "We are"), op("omitted", "finally"), op("same", "back")}, "", false},
		{"word changed", []news.DiffOp{op("same", "We are"), op("omitted", "back"), op("added", "home")}, "", false},
		{"only added", []news.DiffOp{op("added", "Yes,"), op("same", "we are back")}, "", false},
	} {
		got, ok := quotedPart(c.ops)
		if got != c.want || ok != c.ok {
			t.Errorf("%s: quotedPart = %q, %v; want %q, %v", c.name, got, ok, c.want, c.ok)
		}
	}
}

// TestVariantWordings checks how each report shows a wording that keeps
// none of the quotation's words: whole, not as a diff striking
// everything out.
func TestVariantWordings(t *testing.T) {
	in := sample()
	q := &in.Stories[0].Quotes[0]
	q.Variants = append(q.Variants, news.QuoteVariant{Article: q.Articles[1], Text: "home at last",
		Diff: []news.DiffOp{{Op: "omitted", Text: "We are back home"}, {Op: "added", Text: "home at last"}}})
	for _, f := range []Format{Text, Markdown, HTML} {
		var buf bytes.Buffer
		if err := Write(&buf, f, in); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(buf.String(), "wrote") || !strings.Contains(buf.String(), "“home at last”") {
			t.Errorf("%s report does not give the wording whole:\n%s", f, buf.String())
		}
		if strings.Contains(buf.String(), "We are back home-]") || strings.Contains(buf.String(), "~~We are back home~~") || strings.Contains(buf.String(), "<del>We are back home</del>") {
			t.Errorf("%s report strikes out the whole quotation:\n%s", f, buf.String())
		}
	}
}
