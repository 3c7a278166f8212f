// Package store keeps what newsfold has read and folded: pages as fetched
// (one row per distinct content), the articles extracted from them with
// their entities and quotations, and the stories they form. It takes
// pages and gives stories, articles and full-text search back.
//
// Store is the interface the rest of newsfold programs against; Open
// gives the default implementation, an embedded SQLite database in one
// file.
package store

import (
	"context"
	"errors"

	"github.com/newsfold/newsfold/internal/news"
)

// ErrNotFound is returned when a story, article or page does not exist.
var ErrNotFound = errors.New("not found")

// Store holds pages, articles and stories.
type Store interface {
	// AddPages extracts, understands and folds pages into the store.
	// A page whose content is already stored changes nothing. Pages are
	// committed before AddPages returns; a crash loses no committed page.
	AddPages(ctx context.Context, pages []news.Page) (IngestStats, error)
	// Stories lists stories, newest and biggest first, filtered by q.
	Stories(ctx context.Context, q StoryQuery) ([]StoryEntry, error)
	// Story gives one story in fold's shape with its articles, earliest
	// first.
	Story(ctx context.Context, id string) (*news.Story, []*news.Article, error)
	// Article gives one article and the page it was extracted from.
	Article(ctx context.Context, id string) (*news.Article, *news.Page, error)
	// Search finds articles whose title or text matches the query.
	Search(ctx context.Context, query string, limit int) ([]ArticleHit, error)
	// Counts tells how much the store holds.
	Counts(ctx context.Context) (Counts, error)
	// Meta gives a small named value kept for a later run (such as a
	// feed's ETag); ok is false when none is stored under key.
	Meta(ctx context.Context, key string) (value string, ok bool, err error)
	// SetMeta keeps value under key.
	SetMeta(ctx context.Context, key, value string) error
	Close() error
}

// StoryQuery filters a story list. Zero fields do not filter.
type StoryQuery struct {
	Since  news.Date // stories with an article published on or after this day
	Q      string    // full-text search over the stories' articles
	Outlet string    // stories one of whose articles comes from this outlet
	Entity string    // stories naming this person, organisation or place
	Limit  int       // at most this many; 0 means a default
	Offset int
}

// StoryEntry is one line of a story list.
type StoryEntry struct {
	ID             string
	Title          string
	Summary        string
	Articles       []string // article IDs, earliest first
	Outlets        []string
	FirstPublished news.Date
	LastPublished  news.Date
}

// ArticleHit is one article found by Search.
type ArticleHit struct {
	ID        string
	Title     string
	Outlet    string
	Published news.Date
	Story     string // the story the article belongs to
	Snippet   string // the matching text, trimmed
}

// IngestStats tells what AddPages did.
type IngestStats struct {
	Pages      int // pages given
	New        int // pages not stored before
	Duplicates int // pages whose content was already stored
	Articles   int // articles added
	Stories    int // stories created or changed
	Skipped    int // pages that gave no article
}

// Add adds o's counts to s.
func (s *IngestStats) Add(o IngestStats) {
	s.Pages += o.Pages
	s.New += o.New
	s.Duplicates += o.Duplicates
	s.Articles += o.Articles
	s.Stories += o.Stories
	s.Skipped += o.Skipped
}

// Counts tells how much a store holds.
type Counts struct {
	Pages, Articles, Stories int
}
