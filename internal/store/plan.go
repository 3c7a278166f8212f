package store

import (
	"sort"
	"strconv"

	"github.com/newsfold/newsfold/internal/cluster"
)

// storyJob is one story to write after a fold: its stable ID, its
// articles in the window, the stories whose articles outside the window
// it takes over, and the IDs of its related stories.
type storyJob struct {
	id      string
	members []*liveArticle
	absorb  []string // stories merged into this one: their IDs go
	related []string
	// light says only the story's membership is written: its articles
	// are compared again in a later fold (see deferCompare).
	light   bool
	written []written // filled as the story is written

	outside []*liveArticle // its articles stored outside the window, once read
	done    *dossier       // the story completed ahead of writing, when it was
}

// plan matches the clusterer's groups to stored stories and says which
// stories to write and which to delete. A group keeps the ID of the
// stored story most of its articles carry (the bigger group first, when
// a story splits); a group none of whose articles has a story gets a new
// ID. A group is written when it gained a new article, lost one, or
// took one from another story. A stored story no group keeps is merged
// into the group that took most of its articles.
func (l *live) plan(groups []cluster.Group) (jobs []*storyJob, deleted []string) {
	byGroup := make([][]*liveArticle, len(groups))
	for i, g := range groups {
		for _, a := range g.Articles {
			if la := l.arts[a.ID]; la != nil {
				byGroup[i] = append(byGroup[i], la)
			}
		}
	}
	stored := map[string]int{} // window articles of each stored story
	for _, la := range l.arts {
		if la.story != "" {
			stored[la.story]++
		}
	}
	order := make([]int, len(groups))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return len(byGroup[order[i]]) > len(byGroup[order[j]]) })

	ids := make([]string, len(groups))
	claimed := map[string]bool{}
	for _, gi := range order {
		counts := map[string]int{}
		for _, la := range byGroup[gi] {
			if la.story != "" {
				counts[la.story]++
			}
		}
		best, bestN := "", 0
		for id, n := range counts {
			if claimed[id] {
				continue
			}
			if n > bestN || n == bestN && storyBefore(id, best) {
				best, bestN = id, n
			}
		}
		if best != "" {
			ids[gi] = best
			claimed[best] = true
		}
	}
	// A stored story no group keeps goes to the group that took most of
	// its articles.
	took := map[string]map[int]int{}
	for gi := range groups {
		for _, la := range byGroup[gi] {
			if la.story != "" && !claimed[la.story] {
				if took[la.story] == nil {
					took[la.story] = map[int]int{}
				}
				took[la.story][gi]++
			}
		}
	}
	absorb := map[int][]string{}
	lost := make([]string, 0, len(took))
	for id := range took {
		lost = append(lost, id)
	}
	sort.Slice(lost, func(i, j int) bool { return storyBefore(lost[i], lost[j]) })
	for _, id := range lost {
		best, bestN := -1, 0
		for gi, n := range took[id] {
			if n > bestN || n == bestN && gi < best {
				best, bestN = gi, n
			}
		}
		absorb[best] = append(absorb[best], id)
		deleted = append(deleted, id)
	}
	for gi, g := range groups {
		if ids[gi] == "" && len(byGroup[gi]) > 0 {
			ids[gi] = l.newStoryID()
		}
		if ids[gi] != "" {
			l.idOf[g.Story] = ids[gi]
		}
	}
	for gi, g := range groups {
		if len(byGroup[gi]) == 0 {
			continue
		}
		id := ids[gi]
		changed := len(absorb[gi]) > 0
		kept := 0
		for _, la := range byGroup[gi] {
			if la.story == id {
				kept++
			} else {
				changed = true
			}
		}
		if kept != stored[id] {
			changed = true // an article left
		}
		if !changed {
			continue
		}
		job := &storyJob{id: id, members: byGroup[gi], absorb: absorb[gi]}
		for _, r := range g.RelatedStories {
			if rid := l.idOf[r]; rid != "" && rid != id {
				job.related = append(job.related, rid)
			}
		}
		sort.Strings(job.related)
		jobs = append(jobs, job)
	}
	return jobs, deleted
}

// storyBefore orders story IDs by the number they were given.
func storyBefore(a, b string) bool {
	if b == "" {
		return true
	}
	na, errA := strconv.Atoi(a[min(1, len(a)):])
	nb, errB := strconv.Atoi(b[min(1, len(b)):])
	if errA != nil || errB != nil {
		return a < b
	}
	return na < nb
}
