package cluster

import (
	"math"
	"sort"

	"github.com/newsfold/newsfold/internal/news"
)

// member is an article of a story with its arrival number.
type member struct {
	seq  int
	art  *news.Article
	desc *description // nil once the story is retired
}

// story is one event being assembled: its articles, the summed
// description of their text, and the span of their dates.
type story struct {
	members []member
	// mergedInto is the story this one was folded into, or -1.
	mergedInto int32
	// active stories take new articles; a story goes inactive once the
	// stream has moved past it, and drops its description.
	active bool
	// archived stories are retired but still take undated articles,
	// which cannot be placed in time, on a pruned description.
	archived bool
	sums     [numKinds]sums
	// norms caches the weighted lengths of sums, computed when the
	// vocabulary had seen normDocs articles (-1: stale).
	norms    [numKinds]float64
	normDocs int
	// dated says whether any article has a date; first and last are
	// their days.
	dated       bool
	first, last float64
	// indexed are the features under which the story is filed.
	indexed map[uint32]bool
	// related lists the stories linked to this one as on its topic.
	related []int32
	// handed is set once Finished has handed the story on.
	handed bool
}

func newStory() *story {
	s := &story{mergedInto: -1, active: true, indexed: map[uint32]bool{}}
	return s
}

// add puts an article and its description into the story.
func (s *story) add(m member, d *description) {
	s.members = append(s.members, m)
	for k := range s.sums {
		s.sums[k] = s.sums[k].add(d.vecs[k])
	}

	if d.dated {
		s.addDays(d.day, d.day)
	}
	s.normDocs = -1
}

// maxRecent is how many of a story's latest articles an arriving article
// is compared with one by one.
const maxRecent = 16

// recent returns the story's latest articles.
func (s *story) recent() []member {
	if len(s.members) > maxRecent {
		return s.members[len(s.members)-maxRecent:]
	}
	return s.members
}

func (s *story) addDays(first, last float64) {
	if !s.dated {
		s.dated, s.first, s.last = true, first, last
		return
	}
	s.first = math.Min(s.first, first)
	s.last = math.Max(s.last, last)
}

// absorb folds t into s.
func (s *story) absorb(t *story) {
	s.members = append(s.members, t.members...)
	s.related = append(s.related, t.related...)
	sort.SliceStable(s.members, func(i, j int) bool { return s.members[i].seq < s.members[j].seq })
	for k := range s.sums {
		s.sums[k] = s.sums[k].addSums(t.sums[k])
	}
	if t.dated {
		s.addDays(t.first, t.last)
	}
	s.normDocs = -1
}

// weightedNorms returns the rarity-weighted lengths of the story's sums.
func (s *story) weightedNorms(voc *vocab) [numKinds]float64 {
	if s.normDocs < 0 || voc.docs > s.normDocs+s.normDocs/16+8 {
		for k := range s.sums {
			s.norms[k] = s.sums[k].norm(voc)
		}
		s.normDocs = voc.docs
	}
	return s.norms
}

// dayGap is how many days lie between day and the story's dates.
func (s *story) dayGap(day float64) float64 {
	switch {
	case day < s.first:
		return s.first - day
	case day > s.last:
		return day - s.last
	}
	return 0
}

// spanGap is how many days lie between two stories' date spans.
func (s *story) spanGap(t *story) float64 {
	switch {
	case t.last < s.first:
		return s.first - t.last
	case t.first > s.last:
		return t.first - s.last
	}
	return 0
}
