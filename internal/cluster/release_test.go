package cluster

import (
	"testing"

	"github.com/newsfold/newsfold/internal/news"
)

// With Release, closed stories are handed on once and forgotten; on a
// dated stream they are the same stories as without it, and the related
// links point at stories handed on earlier or later.
func TestClusterReleaseHandsOnClosedStories(t *testing.T) {
	if testing.Short() {
		t.Skip("long stream")
	}
	const perDay, days = 30, 70
	var arts []*news.Article
	stream := newSynthStream(3, perDay)
	for range perDay * days {
		arts = append(arts, stream.next())
	}
	plain := New(Options{})
	released := New(Options{Release: true})
	var handed []Group
	midway := 0
	for i, a := range arts {
		plain.Add(a)
		released.AddDescribed(a, Describe(a))
		handed = append(handed, released.Finished()...)
		if i == len(arts)/2 {
			midway = len(handed)
		}
	}
	if midway == 0 {
		t.Fatal("no story handed on halfway through a 70-day stream")
	}
	if again := released.Finished(); len(again) != 0 {
		t.Fatalf("Finished handed on %d stories twice", len(again))
	}
	all := append(handed, released.Groups()...)
	seen := map[string]bool{}
	numbers := map[int]bool{}
	for _, g := range all {
		numbers[g.Story] = true
		for _, a := range g.Articles {
			if seen[a.ID] {
				t.Fatalf("%s handed on in two stories", a.ID)
			}
			seen[a.ID] = true
		}
	}
	if len(seen) != len(arts) {
		t.Fatalf("%d articles handed on, want %d", len(seen), len(arts))
	}
	linked := 0
	for _, g := range all {
		for _, r := range g.RelatedStories {
			linked++
			if !numbers[r] || r == g.Story {
				t.Fatalf("story %d related to %d, which was never handed on", g.Story, r)
			}
		}
	}
	if linked == 0 {
		t.Error("no related stories")
	}
	if got, want := partition(all), partition(plain.Groups()); got != want {
		t.Errorf("released stories differ from the stories kept whole:\n got %.300s\nwant %.300s", got, want)
	}
	for _, sid := range released.active {
		if s := released.stories[sid]; s.active && s.first < released.newest-2*released.opts.Window {
			t.Errorf("story %d still live long after the window", sid)
		}
	}
	if n := len(released.storyOf); n > len(arts)*2/3 {
		t.Errorf("%d articles still mapped to stories after release, of %d", n, len(arts))
	}
}
