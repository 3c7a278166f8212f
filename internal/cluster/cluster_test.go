package cluster

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
)

// fixtureArticle is an invented article with the story it belongs to.
type fixtureArticle struct {
	ID         string   `json:"id"`
	Story      string   `json:"story"`
	Date       string   `json:"date"`
	Title      string   `json:"title"`
	Paragraphs []string `json:"paragraphs"`
}

// loadEvents reads testdata/events.json into articles, dated or not, and
// their expected stories.
func loadEvents(t *testing.T, dated bool) ([]*news.Article, map[string]string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "events.json"))
	if err != nil {
		t.Fatal(err)
	}
	var fx []fixtureArticle
	if err := json.Unmarshal(b, &fx); err != nil {
		t.Fatal(err)
	}
	var arts []*news.Article
	want := map[string]string{}
	for _, f := range fx {
		a := &news.Article{ID: f.ID, Title: f.Title, Paragraphs: f.Paragraphs}
		if dated {
			d, err := news.ParseDate(f.Date)
			if err != nil {
				t.Fatal(err)
			}
			a.Published = d
		}
		arts = append(arts, a)
		want[f.ID] = f.Story
	}
	return arts, want
}

// run clusters arts in the given order and returns the groups.
func run(arts []*news.Article) []Group {
	c := New(Options{})
	for _, a := range arts {
		c.Add(a)
	}
	return c.Groups()
}

// partition renders groups as sorted lists of sorted IDs, for comparison.
func partition(groups []Group) string {
	var parts []string
	for _, g := range groups {
		var ids []string
		for _, a := range g.Articles {
			ids = append(ids, a.ID)
		}
		sort.Strings(ids)
		parts = append(parts, strings.Join(ids, " "))
	}
	sort.Strings(parts)
	return strings.Join(parts, " | ")
}

// storyOf returns the index of the group holding the article with ID id.
func storyOf(groups []Group, id string) int {
	for i, g := range groups {
		for _, a := range g.Articles {
			if a.ID == id {
				return i
			}
		}
	}
	return -1
}

func TestClusterEvents(t *testing.T) {
	for _, dated := range []bool{true, false} {
		arts, want := loadEvents(t, dated)
		groups := run(arts)
		name := map[bool]string{true: "dated", false: "undated"}[dated]
		t.Run(name, func(t *testing.T) {
			if len(groups) != 3 {
				t.Errorf("got %d stories, want 3: %s", len(groups), partition(groups))
			}
			for _, tc := range []struct {
				a, b string
				same bool
			}{
				{"quake-a1", "quake-a2", true}, // same event, other wording
				{"quake-a1", "quake-a3", true}, // a day later
				{"quake-b1", "quake-b2", true},
				{"coach-1", "coach-2", true},
				{"quake-a1", "quake-b1", false}, // same topic, another event
				{"quake-a2", "quake-b2", false},
				{"quake-a1", "coach-1", false},
			} {
				if got := storyOf(groups, tc.a) == storyOf(groups, tc.b); got != tc.same {
					t.Errorf("%s and %s in one story = %v, want %v (%s; expected stories %s, %s)",
						tc.a, tc.b, got, tc.same, partition(groups), want[tc.a], want[tc.b])
				}
			}
		})
	}
}

func TestClusterRelated(t *testing.T) {
	arts, _ := loadEvents(t, false)
	groups := run(arts)
	a, b, c := storyOf(groups, "quake-a1"), storyOf(groups, "quake-b1"), storyOf(groups, "coach-1")
	if a == b {
		t.Fatalf("the two earthquakes share a story: %s", partition(groups))
	}
	has := func(g, r int) bool {
		for _, x := range groups[g].Related {
			if x == r {
				return true
			}
		}
		return false
	}
	if !has(a, b) || !has(b, a) {
		t.Errorf("earthquake stories not related both ways: %v, %v", groups[a].Related, groups[b].Related)
	}
	if has(a, c) || has(c, a) {
		t.Errorf("earthquake and coaching stories related: %v, %v", groups[a].Related, groups[c].Related)
	}
}

func TestClusterOrderIndependence(t *testing.T) {
	arts, _ := loadEvents(t, false)
	want := partition(run(arts))
	// Every rotation and its reverse.
	for shift := range arts {
		order := append(append([]*news.Article(nil), arts[shift:]...), arts[:shift]...)
		if got := partition(run(order)); got != want {
			t.Errorf("rotation %d: got %s, want %s", shift, got, want)
		}
		for i, j := 0, len(order)-1; i < j; i, j = i+1, j-1 {
			order[i], order[j] = order[j], order[i]
		}
		if got := partition(run(order)); got != want {
			t.Errorf("reversed rotation %d: got %s, want %s", shift, got, want)
		}
	}
}

func TestClusterDuplicateJoinsOriginal(t *testing.T) {
	arts, _ := loadEvents(t, true)
	// A copy that says little of its own still joins its original's story,
	// whether it arrives after the original or before.
	dup := &news.Article{ID: "copy", Title: "Brief", Paragraphs: []string{"Shortened."}, DuplicateOf: "coach-2"}
	for _, order := range [][]*news.Article{
		append(append([]*news.Article(nil), arts...), dup),
		append([]*news.Article{dup}, arts...),
	} {
		groups := run(order)
		if storyOf(groups, "copy") != storyOf(groups, "coach-2") {
			t.Errorf("duplicate not in its original's story: %s", partition(groups))
		}
	}
}

func TestClusterEmpty(t *testing.T) {
	c := New(Options{})
	c.Add(nil)
	c.Add(&news.Article{ID: "blank"})
	c.Add(&news.Article{ID: "blank2"})
	groups := c.Groups()
	if len(groups) != 2 {
		t.Errorf("two empty articles: got %d stories, want 2 (nothing to join on)", len(groups))
	}
}
