package timex

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
)

var update = flag.Bool("update", false, "rewrite golden files")

// readArticle reads an invented article from testdata: "title:",
// "dateline:" (MM-DD or a full date) and "metadata:" header lines, a blank
// line, then one paragraph a line.
func readArticle(t *testing.T, path string) *news.Article {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	head, body, _ := strings.Cut(string(b), "\n\n")
	var dateline, metadata string
	var title string
	for _, line := range strings.Split(head, "\n") {
		key, val, _ := strings.Cut(line, ":")
		val = strings.TrimSpace(val)
		switch key {
		case "title":
			title = val
		case "dateline":
			dateline = val
		case "metadata":
			metadata = val
		}
	}
	var paras []string
	for _, line := range strings.Split(body, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			paras = append(paras, line)
		}
	}
	a := art(t, strings.TrimSuffix(filepath.Base(path), ".txt"), dateline, metadata, paras...)
	a.Title = title
	return a
}

// TestStoryGolden dates an invented story of four articles and compares
// every date and time expression with testdata/story.golden.
func TestStoryGolden(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "story", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no story articles: %v", err)
	}
	var arts []*news.Article
	for _, p := range paths {
		arts = append(arts, readArticle(t, p))
	}
	dateStory(arts...)
	var b strings.Builder
	for _, a := range arts {
		fmt.Fprintf(&b, "%s: %s (%s)\n", a.ID, a.Published, a.PublishedBasis)
		for _, te := range a.Times {
			fmt.Fprintf(&b, "\tp%d %q = %s\n", te.Paragraph, te.Text, te.Value)
		}
	}
	golden := filepath.Join("testdata", "story.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if b.String() != string(want) {
		t.Errorf("story dates differ from %s (rerun with -update after checking):\n%s", golden, b.String())
	}
}
