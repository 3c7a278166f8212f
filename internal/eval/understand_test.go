package eval

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
)

// understandReadFixture reads a gold file from testdata.
func understandReadFixture(t *testing.T, name string) []UnderstandGold {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold, err := ReadUnderstandGold(f)
	if err != nil {
		t.Fatal(err)
	}
	return gold
}

// understandArticles turns labels into articles, as if newsfold had found
// exactly them.
func understandArticles(t testing.TB, gold []UnderstandGold) []*news.Article {
	t.Helper()
	var arts []*news.Article
	for _, g := range gold {
		a := &news.Article{ID: g.ID, Entities: g.Entities, Quotes: g.Quotes}
		if g.Published != "" {
			d, err := news.ParseDate(g.Published)
			if err != nil {
				t.Fatal(err)
			}
			a.Published = d
		}
		for _, tm := range g.Times {
			d, err := news.ParseDate(tm.Value)
			if err != nil {
				t.Fatal(err)
			}
			a.Times = append(a.Times, news.TimeExpr{Text: tm.Text, Value: d})
		}
		arts = append(arts, a)
	}
	return arts
}

func TestScoreUnderstandFixture(t *testing.T) {
	gold := understandReadFixture(t, "understand_gold.jsonl")
	pred := understandArticles(t, understandReadFixture(t, "understand_pred.jsonl"))
	s := ScoreUnderstand(gold, pred)
	counts := []struct {
		name      string
		got, want int
	}{
		{"articles", s.Articles, 3},
		{"found (a3 missing, x9 ignored)", s.Found, 2},
		{"gold quotes", s.GoldQuotes, 5},
		{"predicted quotes (x9 ignored)", s.PredQuotes, 5},
		{"matched quotes (half the words is enough)", s.MatchedQuotes, 4},
		{"right speakers (suffix, exact; not a name for null)", s.RightSpeakers, 3},
		{"gold entities", s.GoldEntities, 6},
		{"predicted entities", s.PredEntities, 7},
		{"matched entities (case, \"the\"; not another type)", s.MatchedEntities, 4},
		{"gold persons", s.GoldPersons, 4},
		{"predicted persons", s.PredPersons, 3},
		{"matched persons", s.MatchedPersons, 2},
		{"persons written several ways", s.AliasPersons, 3},
		{"merged persons", s.MergedPersons, 1},
		{"gold times", s.GoldTimes, 4},
		{"times matched by text", s.MatchedTimes, 3},
		{"right times (not at another precision)", s.RightTimes, 2},
		{"right dates (null agrees with null)", s.RightDates, 2},
	}
	for _, c := range counts {
		if c.got != c.want {
			t.Errorf("%s = %d, want %d", c.name, c.got, c.want)
		}
	}
	ratios := []struct {
		name      string
		got, want float64
	}{
		{"quote recall", s.QuoteRecall, 4.0 / 5},
		{"quote precision", s.QuotePrecision, 4.0 / 5},
		{"speaker accuracy", s.SpeakerAccuracy, 3.0 / 4},
		{"entity P", s.EntityP, 4.0 / 7},
		{"entity R", s.EntityR, 4.0 / 6},
		{"entity F1", s.EntityF1, 2 * (4.0 / 7) * (4.0 / 6) / (4.0/7 + 4.0/6)},
		{"person P", s.PersonP, 2.0 / 3},
		{"person R", s.PersonR, 2.0 / 4},
		{"alias merging", s.AliasMerging, 1.0 / 3},
		{"time accuracy", s.TimeAccuracy, 2.0 / 4},
		{"date accuracy", s.DateAccuracy, 2.0 / 3},
	}
	for _, r := range ratios {
		if !clusterNear(r.got, r.want) {
			t.Errorf("%s = %.4f, want %.4f", r.name, r.got, r.want)
		}
	}
}

func TestScoreUnderstandAgainstItself(t *testing.T) {
	gold := understandReadFixture(t, "understand_gold.jsonl")
	s := ScoreUnderstand(gold, understandArticles(t, gold))
	for name, v := range map[string]float64{
		"quote recall": s.QuoteRecall, "quote precision": s.QuotePrecision, "speaker accuracy": s.SpeakerAccuracy,
		"person F1": s.PersonF1, "entity F1": s.EntityF1, "alias merging": s.AliasMerging,
		"time accuracy": s.TimeAccuracy, "date accuracy": s.DateAccuracy,
	} {
		if v != 1 {
			t.Errorf("%s = %v, want 1", name, v)
		}
	}
}

func TestScoreUnderstandArticles(t *testing.T) {
	gold := []UnderstandGold{{ID: "k1"}, {ID: "k2", Published: "2022"}}
	tests := []struct {
		name      string
		arts      []*news.Article
		found     int
		rightDate int
	}{
		{"none", nil, 0, 0},
		{"null date against a missing article is wrong", []*news.Article{{ID: "k2", Published: news.Date{Year: 2022}}}, 1, 1},
		{"null date against no date is right", []*news.Article{{ID: "k1"}}, 1, 1},
		{"a finer date is wrong", []*news.Article{{ID: "k2", Published: news.Date{Year: 2022, Month: 5}}}, 1, 0},
		{"the first of one ID counts", []*news.Article{{ID: "k1"}, {ID: "k1", Published: news.Date{Year: 1999}}}, 1, 1},
		{"nil articles are skipped", []*news.Article{nil, {ID: "zz"}}, 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := ScoreUnderstand(gold, tc.arts)
			if s.Found != tc.found || s.RightDates != tc.rightDate || s.Articles != 2 {
				t.Errorf("found %d, right dates %d, articles %d; want %d, %d, 2", s.Found, s.RightDates, s.Articles, tc.found, tc.rightDate)
			}
		})
	}
}

func TestScoreUnderstandEmpty(t *testing.T) {
	if s := ScoreUnderstand(nil, nil); !reflect.DeepEqual(s, UnderstandScores{}) {
		t.Errorf("empty scores: %+v", s)
	}
}

// TestScoreUnderstandArticleNames checks that entities are scored by the
// name each article writes itself, not the story-wide name.
func TestScoreUnderstandArticleNames(t *testing.T) {
	gold := []UnderstandGold{{ID: "k1", Entities: []news.Entity{
		{Name: "Roe", Type: news.Person, Mentions: []string{"Roe", "Ms Roe"}},
	}}}
	tests := []struct {
		name        string
		ent         news.Entity
		matched     int
		merged, all int
	}{
		{"the article's own name", news.Entity{Name: "Jane Roe", ArticleName: "Roe", Type: news.Person, Mentions: []string{"Roe", "Ms Roe"}}, 1, 1, 1},
		{"the story name alone", news.Entity{Name: "Jane Roe", Type: news.Person, Mentions: []string{"Roe", "Ms Roe"}}, 0, 1, 1},
		{"another article name", news.Entity{Name: "Roe", ArticleName: "Jane Roe", Type: news.Person, Mentions: []string{"Ms Roe"}}, 0, 1, 1},
		{"an org of that name", news.Entity{Name: "Jane Roe", ArticleName: "Roe", Type: news.Org, Mentions: []string{"Roe"}}, 0, 0, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := ScoreUnderstand(gold, []*news.Article{{ID: "k1", Entities: []news.Entity{tc.ent}}})
			if s.MatchedPersons != tc.matched || s.MergedPersons != tc.merged || s.AliasPersons != tc.all {
				t.Errorf("matched %d, merged %d of %d; want %d, %d of %d",
					s.MatchedPersons, s.MergedPersons, s.AliasPersons, tc.matched, tc.merged, tc.all)
			}
		})
	}
}
