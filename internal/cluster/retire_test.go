package cluster

import (
	"strings"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
)

// A long stream must not grow the index: stories older than the window
// are retired, and kept for undated articles only while the archive has
// room, so what is live after 40 days and after 80 days is about the
// same.
func TestClusterRetiresOldStories(t *testing.T) {
	if testing.Short() {
		t.Skip("long stream")
	}
	const perDay = 40
	stream := newSynthStream(7, perDay)
	c := New(Options{Archive: 100})
	live := func() (stories, keys int) {
		for _, sid := range c.active {
			if s := c.stories[sid]; s.active && s.mergedInto < 0 {
				stories++
			}
		}
		return stories, len(c.index.postings)
	}
	var midStories, midKeys int
	for day := 0; day < 80; day++ {
		for range perDay {
			c.Add(stream.next())
		}
		if day == 40 {
			midStories, midKeys = live()
		}
	}
	endStories, endKeys := live()
	t.Logf("live stories %d -> %d, index keys %d -> %d", midStories, endStories, midKeys, endKeys)
	if endStories > midStories*13/10 || endKeys > midKeys*13/10 {
		t.Errorf("live stories %d -> %d, index keys %d -> %d between day 40 and 80: want flat", midStories, endStories, midKeys, endKeys)
	}
	retired, archived := 0, 0
	for _, s := range c.stories {
		switch {
		case s.archived:
			archived++
			for k := range s.sums {
				if len(s.sums[k]) > archiveKeep {
					t.Fatalf("an archived story kept %d features of one kind", len(s.sums[k]))
				}
			}
		case !s.active && s.mergedInto < 0:
			retired++
			if s.sums[kindTerm] != nil || len(s.indexed) != 0 {
				t.Fatal("a retired story kept its description or index entries")
			}
		}
	}
	if retired == 0 || archived > 100 {
		t.Errorf("%d stories retired, %d archived; want some retired and at most 100 archived", retired, archived)
	}
	if n := len(c.Groups()); n == 0 {
		t.Error("no groups")
	}
	total := 0
	for _, g := range c.Groups() {
		total += len(g.Articles)
	}
	if total != 80*perDay {
		t.Errorf("groups hold %d articles, want %d", total, 80*perDay)
	}
}

// Undated articles come after the dated ones: they still find their
// story when the dated stream has moved past it, while the archive keeps
// it, and not when there is no archive.
func TestClusterUndatedJoinsRetiredStory(t *testing.T) {
	for _, tc := range []struct {
		archive int
		same    bool
	}{{0, true}, {-1, false}} {
		arts, _ := loadEvents(t, true)
		var order []*news.Article
		var undated *news.Article
		for _, a := range arts {
			switch {
			case a.ID == "quake-a3":
				a.Published = news.Date{}
				undated = a
			case strings.HasPrefix(a.ID, "coach"):
				a.Published.Month += 3 // long after the earthquakes
				order = append(order, a)
			default:
				order = append([]*news.Article{a}, order...)
			}
		}
		c := New(Options{Archive: tc.archive})
		for _, a := range append(order, undated) {
			c.Add(a)
		}
		groups := c.Groups()
		if same := storyOf(groups, "quake-a3") == storyOf(groups, "quake-a1"); same != tc.same {
			t.Errorf("archive %d: undated article in its retired story = %v, want %v: %s", tc.archive, same, tc.same, partition(groups))
		}
	}
}
