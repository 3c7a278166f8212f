package extract

import (
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
)

// benchDir is the article-extraction benchmark, present only in the
// development checkout.
const benchDir = "../../../shared/data/extraction"

var shingleWord = regexp.MustCompile(`[\p{L}\p{N}_]+`)

// shingles counts the word 4-grams of s, as the benchmark's scorer does.
func shingles(s string) map[string]int {
	w := shingleWord.FindAllString(s, -1)
	m := make(map[string]int)
	if len(w) == 0 {
		return m
	}
	for i := 0; i < max(1, len(w)-3); i++ {
		m[strings.Join(w[i:min(i+4, len(w))], " ")]++
	}
	return m
}

// overlap returns the page's true positive, false positive and false
// negative shares of shingles.
func overlap(gold, pred string) (tp, fp, fn float64) {
	a, b := shingles(gold), shingles(pred)
	for k, n := range a {
		tp += float64(min(n, b[k]))
		fn += float64(max(0, n-b[k]))
	}
	for k, n := range b {
		fp += float64(max(0, n-a[k]))
	}
	s := tp + fp + fn
	if s == 0 {
		return 0, 0, 0
	}
	return tp / s, fp / s, fn / s
}

type benchScore struct{ F1, P, R float64 }

// scoreBench scores predicted bodies against the gold ones with the
// benchmark's metric: per-page precision and recall averaged, F1 of the
// averages.
func scoreBench(gold, pred map[string]string) benchScore {
	var ps, rs []float64
	for id, g := range gold {
		tp, fp, fn := overlap(g, pred[id])
		if tp+fp > 0 {
			p := 1.0
			if fp != 0 || fn != 0 {
				p = tp / (tp + fp)
			}
			ps = append(ps, p)
		}
		if tp+fn > 0 {
			r := 1.0
			if fp != 0 || fn != 0 {
				r = tp / (tp + fn)
			}
			rs = append(rs, r)
		}
	}
	mean := func(x []float64) float64 {
		if len(x) == 0 {
			return 0
		}
		s := 0.0
		for _, v := range x {
			s += v
		}
		return s / float64(len(x))
	}
	sc := benchScore{P: mean(ps), R: mean(rs)}
	if sc.P+sc.R > 0 {
		sc.F1 = 2 * sc.P * sc.R / (sc.P + sc.R)
	}
	return sc
}

func loadGold(t *testing.T) map[string]string {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(benchDir, "ground-truth.json"))
	if err != nil {
		t.Skipf("benchmark not present: %v", err)
	}
	var doc map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatalf("read gold: %v", err)
	}
	gold := make(map[string]string, len(doc))
	for id, d := range doc {
		gold[id] = d.ArticleBody
	}
	return gold
}

// TestBenchmarkFlat extracts every flattened benchmark page and checks the
// body score. Set NEWSFOLD_PRED to also write the predictions as JSON for
// the reference scorer.
func TestBenchmarkFlat(t *testing.T) {
	gold := loadGold(t)
	pred := make(map[string]string, len(gold))
	for id := range gold {
		raw, err := os.ReadFile(filepath.Join(benchDir, "flat", id+".txt"))
		if err != nil {
			t.Fatalf("read page: %v", err)
		}
		a, err := Extract(news.Page{ID: id, Kind: news.KindText, Content: string(raw)})
		if err == nil {
			pred[id] = a.Body()
		}
	}
	sc := scoreBench(gold, pred)
	t.Logf("flat: F1 %.3f  P %.3f  R %.3f  pages %d", sc.F1, sc.P, sc.R, len(gold))
	if out := os.Getenv("NEWSFOLD_PRED"); out != "" {
		writePred(t, out, pred)
	}
	if sc.F1 < 0.93 || sc.P < 0.93 || sc.R < 0.93 {
		t.Errorf("flat benchmark F1 %.3f P %.3f R %.3f, want each >= 0.93", sc.F1, sc.P, sc.R)
	}
}

// TestBenchmarkHTML extracts every benchmark page from its HTML and
// checks the body score. NEWSFOLD_PRED_HTML names a file for the
// predictions.
func TestBenchmarkHTML(t *testing.T) {
	gold := loadGold(t)
	pred := make(map[string]string, len(gold))
	for id := range gold {
		f, err := os.Open(filepath.Join(benchDir, "html", id+".html.gz"))
		if err != nil {
			t.Fatalf("open page: %v", err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			f.Close()
			t.Fatalf("read page %s: %v", id, err)
		}
		raw, err := io.ReadAll(zr)
		f.Close()
		if err != nil {
			t.Fatalf("read page %s: %v", id, err)
		}
		a, err := Extract(news.Page{ID: id, Kind: news.KindHTML, Content: strings.ToValidUTF8(string(raw), "\uFFFD")})
		if err == nil {
			pred[id] = a.Body()
		}
	}
	sc := scoreBench(gold, pred)
	t.Logf("html: F1 %.3f  P %.3f  R %.3f  pages %d", sc.F1, sc.P, sc.R, len(gold))
	if out := os.Getenv("NEWSFOLD_PRED_HTML"); out != "" {
		writePred(t, out, pred)
	}
	if sc.F1 < 0.95 {
		t.Errorf("html benchmark F1 %.3f, want >= 0.95", sc.F1)
	}
}

func writePred(t *testing.T, path string, pred map[string]string) {
	t.Helper()
	doc := make(map[string]map[string]string, len(pred))
	for id, body := range pred {
		doc[id] = map[string]string{"articleBody": body}
	}
	raw, err := json.Marshal(doc)
	if err != nil {
		t.Fatalf("encode predictions: %v", err)
	}
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		t.Fatalf("write predictions: %v", err)
	}
}
