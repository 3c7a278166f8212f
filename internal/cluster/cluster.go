// Package cluster groups articles into stories as they arrive: each
// article joins the story of the same real-world event or starts one, and
// stories on the same topic but another event are linked as related.
//
// It takes news.Articles one at a time (with their entities, dateline,
// publication date and duplicate marks when known) and gives Groups: the
// articles of each story and the stories related to it. An article is
// described by who and where it names, the figures it gives, its salient
// words weighted by rarity, and when it was published; it is compared
// with the few live stories that share its rarest features, found
// through an inverted index, and stories the stream has left behind are
// retired from the index so memory stays flat on long streams.
package cluster

import (
	"sort"

	"github.com/newsfold/newsfold/internal/news"
)

// Group is one story's articles, in arrival order, and the indices of
// related groups.
type Group struct {
	Articles []*news.Article
	Related  []int
	// Story numbers the story for the life of the Clusterer, and
	// RelatedStories are the numbers of the stories related to it, among
	// them those handed on earlier by Finished.
	Story          int
	RelatedStories []int
}

// Clusterer assigns arriving articles to stories. It is not safe for
// concurrent use.
type Clusterer struct {
	opts    Options
	voc     *vocab
	stories []*story
	index   *index
	// storyOf maps an article ID to its story, for duplicates to join
	// their original's story.
	storyOf map[string]int32
	// waiting maps the ID of an original not seen yet to the story of a
	// duplicate that arrived before it.
	waiting map[string]int32
	related map[[2]int32]bool
	seq     int
	// newest is the latest publication day seen; lastSweep the newest
	// day when stories were last retired.
	newest, lastSweep float64
	dated             bool
	active            []int32
	// archive lists retired stories still open to undated articles,
	// oldest first.
	archive []int32
	// finished lists the stories closed and not yet handed on by
	// Finished (with Options.Release).
	finished []int32
	// query is the article or story being compared, spread out by
	// feature.
	query queryWeights
	// hits is the scratch of index lookups, ranks of storyFeatures.
	hits  hitCounts
	ranks [numKinds][]ranked
}

// New returns an empty Clusterer.
func New(opts Options) *Clusterer {
	return &Clusterer{
		opts:    opts.withDefaults(),
		voc:     newVocab(),
		index:   newIndex(),
		storyOf: map[string]int32{},
		waiting: map[string]int32{},
		related: map[[2]int32]bool{},
	}
}

// Add assigns a to a story: its original's story when it is a duplicate,
// else the most similar live story when similar enough, else a new one.
func (c *Clusterer) Add(a *news.Article) {
	if a == nil {
		return
	}
	c.AddDescribed(a, Describe(a))
}

// AddDescribed is Add for an article already described by Describe.
func (c *Clusterer) AddDescribed(a *news.Article, f *Features) {
	if a == nil || f == nil {
		return
	}
	d := c.describe(a, f)
	m := member{seq: c.seq, art: a, desc: d}
	c.seq++
	if d.dated && d.firm {
		// A date read from the text alone may be another day the
		// article mentions: it does not move the stream on.
		c.advance(d.day)
	}

	target := int32(-1)
	if a.DuplicateOf != "" {
		if s, ok := c.storyOf[a.DuplicateOf]; ok {
			target = c.find(s)
		}
	}
	if s, ok := c.waiting[a.ID]; ok && target < 0 {
		target = c.find(s)
		delete(c.waiting, a.ID)
	}
	if target < 0 {
		target = c.bestStory(d)
	}
	if target >= 0 && !c.stories[target].active && (d.dated || !c.stories[target].archived) {
		target = -1
	}
	if target < 0 {
		target = c.newStory()
	}
	s := c.stories[target]
	if s.archived {
		// An undated article joins a retired story: the story comes
		// back to life for the undated articles that follow, until the
		// dated stream moves on again.
		s.archived, s.active = false, true
		c.active = append(c.active, target)
		c.unarchive(target)
	}
	s.add(m, d)
	c.storyOf[a.ID] = target
	if a.DuplicateOf != "" {
		if _, ok := c.storyOf[a.DuplicateOf]; !ok {
			c.waiting[a.DuplicateOf] = target
		}
	}
	c.reindex(target)
	if n := len(s.members); n <= 3 || n&(n-1) == 0 {
		// As the story doubles, see whether it tells two events, and
		// look for stories to merge.
		if n >= minSplit {
			c.trySplit(target)
		}
		c.mergeAround(target)
	}
}

// closeCandidates is how many of the candidate stories closest to an
// article as a whole are also compared article by article.
const closeCandidates = 6

// bestStory returns the story d should join, or -1.
func (c *Clusterer) bestStory(d *description) int32 {
	type cand struct {
		id    int32
		whole float64
	}
	var cands []cand
	for _, id := range c.candidates(d) {
		cands = append(cands, cand{id, c.scoreWhole(d, c.stories[id]).total})
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].whole > cands[j].whole })
	if len(cands) > closeCandidates {
		cands = cands[:closeCandidates]
	}
	target, best := int32(-1), c.opts.JoinThreshold
	for _, cd := range cands {
		if sc := c.score(d, c.stories[cd.id]); sc.total >= best {
			best, target = sc.total, cd.id
		}
	}
	return target
}

// newStory starts an empty story and returns its number.
func (c *Clusterer) newStory() int32 {
	id := int32(len(c.stories))
	c.stories = append(c.stories, newStory())
	c.active = append(c.active, id)
	return id
}

// find follows merges to the story that holds s now.
func (c *Clusterer) find(s int32) int32 {
	for c.stories[s].mergedInto >= 0 {
		s = c.stories[s].mergedInto
	}
	return s
}

// Groups returns the stories formed so far, in order of their first
// article's arrival. Live stories of one article first get their last
// chance to join a similar story, and live stories are linked to those on
// their topic.
func (c *Clusterer) Groups() []Group {
	c.splitAll()
	for _, sid := range append([]int32(nil), c.active...) {
		if s := c.stories[sid]; s.active && s.mergedInto < 0 {
			c.mergeAround(sid)
		}
	}
	for _, sid := range c.active {
		if s := c.stories[sid]; s.active && s.mergedInto < 0 {
			c.settle(sid)
		}
	}
	for _, sid := range c.active {
		if s := c.stories[sid]; s.active && s.mergedInto < 0 {
			c.linkRelated(sid)
		}
	}
	pos := make([]int, len(c.stories))
	var groups []Group
	for i, s := range c.stories {
		pos[i] = -1
		if s.mergedInto >= 0 || len(s.members) == 0 {
			continue
		}
		pos[i] = len(groups)
		groups = append(groups, c.group(int32(i), true))
	}
	seen := map[[2]int]bool{}
	for pair := range c.related {
		a, b := pos[c.find(pair[0])], pos[c.find(pair[1])]
		if a < 0 || b < 0 || a == b {
			continue
		}
		if a > b {
			a, b = b, a
		}
		seen[[2]int{a, b}] = true
	}
	for p := range seen {
		groups[p[0]].Related = append(groups[p[0]].Related, p[1])
		groups[p[1]].Related = append(groups[p[1]].Related, p[0])
	}
	for i := range groups {
		sort.Ints(groups[i].Related)
	}
	return groups
}

// group returns story sid's articles and the stories related to it:
// those handed on by Finished, and when all is set the live ones too.
func (c *Clusterer) group(sid int32, all bool) Group {
	s := c.stories[sid]
	g := Group{Articles: make([]*news.Article, len(s.members)), Story: int(sid)}
	for j, m := range s.members {
		g.Articles[j] = m.art
	}
	seen := map[int32]bool{sid: true}
	for _, r := range s.related {
		r = c.find(r)
		if !seen[r] && (all || c.stories[r].handed) {
			seen[r] = true
			g.RelatedStories = append(g.RelatedStories, int(r))
		}
	}
	sort.Ints(g.RelatedStories)
	return g
}

// Finished returns the stories closed since the last call, with
// Options.Release, and lets go of their articles: the stream has moved
// on from them and no article will join them. Without Release it returns
// nothing.
func (c *Clusterer) Finished() []Group {
	if len(c.finished) == 0 {
		return nil
	}
	// A story links to stories handed on before it or with it; a live
	// one it links to, which may yet merge, lists it when handed on.
	for _, sid := range c.finished {
		c.stories[sid].handed = true
	}
	out := make([]Group, 0, len(c.finished))
	for _, sid := range c.finished {
		s := c.stories[sid]
		if s.mergedInto >= 0 || len(s.members) == 0 {
			continue
		}
		out = append(out, c.group(sid, false))
	}
	for _, sid := range c.finished {
		s := c.stories[sid]
		s.members, s.related, s.indexed = nil, nil, nil
	}
	c.finished = c.finished[:0]
	return out
}
