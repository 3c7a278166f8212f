package fold_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/newsfold/newsfold/internal/fold"
	"github.com/newsfold/newsfold/internal/news"
	"github.com/newsfold/newsfold/internal/report"
)

var update = flag.Bool("update", false, "rewrite golden files")

const examplesDir = "../../examples/pages"

// TestExamplesGolden pins fold's output on the shipped example corpus in
// every format.
func TestExamplesGolden(t *testing.T) {
	res, err := fold.Run(context.Background(), []string{examplesDir}, fold.Options{})
	if err != nil {
		t.Fatalf("fold examples: %v", err)
	}
	if len(res.Warnings) > 0 {
		t.Errorf("unexpected warnings on the examples: %v", res.Warnings)
	}
	for _, f := range report.Formats {
		t.Run(string(f), func(t *testing.T) {
			var buf bytes.Buffer
			if err := report.Write(&buf, f, report.Input{Articles: res.Articles, Stories: res.Stories}); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", "examples."+string(f)+".golden")
			if *update {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./internal/fold -update to create it)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("fold output on the examples differs from %s; run go test ./internal/fold -update and review the diff", golden)
			}
		})
	}
}

// partition reads an {"id", "cluster"} JSON Lines file into groups of ids.
func partition(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	groups := map[string][]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var row struct{ ID, Cluster string }
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		groups[row.Cluster] = append(groups[row.Cluster], row.ID)
	}
	return canonical(mapValues(groups))
}

func mapValues(m map[string][]string) [][]string {
	var out [][]string
	for _, v := range m {
		out = append(out, v)
	}
	return out
}

// canonical sorts each group and the groups, so partitions compare equal.
func canonical(groups [][]string) [][]string {
	for _, g := range groups {
		sort.Strings(g)
	}
	sort.Slice(groups, func(i, j int) bool { return groups[i][0] < groups[j][0] })
	return groups
}

func storyPartition(stories []*news.Story) [][]string {
	var out [][]string
	for _, s := range stories {
		out = append(out, append([]string(nil), s.Articles...))
	}
	return canonical(out)
}

// TestExamplesGrouping checks the stories against the corpus's own ground
// truth.
func TestExamplesGrouping(t *testing.T) {
	res, err := fold.Run(context.Background(), []string{examplesDir}, fold.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := storyPartition(res.Stories)
	want := partition(t, "../../examples/stories.jsonl")
	if !equalPartitions(got, want) {
		t.Errorf("stories on the examples:\n got  %v\n want %v", got, want)
	}
}

// TestSeedsGrouping checks the stories on the real seed pages, when the
// shared data sits beside the checkout.
func TestSeedsGrouping(t *testing.T) {
	const seeds = "../../../shared/seeds"
	if _, err := os.Stat(seeds); err != nil {
		t.Skip("shared seeds not present")
	}
	res, err := fold.Run(context.Background(), []string{seeds}, fold.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := storyPartition(res.Stories)
	want := partition(t, "../../testdata/seeds-stories.jsonl")
	if !equalPartitions(got, want) {
		t.Errorf("stories on the seeds:\n got  %v\n want %v", got, want)
	}
	// The stories of the seeds are on one topic: each must name the other
	// as related.
	for _, s := range res.Stories {
		if len(s.Related) == 0 {
			t.Errorf("story %s (%v) has no related story", s.ID, s.Articles)
		}
	}
}

func equalPartitions(a, b [][]string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if strings.Join(a[i], "\x00") != strings.Join(b[i], "\x00") {
			return false
		}
	}
	return true
}
