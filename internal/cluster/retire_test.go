package cluster

import "testing"

// A long stream must not grow the index: stories older than the window
// are retired, so what is live after 40 days and after 80 days is about
// the same.
func TestClusterRetiresOldStories(t *testing.T) {
	if testing.Short() {
		t.Skip("long stream")
	}
	const perDay = 40
	stream := newSynthStream(7, perDay)
	c := New(Options{})
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
	retired := 0
	for _, s := range c.stories {
		if !s.active && s.mergedInto < 0 {
			retired++
			if s.sums[kindTerm] != nil || len(s.indexed) != 0 {
				t.Fatal("a retired story kept its description or index entries")
			}
		}
	}
	if retired == 0 {
		t.Error("no story was retired after 80 days")
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
