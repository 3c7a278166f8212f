package eval

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
)

func clusterReadFixture(t *testing.T, name string) map[string]string {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := ReadClusterGold(f)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func clusterNear(a, b float64) bool { return math.Abs(a-b) < 5e-4 }

// The expected numbers were computed with the reference scorer:
// score_cluster.py testdata/cluster_gold.jsonl testdata/cluster_pred.jsonl --json
func TestScoreClustersAgreesWithReference(t *testing.T) {
	gold := clusterReadFixture(t, "cluster_gold.jsonl")
	pred := clusterReadFixture(t, "cluster_pred.jsonl")
	got := ScoreClusters(gold, pred)
	want := ClusterScores{
		BCubedP: 0.611904761904762, BCubedR: 0.4982456140350878, BCubedF1: 0.5492568762463785,
		PairP: 0.4857142857142857, PairR: 0.3617021276595745, PairF1: 0.41463414634146345,
		GoldStories: 8, PredStories: 11, Articles: 38,
	}
	if got.GoldStories != want.GoldStories || got.PredStories != want.PredStories || got.Articles != want.Articles {
		t.Errorf("counts = %d gold, %d predicted, %d articles; want %d, %d, %d",
			got.GoldStories, got.PredStories, got.Articles, want.GoldStories, want.PredStories, want.Articles)
	}
	for _, c := range []struct {
		name      string
		got, want float64
	}{
		{"BCubed P", got.BCubedP, want.BCubedP}, {"BCubed R", got.BCubedR, want.BCubedR}, {"BCubed F1", got.BCubedF1, want.BCubedF1},
		{"pair P", got.PairP, want.PairP}, {"pair R", got.PairR, want.PairR}, {"pair F1", got.PairF1, want.PairF1},
	} {
		if !clusterNear(c.got, c.want) {
			t.Errorf("%s = %.5f, want %.5f", c.name, c.got, c.want)
		}
	}
}

func TestScoreClusters(t *testing.T) {
	gold := map[string]string{"a": "1", "b": "1", "c": "1", "d": "2", "e": "2", "f": "3"}
	for _, tc := range []struct {
		name            string
		pred            map[string]string
		bp, br, pp, pr  float64
		predStories, nn int
	}{
		{"perfect", map[string]string{"a": "x", "b": "x", "c": "x", "d": "y", "e": "y", "f": "z"}, 1, 1, 1, 1, 3, 6},
		{"singletons", map[string]string{"a": "1", "b": "2", "c": "3", "d": "4", "e": "5", "f": "6"}, 1, 0.5, 0, 0, 6, 6},
		{"one story", map[string]string{"a": "x", "b": "x", "c": "x", "d": "x", "e": "x", "f": "x"}, 14.0 / 36, 1, 4.0 / 15, 1, 1, 6},
		// Amigó et al. style hand example: gold aaabbc, predicted xxyyyz.
		{"mixed", map[string]string{"a": "x", "b": "x", "c": "y", "d": "y", "e": "y", "f": "z"}, (1 + 1 + 1.0/3 + 4.0/3 + 1) / 6, (2.0/3 + 2.0/3 + 1.0/3 + 1 + 1 + 1) / 6, 0.5, 0.5, 3, 6},
		{"only predicted ids count", map[string]string{"a": "x", "b": "x", "unknown": "x"}, 1, 1, 1, 1, 1, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := ScoreClusters(gold, tc.pred)
			if !clusterNear(s.BCubedP, tc.bp) || !clusterNear(s.BCubedR, tc.br) || !clusterNear(s.PairP, tc.pp) || !clusterNear(s.PairR, tc.pr) {
				t.Errorf("got BCubed P %.4f R %.4f, pairwise P %.4f R %.4f; want %.4f %.4f, %.4f %.4f",
					s.BCubedP, s.BCubedR, s.PairP, s.PairR, tc.bp, tc.br, tc.pp, tc.pr)
			}
			if s.PredStories != tc.predStories || s.Articles != tc.nn {
				t.Errorf("got %d predicted stories over %d articles, want %d over %d", s.PredStories, s.Articles, tc.predStories, tc.nn)
			}
		})
	}
}

func TestReadClusterGold(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     map[string]string
		wantErr  bool
	}{
		{"strings", `{"id":"a","cluster":"s1","text":"x"}` + "\n\n" + `{"id":"b","cluster":"s2"}`, map[string]string{"a": "s1", "b": "s2"}, false},
		{"numbers", `{"id":7,"cluster":3}`, map[string]string{"7": "3"}, false},
		{"no final newline", `{"id":"a","cluster":"s"}`, map[string]string{"a": "s"}, false},
		{"repeated id numbered in line order", `{"id":"a","cluster":"s1"}` + "\n" + `{"id":"a","cluster":"s2"}` + "\n" + `{"id":"a","cluster":"s3"}`,
			map[string]string{"a": "s1", "a#2": "s2", "a#3": "s3"}, false},
		{"missing cluster", `{"id":"a"}`, nil, true},
		{"not json", `id,cluster`, nil, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ReadClusterGold(strings.NewReader(tc.in))
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v, want error %v", err, tc.wantErr)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %v, want %v", got, tc.want)
			}
			for k, v := range tc.want {
				if got[k] != v {
					t.Errorf("%s -> %q, want %q", k, got[k], v)
				}
			}
		})
	}
}

func TestEvalClustersShuffles(t *testing.T) {
	var arts []*news.Article
	gold := map[string]string{}
	for _, id := range []string{"a1", "a2", "b1", "b2", "c1"} {
		arts = append(arts, &news.Article{ID: id})
		gold[id] = id[:1]
	}
	// Put the first two articles of the run in one story and the others
	// in their gold stories: the score then depends on the order.
	calls := 0
	orderDependent := func(arts []*news.Article) map[string]string {
		calls++
		arts[0].DuplicateOf = "marked" // must not leak into later runs
		labels := map[string]string{}
		for _, a := range arts {
			labels[a.ID] = a.ID[:1]
		}
		labels[arts[0].ID], labels[arts[1].ID] = "first", "first"
		return labels
	}
	rep, err := EvalClusters(arts, gold, 6, 3, orderDependent)
	if err != nil {
		t.Fatal(err)
	}
	if calls != 7 || len(rep.Runs) != 6 {
		t.Errorf("got %d calls and %d runs, want 7 calls and 6 runs", calls, len(rep.Runs))
	}
	for _, a := range arts {
		if a.DuplicateOf != "" {
			t.Errorf("article %s was changed by a run", a.ID)
		}
	}
	if rep.Spread.BCubedF1 <= 0 {
		t.Errorf("spread %.3f, want above 0 for an order-dependent grouping", rep.Spread.BCubedF1)
	}
	if rep.Mean.BCubedF1 <= 0 || rep.Mean.BCubedF1 >= 1 {
		t.Errorf("mean BCubed F1 %.3f, want strictly between 0 and 1", rep.Mean.BCubedF1)
	}
	if _, err := EvalClusters(nil, gold, 1, 1, orderDependent); err == nil {
		t.Error("no articles: want an error")
	}
	if _, err := EvalClusters(arts, map[string]string{"zz": "1"}, 1, 1, orderDependent); err == nil {
		t.Error("no gold for any article: want an error")
	}
}

func TestWriteClusterReport(t *testing.T) {
	run := ClusterScores{BCubedP: 0.9, BCubedR: 0.8, BCubedF1: 0.847, PairP: 0.7, PairR: 0.6, PairF1: 0.646, GoldStories: 5, PredStories: 6, Articles: 20}
	for _, tc := range []struct {
		name   string
		rep    ClusterReport
		want   []string
		absent string
	}{
		{"one run", ClusterReport{Runs: []ClusterScores{run}, Mean: run}, []string{"articles 20", "gold stories 5", "predicted stories 6", "BCubed    P 0.900  R 0.800  F1 0.847", "pairwise  P 0.700"}, "spread"},
		{"shuffled", ClusterReport{Runs: []ClusterScores{run, run, run}, Mean: run, Spread: ClusterScores{BCubedF1: 0.012}}, []string{"over 3 arrival orders", "spread of BCubed F1 0.012"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			if err := WriteClusterReport(&b, tc.rep); err != nil {
				t.Fatal(err)
			}
			for _, w := range tc.want {
				if !strings.Contains(b.String(), w) {
					t.Errorf("report lacks %q:\n%s", w, b.String())
				}
			}
			if tc.absent != "" && strings.Contains(b.String(), tc.absent) {
				t.Errorf("report has %q:\n%s", tc.absent, b.String())
			}
		})
	}
}
