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

// TestUnderstandDev scores the pipeline's understanding of the
// development corpora against the repository's hand labels, and checks
// that every labelled article is one the pipeline reports.
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
