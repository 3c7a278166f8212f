package quote

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
	"github.com/newsfold/newsfold/internal/nlp/entity"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// readArticle reads an invented article: the first line is the title, each
// further non-blank line a paragraph.
func readArticle(t testing.TB, path string) *news.Article {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	a := &news.Article{ID: filepath.Base(path), Title: lines[0]}
	for _, l := range lines[1:] {
		if l = strings.TrimSpace(l); l != "" {
			a.Paragraphs = append(a.Paragraphs, l)
		}
	}
	return a
}

// TestGolden finds the quotations of the invented articles in testdata and
// compares them with the reviewed .golden files (go test -update rewrites
// them).
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatal("no golden articles in testdata")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			a := readArticle(t, f)
			entity.Find(a)
			Find(a)
			got, err := json.MarshalIndent(a.Quotes, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := strings.TrimSuffix(f, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("quotes differ from %s:\ngot:\n%s\nwant:\n%s", golden, got, want)
			}
		})
	}
}
