package eval

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
)

func readFixtureGold(t *testing.T) CompareGold {
	t.Helper()
	gold, err := ReadCompareGoldFiles("testdata/compare/gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(gold) != 1 {
		t.Fatalf("read %d stories, want 1", len(gold))
	}
	return gold[0]
}

// TestScoreCompare checks the scores against counts worked out by hand:
// newsfold aligns one gold pair and one wrong pair, and lists three
// exclusives (one matched to its gold statement only by word overlap,
// since a dateline leads it) of which the gold has one; the furniture
// line counts nowhere, and the shared quotation is merged.
func TestScoreCompare(t *testing.T) {
	g := readFixtureGold(t)
	s := &news.Story{
		Statements: []news.StatementGroup{
			{Sentences: []news.Sentence{{Article: "a.txt", Text: "The river flooded the town of Marlow on Tuesday."}, {Article: "b", Text: "Floodwater covered Marlow on Tuesday."}}},
			{Sentences: []news.Sentence{{Article: "a.txt", Text: "Mayor Ada Finch said: “We will rebuild every house.”"}, {Article: "b", Text: "The dam was built in 1950."}}},
			{Sentences: []news.Sentence{{Article: "a.txt", Text: "Words of nothing the gold knows."}, {Article: "b", Text: "Floodwater covered Marlow on Tuesday."}}},
		},
		Exclusives: []news.Exclusive{
			{Article: "a.txt", Text: "About 120 residents were moved to a school."},
			{Article: "b", Text: "MARLOW — “We will rebuild every house,” Finch said."},
			{Article: "b", Text: "The dam was built in 1950."},
			{Article: "a.txt", Text: "Follow us on Twitter."},
		},
		Quotes: []news.StoryQuote{{Speaker: "Ada Finch", Text: "We will rebuild every house.", Articles: []string{"a.txt", "b"}}},
	}
	sc := ScoreCompare(g, s)
	want := CompareCounts{GoldPairs: 3, PredPairs: 2, BothPairs: 1, GoldExcl: 1, PredExcl: 3, BothExcl: 1, Quotes: 1, QuotesMerged: 1}
	if sc.CompareCounts != want {
		t.Fatalf("counts %+v, want %+v", sc.CompareCounts, want)
	}
	if sc.Unmapped != 1 {
		t.Errorf("unmapped %d, want 1", sc.Unmapped)
	}
	for _, c := range []struct {
		name      string
		got, want float64
	}{
		{"align P", sc.AlignP(), 0.5},
		{"align R", sc.AlignR(), 1.0 / 3},
		{"align F1", sc.AlignF1(), 0.4},
		{"exclusive P", sc.ExclP(), 1.0 / 3},
		{"exclusive R", sc.ExclR(), 1},
		{"exclusive F1", sc.ExclF1(), 0.5},
		{"quote merge", sc.QuoteMerge(), 1},
	} {
		if math.Abs(c.got-c.want) > 1e-9 {
			t.Errorf("%s = %.4f, want %.4f", c.name, c.got, c.want)
		}
	}
	if len(sc.MissedPair) != 2 || len(sc.FalsePair) != 1 || len(sc.FalseExcl) != 2 {
		t.Errorf("errors listed: %d missed pairs, %d false pairs, %d false exclusives; want 2, 1, 2",
			len(sc.MissedPair), len(sc.FalsePair), len(sc.FalseExcl))
	}
}

// TestScoreCompareQuotes checks that a quotation split over two entries,
// or given to one article only, is not merged.
func TestScoreCompareQuotes(t *testing.T) {
	g := readFixtureGold(t)
	cases := []struct {
		name   string
		quotes []news.StoryQuote
		want   int
	}{
		{"one entry", []news.StoryQuote{{Text: "We will rebuild every house", Articles: []string{"a.txt", "b"}}}, 1},
		{"two entries", []news.StoryQuote{
			{Text: "We will rebuild every house", Articles: []string{"a.txt"}},
			{Text: "We will rebuild every house", Articles: []string{"b"}},
		}, 0},
		{"other words", []news.StoryQuote{{Text: "The water rose fast overnight", Articles: []string{"a.txt", "b"}}}, 0},
		{"variant wording", []news.StoryQuote{{Text: "We will rebuild every single house in town", Articles: []string{"a.txt", "b"},
			Variants: []news.QuoteVariant{{Article: "b", Text: "rebuild every house"}}}}, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := ScoreCompare(g, &news.Story{Quotes: c.quotes})
			if sc.Quotes != 1 || sc.QuotesMerged != c.want {
				t.Errorf("merged %d of %d, want %d of 1", sc.QuotesMerged, sc.Quotes, c.want)
			}
		})
	}
}

func TestStatementMapFind(t *testing.T) {
	m := newStatementMap(readFixtureGold(t))
	cases := []struct{ art, text, want string }{
		{"a.txt", "the river FLOODED the town of Marlow on Tuesday", "0.0"},
		{"a", "The river flooded the town of Marlow on Tuesday.", "0.0"},
		{"b.txt", "Officials said 140 people left their homes.", "1.1"},
		{"b", "Officials said many left.", ""},                // under half the gold's words
		{"c", "The dam was built in 1950.", ""},               // no such article
		{"a.txt", "The dam was built in 1950.", ""},           // another article's statement
		{"b", "WESTBURY — The dam was built in 1950.", "1.3"}, // a dateline before it
	}
	for _, c := range cases {
		if got := m.find(c.art, c.text); got != c.want {
			t.Errorf("find(%q, %q) = %q, want %q", c.art, c.text, got, c.want)
		}
	}
}

func TestReadCompareGoldRejects(t *testing.T) {
	cases := []struct{ name, line, want string }{
		{"no story", `{"articles":["a"]}`, "no story"},
		{"unknown article", `{"story":"s","articles":["a"],"statements":[{"id":"0.0","article":"z","text":"x"}]}`, "not among"},
		{"same article twice", `{"story":"s","articles":["a"],"statements":[{"id":"0.0","article":"a","text":"x"},{"id":"0.1","article":"a","text":"y"}],"groups":[["0.0","0.1"]]}`, "two statements"},
		{"boilerplate grouped", `{"story":"s","articles":["a","b"],"statements":[{"id":"0.0","article":"a","text":"x"},{"id":"1.0","article":"b","text":"y"}],"groups":[["0.0","1.0"]],"boilerplate":["0.0"]}`, "boilerplate"},
		{"unknown id", `{"story":"s","articles":["a"],"statements":[],"groups":[["0.0","1.0"]]}`, "no statement"},
		{"not json", `{"story":`, "line 1"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := ReadCompareGold(strings.NewReader(c.line))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %v, want one saying %q", err, c.want)
			}
		})
	}
}

func TestQuotedWords(t *testing.T) {
	cases := []struct {
		text string
		want string
	}{
		{`He said: “We will rebuild it all.”`, "we will rebuild it all"},
		{`The so-called "experts" disagreed.`, ""},
		{`"We are ready," she said, "and we are calm."`, "we are ready and we are calm"},
		{`“An open quotation goes to the end`, "an open quotation goes to the end"},
		{"“It was not “a war of choice” at all,” he said.", "it was not a war of choice at all"},
		{`She appeared on "Meet the Voters" on Sunday.`, ""},
	}
	for _, c := range cases {
		if got := strings.Join(quotedWords(c.text), " "); got != c.want {
			t.Errorf("quotedWords(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestSharedQuote checks which statements of a gold group quote the same
// words: half the shorter's words and an unbroken run of three.
func TestSharedQuote(t *testing.T) {
	cases := []struct {
		name string
		a, b string
		want int
	}{
		{"one quotation trimmed", `“We will rebuild every house,” Finch said.`, `Finch said: "We will rebuild every house in the valley."`, 2},
		{"common words only", `"It was a prank," Finch said.`, `"This was essentially a hacked account," Finch said.`, 0},
		{"a title is no quotation", `Finch spoke on "Meet the Voters" on Sunday.`, `Finch appeared on "Meet the Voters."`, 0},
	}
	for _, c := range cases {
		m := &statementMap{article: map[string]string{"a": "x", "b": "y"}, text: map[string]string{"a": c.a, "b": c.b}}
		if got := sharedQuote([]string{"a", "b"}, m); len(got) != c.want {
			t.Errorf("%s: sharedQuote = %v, want %d statements", c.name, got, c.want)
		}
	}
}

// TestCopyLinesCluster checks that an id several clusters use picks the
// story's own record, and that an id unique to the file is kept.
func TestCopyLinesCluster(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "src.jsonl")
	lines := `{"id": "empty", "cluster": "c1", "text": "first"}
{"id": "empty", "cluster": "c2", "text": "second"}
{"id": "solo", "cluster": "c9", "text": "third"}
{"id": "other", "cluster": "c2", "text": "fourth"}
`
	if err := os.WriteFile(src, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	dst := filepath.Join(dir, "dst.jsonl")
	if err := copyLines(src, dst, "c2", []string{"empty", "solo"}); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(dst)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"id": "empty", "cluster": "c2", "text": "second"}
{"id": "solo", "cluster": "c9", "text": "third"}
`
	if string(got) != want {
		t.Errorf("copied\n%s\nwant\n%s", got, want)
	}
	if err := copyLines(filepath.Join(dir, "missing.jsonl"), dst, "c2", nil); err == nil {
		t.Error("a missing source gave no error")
	}
}

// TestCompareEvalShared scores the hand-aligned gold when the shared data
// sits beside the checkout.
func TestCompareEvalShared(t *testing.T) {
	if _, err := os.Stat("../../../shared/data/clustering/basil-dev.jsonl"); err != nil {
		t.Skip("shared data not present")
	}
	gold, err := ReadCompareGoldFiles("../../testdata/compare/gold-b.jsonl")
	if err != nil || len(gold) == 0 {
		t.Skip("no compare gold yet")
	}
	rep, err := RunCompareEval(t.Context(), gold[:1], "../../../shared")
	if err != nil {
		t.Fatal(err)
	}
	if rep.Total.GoldPairs == 0 || rep.Total.GoldExcl == 0 {
		t.Errorf("nothing scored: %+v", rep.Total)
	}
}

// TestScoreShown checks the count of listed exclusives the gold agrees
// with: a gold exclusive counts, an aligned statement, boilerplate and a
// sentence the gold does not know do not.
func TestScoreShown(t *testing.T) {
	g := readFixtureGold(t)
	cases := []struct {
		name          string
		shown         []news.Exclusive
		listed, right int
	}{
		{"none", nil, 0, 0},
		{"the gold exclusive", []news.Exclusive{{Article: "b", Text: "The dam was built in 1950."}}, 1, 1},
		{"an aligned statement", []news.Exclusive{{Article: "a.txt", Text: "About 120 residents were moved to a school."}}, 1, 0},
		{"boilerplate and an unknown sentence", []news.Exclusive{
			{Article: "a.txt", Text: "Follow us on Twitter."},
			{Article: "b", Text: "Words of nothing the gold knows."},
			{Article: "b", Text: "The dam was built in 1950."},
		}, 3, 1},
	}
	for _, c := range cases {
		listed, right := ScoreShown(g, c.shown)
		if listed != c.listed || right != c.right {
			t.Errorf("%s: ScoreShown = %d, %d; want %d, %d", c.name, listed, right, c.listed, c.right)
		}
	}
}
