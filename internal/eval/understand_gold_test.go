package eval

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
)

var understandUpdate = flag.Bool("update-understand", false, "rewrite the understanding golden files")

func TestReadUnderstandGold(t *testing.T) {
	gold := understandReadFixture(t, "understand_gold.jsonl")
	if len(gold) != 3 {
		t.Fatalf("read %d articles, want 3 (a blank line skipped)", len(gold))
	}
	a1, a2 := gold[0], gold[1]
	if a1.ID != "a1" || a1.Published != "2021-03-04" || a2.Published != "" {
		t.Errorf("ids and dates: %q %q, %q", a1.ID, a1.Published, a2.Published)
	}
	wantEnt := news.Entity{Name: "Adaeze Okafor", Type: news.Person, Mentions: []string{"Adaeze Okafor", "Okafor", "Ms. Okafor"}}
	if !reflect.DeepEqual(a1.Entities[0], wantEnt) {
		t.Errorf("entity %+v, want %+v", a1.Entities[0], wantEnt)
	}
	if a1.Quotes[2].Speaker != "" || a1.Quotes[0].Speaker != "Adaeze Okafor" {
		t.Errorf("speakers %q, %q", a1.Quotes[0].Speaker, a1.Quotes[2].Speaker)
	}
	if want := (UnderstandTime{Text: "in March", Value: "2021-03"}); a1.Times[1] != want {
		t.Errorf("time %+v, want %+v", a1.Times[1], want)
	}
}

func TestReadUnderstandGoldRejects(t *testing.T) {
	ok := `{"id":"ok"}` + "\n"
	tests := []struct {
		name, in string
		want     []string // in the error
	}{
		{"not JSON", ok + "not json\n", []string{"line 2"}},
		{"not an object", "[1, 2]", []string{"line 1"}},
		{"two objects on a line", `{"id":"a"} {"id":"b"}`, []string{"line 1"}},
		{"no id after blank lines", ok + "\n\n" + `{"published":"2020"}`, []string{"line 4", "id"}},
		{"empty id", `{"id":""}`, []string{"line 1", "id"}},
		{"id not a string", `{"id":7}`, []string{"line 1"}},
		{"repeated id", ok + `{"id":"b"}` + "\n" + ok, []string{"line 3", `"ok"`, "line 1"}},
		{"no such month", `{"id":"a","published":"2020-13"}`, []string{"line 1", "published"}},
		{"unpadded date", `{"id":"a","published":"2020-1-5"}`, []string{"line 1", "published"}},
		{"date with a time", `{"id":"a","published":"2020-01-05T10:00"}`, []string{"line 1", "published"}},
		{"date as a number", `{"id":"a","published":2020}`, []string{"line 1"}},
		{"unknown entity type", `{"id":"a","entities":[{"name":"Vale Works","type":"company","mentions":[]}]}`, []string{"line 1", "entity 1", "company"}},
		{"entity without name", `{"id":"a","entities":[{"name":" ","type":"org"}]}`, []string{"line 1", "entity 1", "name"}},
		{"quote without text", `{"id":"a","quotes":[{"text":"Fine.","speaker":null},{"text":"","speaker":"Ann Rowe"}]}`, []string{"line 1", "quote 2"}},
		{"time without value", `{"id":"a","times":[{"text":"today"}]}`, []string{"line 1", "time 1"}},
		{"time with a word value", `{"id":"a","times":[{"text":"today","value":"yesterday"}]}`, []string{"line 1", "time 1"}},
		{"mentions not strings", `{"id":"a","entities":[{"name":"Ann Rowe","type":"person","mentions":[1]}]}`, []string{"line 1"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			gold, err := ReadUnderstandGold(strings.NewReader(tc.in))
			if err == nil {
				t.Fatalf("accepted: %+v", gold)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
		})
	}
}

func TestReadUnderstandGoldLongLine(t *testing.T) {
	long := strings.Repeat("word ", 40000)
	in := `{"id":"a","quotes":[{"text":"` + long + `","speaker":null}]}`
	gold, err := ReadUnderstandGold(strings.NewReader(in))
	if err != nil || len(gold) != 1 || gold[0].Quotes[0].Text != long {
		t.Fatalf("a line over 64 KiB: %v", err)
	}
}

func TestWriteUnderstandGoldRoundTrip(t *testing.T) {
	gold := understandReadFixture(t, "understand_gold.jsonl")
	var b bytes.Buffer
	if err := WriteUnderstandGold(&b, gold); err != nil {
		t.Fatal(err)
	}
	again, err := ReadUnderstandGold(&b)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(again, gold) {
		t.Errorf("round trip:\n got %+v\nwant %+v", again, gold)
	}
}

func TestUnderstandGoldOf(t *testing.T) {
	a := &news.Article{
		ID:        "k",
		Published: news.Date{Year: 2024, Month: 2},
		Entities:  []news.Entity{{Name: "Ann Rowe", Type: news.Person, Mentions: []string{"Ann Rowe", "Rowe"}}},
		Quotes:    []news.Quote{{Text: "Not today.", Speaker: "Ann Rowe", Paragraph: 3}},
		Times:     []news.TimeExpr{{Text: "in 2023", Value: news.Date{Year: 2023}, Paragraph: 1}},
	}
	s := ScoreUnderstand([]UnderstandGold{UnderstandGoldOf(a)}, []*news.Article{a})
	if s.QuoteRecall != 1 || s.SpeakerAccuracy != 1 || s.EntityF1 != 1 || s.AliasMerging != 1 || s.TimeAccuracy != 1 || s.DateAccuracy != 1 {
		t.Errorf("an article against its own draft: %+v", s)
	}
	// A person the story renamed is drafted under the article's own name.
	a.Entities[0] = news.Entity{Name: "Ann B. Rowe", ArticleName: "Ann Rowe", Type: news.Person, Mentions: []string{"Ann Rowe", "Rowe"}}
	g := UnderstandGoldOf(a)
	if want := (news.Entity{Name: "Ann Rowe", Type: news.Person, Mentions: []string{"Ann Rowe", "Rowe"}}); !reflect.DeepEqual(g.Entities[0], want) {
		t.Errorf("drafted entity %+v, want %+v", g.Entities[0], want)
	}
}

func TestWriteUnderstandReport(t *testing.T) {
	gold := understandReadFixture(t, "understand_gold.jsonl")
	pred := understandArticles(t, understandReadFixture(t, "understand_pred.jsonl"))
	var b bytes.Buffer
	if err := WriteUnderstandReport(&b, ScoreUnderstand(gold, pred)); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", "understand_report.golden")
	if *understandUpdate {
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if b.String() != string(want) {
		t.Errorf("report:\n%s\nwant:\n%s", b.String(), want)
	}
}

func TestReadUnderstandGoldFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	one := write("one.jsonl", `{"id":"a"}`+"\n"+`{"id":"b"}`)
	two := write("two.jsonl", `{"id":"c"}`)
	again := write("again.jsonl", `{"id":"b"}`)
	bad := write("bad.jsonl", `{"id":"d"}`+"\n"+`{"id":`)
	tests := []struct {
		name    string
		paths   []string
		ids     []string
		wantErr []string
	}{
		{"in order", []string{one, two}, []string{"a", "b", "c"}, nil},
		{"no files", nil, nil, nil},
		{"an id in two files", []string{one, again}, nil, []string{"again.jsonl", `"b"`, "one.jsonl"}},
		{"a bad line", []string{two, bad}, nil, []string{"bad.jsonl", "line 2"}},
		{"a missing file", []string{filepath.Join(dir, "none.jsonl")}, nil, []string{"none.jsonl"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			gold, err := ReadUnderstandGoldFiles(tc.paths...)
			if tc.wantErr != nil {
				if err == nil {
					t.Fatalf("accepted: %+v", gold)
				}
				for _, w := range tc.wantErr {
					if !strings.Contains(err.Error(), w) {
						t.Errorf("error %q does not mention %q", err, w)
					}
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, g := range gold {
				ids = append(ids, g.ID)
			}
			if !reflect.DeepEqual(ids, tc.ids) {
				t.Errorf("ids %q, want %q", ids, tc.ids)
			}
		})
	}
}

func TestWriteUnderstandGold(t *testing.T) {
	gold := []UnderstandGold{{
		ID:       "k<1>",
		Entities: []news.Entity{{Name: "Vale Works", Type: news.Org}},
		Quotes:   []news.Quote{{Text: "Closed & done.", Paragraph: 2}},
	}}
	var b strings.Builder
	if err := WriteUnderstandGold(&b, gold); err != nil {
		t.Fatal(err)
	}
	want := `{"id":"k<1>","published":null,"entities":[{"name":"Vale Works","type":"org","mentions":[]}],` +
		`"quotes":[{"text":"Closed & done.","speaker":null}],"times":[]}` + "\n"
	if b.String() != want {
		t.Errorf("wrote\n%s\nwant\n%s", b.String(), want)
	}
}
