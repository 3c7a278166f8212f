package compare

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
)

var update = flag.Bool("update", false, "rewrite golden files")

// loadStory reads a story's articles from testdata and compares them.
func loadStory(t testing.TB, name string) ([]*news.Article, *news.Story) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name+".input.json"))
	if err != nil {
		t.Fatalf("read fixture: %v", err)
	}
	var arts []*news.Article
	if err := json.Unmarshal(b, &arts); err != nil {
		t.Fatalf("decode fixture: %v", err)
	}
	s := &news.Story{ID: "s1"}
	for _, a := range arts {
		s.Articles = append(s.Articles, a.ID)
	}
	Compare(s, arts)
	return arts, s
}

func TestCompareGolden(t *testing.T) {
	for _, name := range []string{"brennmoor"} {
		t.Run(name, func(t *testing.T) {
			_, s := loadStory(t, name)
			got, err := json.MarshalIndent(s, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("testdata", name+".golden.json")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("read golden (run with -update to create): %v", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("story differs from %s (run with -update after checking):\n%s", path, got)
			}
		})
	}
}
