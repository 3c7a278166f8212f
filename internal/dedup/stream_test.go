package dedup

import (
	"strings"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
)

func TestStream(t *testing.T) {
	edited := append([]string(nil), body...)
	edited[2] = strings.Replace(edited[2], "old carriages", "old carriages and buses", 1)
	wire := []string{body[0], "Local outlets added reactions from shop owners near the depot, who feared fewer visitors once the trams were gone for good."}
	filler := func(id string, n int) *news.Article {
		return art(id, "", "", strings.Repeat("Filler words about ", n)+id+" and the weather in Harrowgate today, said a forecaster with many words.")
	}
	for _, tc := range []struct {
		name   string
		window int
		arts   []*news.Article
		want   map[string]string
	}{
		{"exact copy", 10, []*news.Article{art("a", "", "", body...), art("b", "", "", body...)}, map[string]string{"a": "", "b": "a"}},
		{"near copy", 10, []*news.Article{art("a", "", "", body...), art("b", "", "", edited...)}, map[string]string{"b": "a"}},
		{"wire copy", 10, []*news.Article{art("a", "", "Wirex", body...), art("b", "", "wirex", wire...)}, map[string]string{"b": "a"}},
		{"original within the window", 3, []*news.Article{art("a", "", "Wirex", body...), filler("f1", 1), filler("f2", 2), art("b", "", "", body...)}, map[string]string{"b": "a"}},
		{"original forgotten past the window", 2, []*news.Article{art("a", "", "Wirex", body...), filler("f1", 1), filler("f2", 2), art("b", "", "", body...), art("c", "", "wirex", wire...)}, map[string]string{"b": "", "c": ""}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := NewStream(tc.window)
			for _, a := range tc.arts {
				a.DuplicateOf = "stale"
				s.Add(a, Prepare(a))
			}
			for _, a := range tc.arts {
				if want, ok := tc.want[a.ID]; ok && a.DuplicateOf != want {
					t.Errorf("%s.DuplicateOf = %q, want %q", a.ID, a.DuplicateOf, want)
				}
			}
		})
	}
}

// On articles in publication order and a window that holds them all, a
// Stream marks what Mark marks, and forgetting leaves no index entry
// behind.
func TestStreamAgreesWithMark(t *testing.T) {
	var arts []*news.Article
	for i := range 60 {
		paras := append([]string(nil), body...)
		switch i % 4 {
		case 1:
			paras[2] = strings.Replace(paras[2], "museum", "museum number "+string(rune('a'+i%26)), 1)
		case 2:
			paras = []string{strings.Repeat("Unrelated report number "+string(rune('a'+i%26))+" on harvest prices in Tollmere. ", 3+i%5)}
		}
		arts = append(arts, art(string(rune('A'+i/26))+string(rune('a'+i%26)), "2031-05-02", []string{"", "Wirex"}[i%2], paras...))
	}
	Mark(arts)
	want := map[string]string{}
	for _, a := range arts {
		want[a.ID] = a.DuplicateOf
	}
	s := NewStream(len(arts))
	for _, a := range arts {
		s.Add(a, Prepare(a))
		if a.DuplicateOf != want[a.ID] {
			t.Errorf("%s.DuplicateOf = %q, Mark says %q", a.ID, a.DuplicateOf, want[a.ID])
		}
	}
	small := NewStream(3)
	for _, a := range arts {
		small.Add(a, Prepare(a))
	}
	if n := len(small.m.exact); n > 3 {
		t.Errorf("%d texts remembered with a window of 3", n)
	}
	if n := len(small.m.whole.entries); n > 3 {
		t.Errorf("%d shingle sets remembered with a window of 3", n)
	}
	if n := len(small.m.whole.buckets); n > 3*bands {
		t.Errorf("%d buckets remembered with a window of 3", n)
	}
}
