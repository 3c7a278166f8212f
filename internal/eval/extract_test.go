package eval

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// loadExtractPred reads predictions in the reference scorer's format.
func loadExtractPred(t *testing.T, path string) map[string]string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var raw map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		t.Fatal(err)
	}
	pred := make(map[string]string, len(raw))
	for id, v := range raw {
		pred[id] = v.ArticleBody
	}
	return pred
}

// TestScoreExtractMatchesReference checks ScoreExtract against numbers
// computed by the benchmark's reference scorer (score_extract.py) on the
// fixture in testdata: exact, extra, missing, short, empty and Unicode
// pages.
func TestScoreExtractMatchesReference(t *testing.T) {
	gold, err := LoadExtractGold(filepath.Join("testdata", "extract_gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	pred := loadExtractPred(t, filepath.Join("testdata", "extract_pred.json"))
	rep := ScoreExtract(gold, pred)
	near := func(name string, got, want float64) {
		t.Helper()
		if math.Abs(got-want) > 1e-9 {
			t.Errorf("%s = %.6f, want %.6f", name, got, want)
		}
	}
	near("F1", rep.F1, 0.6772929988156311)
	near("Precision", rep.Precision, 0.6833642547928263)
	near("Recall", rep.Recall, 0.6713286713286714)
	wantPages := map[string][2]float64{
		"a-exact":        {1, 1},
		"b-extra":        {0.5714285714285714, 1},
		"c-missing-part": {1, 0.15384615384615385},
		"d-short":        {1, 1},
		"e-empty-gold":   {0, 0},
		"f-no-pred":      {0, 0},
		"g-unicode":      {0.5454545454545454, 0.5454545454545454},
		"h-repeats":      {0.6666666666666666, 1},
		"i-both-empty":   {1, 1},
	}
	if len(rep.Pages) != len(wantPages) {
		t.Fatalf("%d pages scored, want %d", len(rep.Pages), len(wantPages))
	}
	for i, p := range rep.Pages {
		want, ok := wantPages[p.ID]
		if !ok {
			t.Errorf("unexpected page %s", p.ID)
			continue
		}
		near(p.ID+" precision", p.Precision, want[0])
		near(p.ID+" recall", p.Recall, want[1])
		if i > 0 && rep.Pages[i-1].F1 > p.F1 {
			t.Errorf("pages not sorted worst first at %d", i)
		}
	}
}

func TestExtractWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Hello, world!", []string{"Hello", "world"}},
		{"x_y 2nd", []string{"x_y", "2nd"}},
		{"नमस्ते", []string{"नमस", "त"}}, // combining marks split words, as in Python
		{"½ Ⅻ ²", []string{"½", "Ⅻ", "²"}},
		{"  ", nil},
	}
	for _, tt := range tests {
		if got := extractWords(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("extractWords(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestScoreExtractEdgeCases(t *testing.T) {
	tests := []struct {
		name       string
		gold, pred map[string]string
		p, r       float64
	}{
		{"nothing", map[string]string{}, map[string]string{}, 0, 0},
		{"all empty", map[string]string{"a": ""}, map[string]string{"a": ""}, 0, 0},
		{"perfect", map[string]string{"a": "one two three four five"}, map[string]string{"a": "one two three four five"}, 1, 1},
		{"disjoint", map[string]string{"a": "one two three four"}, map[string]string{"a": "five six seven eight"}, 0, 0},
	}
	for _, tt := range tests {
		rep := ScoreExtract(tt.gold, tt.pred)
		if rep.Precision != tt.p || rep.Recall != tt.r {
			t.Errorf("%s: P %v R %v, want P %v R %v", tt.name, rep.Precision, rep.Recall, tt.p, tt.r)
		}
	}
}

func TestLoadExtractGoldErrors(t *testing.T) {
	if _, err := LoadExtractGold(filepath.Join("testdata", "no-such-file.json")); err == nil {
		t.Error("missing file: no error")
	}
	bad := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(bad, []byte("{not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadExtractGold(bad); err == nil {
		t.Error("malformed file: no error")
	}
}
