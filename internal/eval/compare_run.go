package eval

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/newsfold/newsfold/internal/compare"
	"github.com/newsfold/newsfold/internal/dedup"
	"github.com/newsfold/newsfold/internal/fold"
	"github.com/newsfold/newsfold/internal/news"
	"github.com/newsfold/newsfold/internal/nlp/entity"
	"github.com/newsfold/newsfold/internal/nlp/timex"
)

// CompareReport is the outcome of a statement-alignment evaluation: every
// story's score and their summed counts.
type CompareReport struct {
	Stories []CompareStoryScore
	Total   CompareCounts
	Scored  string // what was scored against the gold: "newsfold" when empty
}

// RunCompareEval reads each gold story's articles from dataDir (the
// shared data folder: "seeds" stories from dataDir/seeds, any other
// source from dataDir/data/clustering/SOURCE.jsonl), extracts and
// understands them, compares them as one story, and scores the outcome.
func RunCompareEval(ctx context.Context, gold []CompareGold, dataDir string) (CompareReport, error) {
	var rep CompareReport
	tmp, err := os.MkdirTemp("", "newsfold-compare-")
	if err != nil {
		return rep, fmt.Errorf("eval compare: %w", err)
	}
	defer os.RemoveAll(tmp)
	for i, g := range gold {
		arts, err := storyArticles(ctx, g, dataDir, filepath.Join(tmp, fmt.Sprintf("story%d.jsonl", i)))
		if err != nil {
			return rep, fmt.Errorf("eval compare: story %s: %w", g.Story, err)
		}
		s := CompareStory(arts)
		sc := ScoreCompare(g, s)
		shown := &news.Story{Articles: s.Articles}
		compare.CompareWith(shown, arts, compare.Options{})
		sc.ShownExcl, sc.ShownBoth = ScoreShown(g, shown.Exclusives)
		rep.Stories = append(rep.Stories, sc)
		rep.Total.Add(sc.CompareCounts)
	}
	return rep, nil
}

// CompareStory compares articles as one story the way fold does after
// grouping (duplicates marked, names and dates completed across the
// story, articles in order of publication), listing every exclusive.
func CompareStory(arts []*news.Article) *news.Story {
	dedup.Mark(arts)
	entity.MergeStory(arts)
	timex.DateStory(arts)
	dedup.Mark(arts)
	sort.SliceStable(arts, func(i, j int) bool {
		a, b := arts[i].Published, arts[j].Published
		if a.HasYear() != b.HasYear() {
			return a.HasYear()
		}
		return a.Before(b)
	})
	s := &news.Story{}
	for _, a := range arts {
		s.Articles = append(s.Articles, a.ID)
	}
	compare.CompareWith(s, arts, compare.Options{AllExclusives: true})
	return s
}

// storyArticles extracts and understands the articles of one gold story.
// JSON Lines sources are cut down to the story's lines in scratch first.
func storyArticles(ctx context.Context, g CompareGold, dataDir, scratch string) ([]*news.Article, error) {
	input := filepath.Join(dataDir, "seeds")
	if g.Source != "seeds" {
		input = filepath.Join(dataDir, "data", "clustering", g.Source+".jsonl")
		if err := copyLines(input, scratch, g.Story, g.Articles); err != nil {
			return nil, err
		}
		input = scratch
	}
	res, err := fold.Extract(ctx, []string{input}, fold.Options{})
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", input, err)
	}
	m := newStatementMap(g)
	var arts []*news.Article
	for _, a := range res.Articles {
		if m.goldArticle(a.ID) != "" {
			arts = append(arts, a)
		}
	}
	if len(arts) != len(g.Articles) {
		return nil, fmt.Errorf("found %d of its %d articles in %s", len(arts), len(g.Articles), input)
	}
	return arts, nil
}

// copyLines writes to dst the lines of the JSON Lines file src whose
// "id" is one of ids. Ids need not be unique across a file (a record
// without one may be named "empty" in several clusters): when some of
// the lines found carry story as their "cluster", only those are kept.
func copyLines(src, dst, story string, ids []string) error {
	want := map[string]bool{}
	for _, id := range ids {
		want[id] = true
	}
	in, err := os.Open(src)
	if err != nil {
		return fmt.Errorf("read %s: %w", src, err)
	}
	defer in.Close()
	type found struct {
		line, id string
		mine     bool // its cluster is the story
	}
	var lines []found
	mine := map[string]bool{} // ids some line of the story's cluster carries
	br := bufio.NewReader(in)
	for {
		line, rerr := br.ReadString('\n')
		if s := strings.TrimSpace(line); s != "" {
			var rec struct {
				ID      string `json:"id"`
				Cluster string `json:"cluster"`
			}
			if json.Unmarshal([]byte(s), &rec) == nil && want[rec.ID] {
				inStory := rec.Cluster != "" && rec.Cluster == story
				lines = append(lines, found{s, rec.ID, inStory})
				if inStory {
					mine[rec.ID] = true
				}
			}
		}
		if errors.Is(rerr, io.EOF) {
			break
		}
		if rerr != nil {
			return fmt.Errorf("read %s: %w", src, rerr)
		}
	}
	out, err := os.Create(dst)
	if err != nil {
		return fmt.Errorf("write %s: %w", dst, err)
	}
	for _, f := range lines {
		if mine[f.id] && !f.mine {
			continue // the same id in another cluster
		}
		if _, err := io.WriteString(out, f.line+"\n"); err != nil {
			out.Close()
			return fmt.Errorf("write %s: %w", dst, err)
		}
	}
	if err := out.Close(); err != nil {
		return fmt.Errorf("write %s: %w", dst, err)
	}
	return nil
}
