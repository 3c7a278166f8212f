package eval

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand"
	"strings"

	"github.com/newsfold/newsfold/internal/news"
)

// ReadClusterGold reads a gold grouping in JSON Lines, one article a line
// with at least "id" and "cluster", and returns article ID -> story label.
// An id already taken by an earlier line is numbered "#2", "#3", … in line
// order, as newsfold's reader numbers the pages of such a corpus.
func ReadClusterGold(r io.Reader) (map[string]string, error) {
	gold := map[string]string{}
	seen := map[string]int{}
	br := bufio.NewReader(r)
	for line := 1; ; line++ {
		text, err := br.ReadString('\n')
		if s := strings.TrimSpace(text); s != "" {
			var rec struct {
				ID      json.RawMessage `json:"id"`
				Cluster json.RawMessage `json:"cluster"`
			}
			if jerr := json.Unmarshal([]byte(s), &rec); jerr != nil {
				return nil, fmt.Errorf("read gold clusters: line %d: %w", line, jerr)
			}
			if rec.ID == nil || rec.Cluster == nil {
				return nil, fmt.Errorf("read gold clusters: line %d: want \"id\" and \"cluster\"", line)
			}
			id := clusterLabel(rec.ID)
			seen[id]++
			if n := seen[id]; n > 1 {
				id = fmt.Sprintf("%s#%d", id, n)
			}
			gold[id] = clusterLabel(rec.Cluster)
		}
		if errors.Is(err, io.EOF) {
			return gold, nil
		}
		if err != nil {
			return nil, fmt.Errorf("read gold clusters: %w", err)
		}
	}
}

// clusterLabel gives a JSON string's value, or any other JSON value as
// written (so the id 7 and the id "7" agree, as the reference scorer has
// them).
func clusterLabel(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	return strings.TrimSpace(string(raw))
}

// ClusterLabels gives each article of the stories its story's ID.
func ClusterLabels(stories []*news.Story) map[string]string {
	labels := map[string]string{}
	for _, s := range stories {
		for _, id := range s.Articles {
			labels[id] = s.ID
		}
	}
	return labels
}

// ClusterReport is the outcome of grouping articles in one or more
// arrival orders: the scores of each run, their mean, and their spread
// (largest minus smallest).
type ClusterReport struct {
	Runs   []ClusterScores
	Mean   ClusterScores
	Spread ClusterScores
}

// EvalClusters groups arts with group once in the given order and then
// shuffles more times in random orders drawn from seed, and scores every
// grouping against gold. group gets fresh copies of the articles each run,
// so runs do not see each other's marks, and returns article ID -> story
// label.
func EvalClusters(arts []*news.Article, gold map[string]string, shuffles int, seed int64, group func([]*news.Article) map[string]string) (ClusterReport, error) {
	var rep ClusterReport
	if len(arts) == 0 {
		return rep, errors.New("evaluate clusters: no articles")
	}
	missing := 0
	for _, a := range arts {
		if _, ok := gold[a.ID]; !ok {
			missing++
		}
	}
	if missing == len(arts) {
		return rep, fmt.Errorf("evaluate clusters: none of the %d articles has a gold story", len(arts))
	}
	rng := rand.New(rand.NewSource(seed))
	order := make([]*news.Article, len(arts))
	copy(order, arts)
	for run := 0; run <= shuffles; run++ {
		if run > 0 {
			rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		}
		pred := group(clusterCopies(order))
		rep.Runs = append(rep.Runs, ScoreClusters(gold, pred))
	}
	if shuffles > 0 {
		// The given order is one more sample only when no shuffles
		// were asked for.
		rep.Runs = rep.Runs[1:]
	}
	rep.Mean, rep.Spread = clusterSummary(rep.Runs)
	return rep, nil
}

// clusterCopies copies each article so a run's changes stay in that run.
func clusterCopies(arts []*news.Article) []*news.Article {
	out := make([]*news.Article, len(arts))
	for i, a := range arts {
		c := *a
		c.Entities = append([]news.Entity(nil), a.Entities...)
		c.Quotes = append([]news.Quote(nil), a.Quotes...)
		c.Times = append([]news.TimeExpr(nil), a.Times...)
		out[i] = &c
	}
	return out
}

// clusterSummary returns the mean and the spread (max - min) of runs.
func clusterSummary(runs []ClusterScores) (mean, spread ClusterScores) {
	if len(runs) == 0 {
		return
	}
	get := func(s *ClusterScores) []*float64 {
		return []*float64{&s.BCubedP, &s.BCubedR, &s.BCubedF1, &s.PairP, &s.PairR, &s.PairF1}
	}
	mf, sf := get(&mean), get(&spread)
	for i := range mf {
		lo, hi, sum := math.Inf(1), math.Inf(-1), 0.0
		for j := range runs {
			v := *get(&runs[j])[i]
			lo, hi, sum = math.Min(lo, v), math.Max(hi, v), sum+v
		}
		*mf[i] = sum / float64(len(runs))
		*sf[i] = hi - lo
	}
	lo, hi, sum := math.MaxInt, 0, 0
	for _, r := range runs {
		lo, hi, sum = min(lo, r.PredStories), max(hi, r.PredStories), sum+r.PredStories
	}
	mean.PredStories = int(math.Round(float64(sum) / float64(len(runs))))
	spread.PredStories = hi - lo
	mean.GoldStories, mean.Articles = runs[0].GoldStories, runs[0].Articles
	return mean, spread
}

// WriteClusterReport prints a report: BCubed and pairwise precision,
// recall and F1, the numbers of gold and predicted stories, and, over
// several runs, the spread (max - min) of each.
func WriteClusterReport(w io.Writer, rep ClusterReport) error {
	m, s := rep.Mean, rep.Spread
	runs := len(rep.Runs)
	var b strings.Builder
	fmt.Fprintf(&b, "articles %d  gold stories %d  predicted stories %d\n", m.Articles, m.GoldStories, m.PredStories)
	fmt.Fprintf(&b, "BCubed    P %.3f  R %.3f  F1 %.3f\n", m.BCubedP, m.BCubedR, m.BCubedF1)
	fmt.Fprintf(&b, "pairwise  P %.3f  R %.3f  F1 %.3f\n", m.PairP, m.PairR, m.PairF1)
	if runs > 1 {
		fmt.Fprintf(&b, "over %d arrival orders: mean above; spread of BCubed F1 %.3f, of pairwise F1 %.3f, of predicted stories %d\n",
			runs, s.BCubedF1, s.PairF1, s.PredStories)
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("write cluster report: %w", err)
	}
	return nil
}
