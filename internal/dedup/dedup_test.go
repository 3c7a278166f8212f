package dedup

import (
	"strings"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
)

const lead = "The city council of Marrowfield voted on Tuesday to close the old tram depot on Quill Street, ending a dispute that had run for six years. "

var body = []string{
	lead + "Councillor Anya Pell said the site would become a park.",
	"Residents had collected 4,000 signatures against the closure, and the vote was eleven to four. The depot opened in 1911 and last ran trams in 1968.",
	"A spokesman for the transport board said the remaining vehicles would go to a museum in Dunmere, where volunteers restore old carriages.",
}

func art(id, date, agency string, paras ...string) *news.Article {
	a := &news.Article{ID: id, Agency: agency, Paragraphs: paras}
	if date != "" {
		a.Published, _ = news.ParseDate(date)
	}
	return a
}

func TestMark(t *testing.T) {
	edited := append([]string(nil), body...)
	edited[2] = strings.Replace(edited[2], "old carriages", "old carriages and buses", 1)
	other := []string{"A storm cut power to 30,000 homes in Lessing overnight, the grid operator said, and crews expected to restore supply by Thursday evening."}
	wire := []string{body[0], "Local outlets added reactions from shop owners near the depot, who feared fewer visitors once the trams were gone for good."}
	for _, tc := range []struct {
		name string
		arts []*news.Article
		want map[string]string // ID -> DuplicateOf
	}{
		{"exact copy, later", []*news.Article{art("a", "2031-05-02", "", body...), art("b", "2031-05-03", "", body...)}, map[string]string{"a": "", "b": "a"}},
		{"earliest is original", []*news.Article{art("late", "2031-05-04", "", body...), art("early", "2031-05-02", "", body...)}, map[string]string{"late": "early", "early": ""}},
		{"first in slice when undated", []*news.Article{art("x", "", "", body...), art("y", "", "", body...)}, map[string]string{"x": "", "y": "x"}},
		{"punctuation and case", []*news.Article{art("a", "", "", body...), art("b", "", "", strings.ToUpper(strings.Join(body, " ... ")))}, map[string]string{"b": "a"}},
		{"near copy", []*news.Article{art("a", "", "", body...), art("b", "", "", edited...)}, map[string]string{"b": "a"}},
		{"different text", []*news.Article{art("a", "", "", body...), art("b", "", "", other...)}, map[string]string{"a": "", "b": ""}},
		{"wire copy, same agency", []*news.Article{art("a", "", "Wirex", body...), art("b", "", "wirex", wire...)}, map[string]string{"b": "a"}},
		{"same lead, no agency", []*news.Article{art("a", "", "", body...), art("b", "", "", wire...)}, map[string]string{"b": ""}},
		{"same lead, other agency", []*news.Article{art("a", "", "Wirex", body...), art("b", "", "Newsline", wire...)}, map[string]string{"b": ""}},
		{"copy of a copy points to the original", []*news.Article{art("a", "", "", body...), art("b", "", "", body...), art("c", "", "", edited...)}, map[string]string{"b": "a", "c": "a"}},
		{"empty texts are not copies", []*news.Article{art("a", "", ""), art("b", "", "")}, map[string]string{"a": "", "b": ""}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			Mark(tc.arts)
			for _, a := range tc.arts {
				if want, ok := tc.want[a.ID]; ok && a.DuplicateOf != want {
					t.Errorf("%s.DuplicateOf = %q, want %q", a.ID, a.DuplicateOf, want)
				}
			}
		})
	}
}

func TestMarkClearsStaleMarks(t *testing.T) {
	a := art("a", "", "", body...)
	a.DuplicateOf = "gone"
	Mark([]*news.Article{a, nil})
	if a.DuplicateOf != "" {
		t.Errorf("DuplicateOf = %q, want it cleared", a.DuplicateOf)
	}
}

func TestJaccard(t *testing.T) {
	for _, tc := range []struct {
		a, b []uint64
		want float64
	}{
		{nil, nil, 1},
		{[]uint64{1, 2, 3}, []uint64{1, 2, 3}, 1},
		{[]uint64{1, 2, 3}, []uint64{4, 5}, 0},
		{[]uint64{1, 2, 3, 4}, []uint64{3, 4, 5, 6}, 2.0 / 6},
		{[]uint64{1}, nil, 0},
	} {
		if got := Jaccard(tc.a, tc.b); got != tc.want {
			t.Errorf("Jaccard(%v, %v) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func BenchmarkMark(b *testing.B) {
	var arts []*news.Article
	for i := 0; i < 2000; i++ {
		p := strings.Repeat("word"+string(rune('a'+i%26))+" ", 20) + body[i%3]
		arts = append(arts, art(string(rune(i)), "", "", p, body[(i+1)%3]))
	}
	b.ResetTimer()
	for range b.N {
		Mark(arts)
	}
	b.ReportMetric(float64(len(arts)*b.N)/b.Elapsed().Seconds(), "articles/s")
}
