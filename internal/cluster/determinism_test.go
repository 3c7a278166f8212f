package cluster

import (
	"sort"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
)

// New features are numbered in the order of their names, whatever order
// a map gives them in, so one arrival order always gives one grouping.
func TestDescribeNumbersNewFeaturesInNameOrder(t *testing.T) {
	a := &news.Article{
		Title: "Quarry flood at Vell Moor strands Orrin Baskel",
		Paragraphs: []string{
			"Rescuers from Tamsfield pumped 4,200 litres an hour from the Vell Moor quarry on 3 May.",
			"Orrin Baskel, a foreman, said the Dunmoor Pumping Company sent crews and 17 trucks.",
		},
	}
	c := New(Options{})
	d := c.describe(a, Describe(a))
	names := map[uint32]string{}
	for _, ids := range c.voc.ids {
		for name, id := range ids {
			names[id] = name
		}
	}
	for k, v := range d.vecs {
		if len(v) < 2 {
			t.Fatalf("kind %d: %d features, want several", k, len(v))
		}
		got := make([]string, len(v))
		for i, e := range v {
			got[i] = names[e.id]
		}
		if !sort.StringsAreSorted(got) {
			t.Errorf("kind %d: features numbered out of name order: %q", k, got)
		}
	}
}

func TestClusterSameOrderSameGroups(t *testing.T) {
	var arts []*news.Article
	s := newSynthStream(7, 40)
	for range 400 {
		a := s.next()
		a.Published = news.Date{} // undated: no time evidence to break ties
		arts = append(arts, a)
	}
	want := partition(run(arts))
	for i := range 3 {
		if got := partition(run(arts)); got != want {
			t.Fatalf("run %d grouped the same stream differently", i+2)
		}
	}
}
