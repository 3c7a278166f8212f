package cluster

import (
	"testing"
	"time"

	"github.com/newsfold/newsfold/internal/news"
)

// A lone article whose story closes in the same sweep as the story it
// belongs with still gets its last chance to join it: stories closing
// together are settled before any is retired.
func TestClusterLoneArticleSettlesBeforeItsStoryCloses(t *testing.T) {
	start := time.Date(2031, 5, 1, 0, 0, 0, 0, time.UTC)
	art := func(id string, day int, title, body string) *news.Article {
		return &news.Article{ID: id, Title: title, Paragraphs: []string{body},
			Published: news.DateOf(start.AddDate(0, 0, day))}
	}
	const story = "Orvale Council closes the Brannock footbridge after cracks are found. " +
		"Engineer Talia Merrow said the Brannock footbridge would stay shut for 14 weeks."
	tests := []struct {
		name      string
		lone      *news.Article
		wantJoins bool
	}{
		{"same event, other wording", art("lone", 2, "Brannock footbridge repairs begin",
			"Talia Merrow of Orvale Council said repairs to the cracked Brannock footbridge began on Tuesday."), true},
		{"other event", art("lone", 2, "Kestrel chess club wins cup",
			"The Kestrel chess club won the regional cup at Pellham on Sunday with Anwen Dross on board one."), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// Articles join only when nearly the same, but a lone
			// article settles into any story it resembles.
			c := New(Options{JoinThreshold: 0.95, AttachThreshold: 0.2})
			for i, id := range []string{"a1", "a2", "a3"} {
				c.Add(art(id, i/2, "Brannock footbridge closed", story))
			}
			c.Add(tc.lone)
			c.Add(art("later", 90, "Harbour ferry timetable changes", "The Selbury harbour ferry moves to a summer timetable."))
			groups := c.Groups()
			if got := storyOf(groups, "lone") == storyOf(groups, "a1"); got != tc.wantJoins {
				t.Errorf("lone joined the footbridge story = %v, want %v; groups %s", got, tc.wantJoins, partition(groups))
			}
		})
	}
}

// A date read from an article's text may be another day it mentions, so
// it does not move the stream on: stories stay open to the articles that
// follow.
func TestClusterTextDateDoesNotRetireStories(t *testing.T) {
	start := time.Date(2031, 5, 1, 0, 0, 0, 0, time.UTC)
	const body = "Orvale Council closes the Brannock footbridge after cracks are found. " +
		"Engineer Talia Merrow said the Brannock footbridge would stay shut for 14 weeks."
	tests := []struct {
		basis     news.Basis
		wantJoins bool
	}{
		{news.BasisText, true},
		{news.BasisMetadata, false},
	}
	for _, tc := range tests {
		t.Run(string(tc.basis), func(t *testing.T) {
			c := New(Options{})
			c.Add(&news.Article{ID: "a1", Title: "Brannock footbridge closed", Paragraphs: []string{body},
				Published: news.DateOf(start), PublishedBasis: news.BasisMetadata})
			c.Add(&news.Article{ID: "far", Title: "Kestrel chess club wins cup",
				Paragraphs:     []string{"The Kestrel chess club won the regional cup at Pellham with Anwen Dross on board one."},
				Published:      news.DateOf(start.AddDate(0, 0, 200)),
				PublishedBasis: tc.basis})
			c.Add(&news.Article{ID: "a2", Title: "Brannock footbridge shut", Paragraphs: []string{body},
				Published: news.DateOf(start.AddDate(0, 0, 1)), PublishedBasis: news.BasisMetadata})
			groups := c.Groups()
			if got := storyOf(groups, "a1") == storyOf(groups, "a2"); got != tc.wantJoins {
				t.Errorf("a2 joined a1's story = %v, want %v; groups %s", got, tc.wantJoins, partition(groups))
			}
		})
	}
}
