// Package cluster groups articles into stories as they arrive: each
// article joins the story of the same real-world event or starts one, and
// stories on the same topic but another event are linked as related.
package cluster

import "github.com/newsfold/newsfold/internal/news"

// Group is one story's articles, in arrival order, and the indices of
// related groups.
type Group struct {
	Articles []*news.Article
	Related  []int
}

// Options tune the clustering.
type Options struct{}

// Clusterer assigns arriving articles to stories.
type Clusterer struct {
	groups []Group
}

// New returns an empty Clusterer.
func New(opts Options) *Clusterer { return &Clusterer{} }

// Add assigns a to a story.
func (c *Clusterer) Add(a *news.Article) {
	c.groups = append(c.groups, Group{Articles: []*news.Article{a}})
}

// Groups returns the stories formed so far.
func (c *Clusterer) Groups() []Group { return c.groups }
