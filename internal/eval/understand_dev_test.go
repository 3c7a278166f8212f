package eval

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsfold/newsfold/internal/fold"
	"github.com/newsfold/newsfold/internal/news"
)

// understandGoldDir holds the repository's hand labels for the
// understanding stages.
var understandGoldDir = filepath.Join("..", "..", "testdata", "understand")

// understandDevPaths are the shared corpora the labels are drawn from:
// the seed pages and the clustering development corpora.
var understandDevPaths = []string{
	filepath.Join(clusterDevDir, "..", "..", "seeds"),
	filepath.Join(clusterDevDir, "basil-dev.jsonl"),
	filepath.Join(clusterDevDir, "ecbplus-dev.jsonl"),
}

// understandReadGoldDir reads every gold file in dir, skipping the test
// when there is none.
func understandReadGoldDir(t *testing.T, dir string) []UnderstandGold {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if len(files) == 0 {
		t.Skipf("no understanding gold in %s", dir)
	}
	gold, err := ReadUnderstandGoldFiles(files...)
	if err != nil {
		t.Fatal(err)
	}
	return gold
}

// TestUnderstandDev scores the pipeline's understanding of the shared
// pages against the repository's hand labels, checks each score against a
// floor, and checks that every labelled article is one the pipeline
// reports.
func TestUnderstandDev(t *testing.T) {
	if testing.Short() {
		t.Skip("the development corpora take a while")
	}
	gold := understandReadGoldDir(t, understandGoldDir)
	// Each corpus is folded on its own, as a user would run it.
	var arts []*news.Article
	for _, p := range understandDevPaths {
		if _, err := os.Stat(p); err != nil {
			continue
		}
		res, err := fold.Run(context.Background(), []string{p}, fold.Options{})
		if err != nil {
			t.Fatalf("fold %s: %v", p, err)
		}
		arts = append(arts, res.Articles...)
	}
	if len(arts) == 0 {
		t.Skip("development data not available")
	}
	s := ScoreUnderstand(gold, arts)
	var b strings.Builder
	if err := WriteUnderstandReport(&b, s); err != nil {
		t.Fatal(err)
	}
	t.Logf("understanding against %d labelled articles:\n%s", len(gold), b.String())
	// Floors well under the scores measured when the labels were first
	// written, so that only a real loss of quality trips them.
	for _, f := range []struct {
		name       string
		value, min float64
	}{
		{"quote recall", s.QuoteRecall, 0.7},
		{"quote precision", s.QuotePrecision, 0.85},
		{"speaker accuracy", s.SpeakerAccuracy, 0.7},
		{"person F1", s.PersonF1, 0.7},
		{"entity F1", s.EntityF1, 0.7},
		{"alias merging", s.AliasMerging, 0.8},
		{"time accuracy", s.TimeAccuracy, 0.8},
		{"date accuracy", s.DateAccuracy, 0.85},
	} {
		if f.value < f.min {
			t.Errorf("%s %.3f, want at least %.2f", f.name, f.value, f.min)
		}
	}
	if s.Found != s.Articles {
		have := map[string]bool{}
		for _, a := range arts {
			have[a.ID] = true
		}
		for _, g := range gold {
			if !have[g.ID] {
				t.Errorf("labelled article %q is not among the articles read", g.ID)
			}
		}
	}
}
