package eval

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/newsfold/newsfold/internal/cluster"
	"github.com/newsfold/newsfold/internal/dedup"
	"github.com/newsfold/newsfold/internal/news"
)

// clusterSeedArticle builds an article from a flattened page without
// extraction: its lines of at least minWords words, which leaves out
// menus, teaser headlines and captions but keeps the prose.
func clusterSeedArticle(id, text string) *news.Article {
	const minWords = 12
	a := &news.Article{ID: id}
	for _, line := range strings.Split(text, "\n") {
		if len(strings.Fields(line)) >= minWords {
			a.Paragraphs = append(a.Paragraphs, strings.TrimSpace(line))
		}
	}
	return a
}

// The seed pages: four outlets on one story and a later article on a
// related story must give two stories, linked as related.
func TestClusterSeeds(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "seeds")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) != 5 {
		t.Skipf("seed pages not available in %s", dir)
	}
	sort.Strings(files)
	var arts []*news.Article
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, clusterSeedArticle(filepath.Base(f)[:3], string(b)))
	}
	dedup.Mark(arts)
	c := cluster.New(cluster.Options{})
	for _, a := range arts {
		c.Add(a)
	}
	groups := c.Groups()
	var parts []string
	storyOf := map[string]int{}
	for i, g := range groups {
		var ids []string
		for _, a := range g.Articles {
			ids = append(ids, a.ID)
			storyOf[a.ID] = i
		}
		parts = append(parts, strings.Join(ids, " "))
	}
	t.Logf("stories: %s", strings.Join(parts, " | "))
	if len(groups) != 2 {
		t.Fatalf("got %d stories, want 2", len(groups))
	}
	for _, id := range []string{"001", "002", "003"} {
		if storyOf[id] != storyOf["000"] {
			t.Errorf("seed %s not in the story of seed 000", id)
		}
	}
	first, later := storyOf["000"], storyOf["004"]
	if first == later {
		t.Fatal("the later article joined the first story")
	}
	if len(groups[first].Related) != 1 || groups[first].Related[0] != later {
		t.Errorf("first story related to %v, want [%d]", groups[first].Related, later)
	}
}
