package eval

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/newsfold/newsfold/internal/cluster"
	"github.com/newsfold/newsfold/internal/dedup"
	"github.com/newsfold/newsfold/internal/fold"
	"github.com/newsfold/newsfold/internal/news"
)

// clusterDevDir holds the development corpora when the shared data is
// checked out beside the repository.
var clusterDevDir = filepath.Join("..", "..", "..", "shared", "data", "clustering")

// clusterReadDev reads a development corpus into articles and gold
// labels, skipping the test when the data is absent. Articles are dated by
// their metadata and carry no recognised entities.
func clusterReadDev(t testing.TB, name string) ([]*news.Article, map[string]string) {
	t.Helper()
	f, err := os.Open(filepath.Join(clusterDevDir, name))
	if err != nil {
		t.Skipf("development data not available: %v", err)
	}
	defer f.Close()
	var arts []*news.Article
	gold := map[string]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var rec struct {
			ID, Cluster string
			Title, Date *string
			Text        string
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		a := &news.Article{ID: rec.ID, Paragraphs: clusterParagraphs(rec.Text)}
		if rec.Title != nil {
			a.Title = *rec.Title
		}
		if rec.Date != nil {
			if d, err := news.ParseDate(*rec.Date); err == nil {
				a.MetadataDate, a.Published = d, d
			}
		}
		arts = append(arts, a)
		gold[rec.ID] = rec.Cluster
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return arts, gold
}

// clusterParagraphs splits text on blank lines, or on line breaks when
// it has no blank line.
func clusterParagraphs(text string) []string {
	sep := "\n\n"
	if !strings.Contains(text, sep) {
		sep = "\n"
	}
	var out []string
	for _, p := range strings.Split(text, sep) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// clusterGroupWith marks duplicates and clusters the articles in order of
// publication, as the pipeline does.
func clusterGroupWith(opts cluster.Options) func([]*news.Article) map[string]string {
	return func(arts []*news.Article) map[string]string {
		dedup.Mark(arts)
		order := append([]*news.Article(nil), arts...)
		sort.SliceStable(order, func(i, j int) bool {
			a, b := order[i].Published, order[j].Published
			if a.HasYear() != b.HasYear() {
				return a.HasYear()
			}
			return a.Before(b)
		})
		c := cluster.New(opts)
		for _, a := range order {
			c.Add(a)
		}
		labels := map[string]string{}
		for i, g := range c.Groups() {
			for _, a := range g.Articles {
				labels[a.ID] = string(rune('A'+i%26)) + strings.Repeat("'", i/26)
			}
		}
		return labels
	}
}

// TestClusterDevCorpora scores the grouping of the development corpora
// over shuffled arrival orders: the clustering stage alone (articles as
// read, no entities), and the pipeline's grouping after understanding.
func TestClusterDevCorpora(t *testing.T) {
	if testing.Short() {
		t.Skip("development corpora take a while")
	}
	pipeline := func(arts []*news.Article) map[string]string { return ClusterLabels(fold.Group(arts)) }
	for _, tc := range []struct {
		file       string
		understand bool
		group      func([]*news.Article) map[string]string
		shuffles   int
		minF1      float64
		maxSpread  float64
	}{
		{"ecbplus-dev.jsonl", false, clusterGroupWith(cluster.Options{}), 10, 0.88, 0.03},
		{"basil-dev.jsonl", false, clusterGroupWith(cluster.Options{}), 10, 0.97, 0.02},
		{"ecbplus-dev.jsonl", true, pipeline, 5, 0.88, 0.03},
		{"basil-dev.jsonl", true, pipeline, 5, 0.97, 0.03},
	} {
		name := tc.file + map[bool]string{false: " clustering", true: " pipeline"}[tc.understand]
		t.Run(name, func(t *testing.T) {
			arts, gold := clusterReadDev(t, tc.file)
			if tc.understand {
				for _, a := range arts {
					fold.Understand(a)
				}
			}
			rep, err := EvalClusters(arts, gold, tc.shuffles, 1, tc.group)
			if err != nil {
				t.Fatal(err)
			}
			m := rep.Mean
			t.Logf("%s, %d shuffles: BCubed P %.3f R %.3f F1 %.3f (spread %.3f); pairwise P %.3f R %.3f F1 %.3f; stories gold %d predicted %d",
				name, tc.shuffles, m.BCubedP, m.BCubedR, m.BCubedF1, rep.Spread.BCubedF1, m.PairP, m.PairR, m.PairF1, m.GoldStories, m.PredStories)
			if m.BCubedF1 < tc.minF1 {
				t.Errorf("BCubed F1 %.3f, want at least %.3f", m.BCubedF1, tc.minF1)
			}
			if rep.Spread.BCubedF1 > tc.maxSpread {
				t.Errorf("BCubed F1 spread %.3f over shuffles, want at most %.3f", rep.Spread.BCubedF1, tc.maxSpread)
			}
		})
	}
}
