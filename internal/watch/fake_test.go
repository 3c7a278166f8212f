package watch

import (
	"context"
	"crypto/sha256"
	"errors"
	"sync"

	"github.com/newsfold/newsfold/internal/news"
	"github.com/newsfold/newsfold/internal/store"
)

// fakeStore is a store.Store in memory: it keeps pages by content, as the
// real store does, and named values; it folds nothing.
type fakeStore struct {
	mu     sync.Mutex
	pages  []news.Page
	hashes map[[32]byte]bool
	meta   map[string]string
	// failAdd makes AddPages fail while set.
	failAdd bool
}

var _ store.Store = (*fakeStore)(nil)

func newFakeStore() *fakeStore {
	return &fakeStore{hashes: map[[32]byte]bool{}, meta: map[string]string{}}
}

func (s *fakeStore) AddPages(ctx context.Context, pages []news.Page) (store.IngestStats, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := store.IngestStats{Pages: len(pages)}
	if s.failAdd {
		return st, errors.New("disk full")
	}
	for _, p := range pages {
		h := sha256.Sum256([]byte(p.Content))
		if s.hashes[h] {
			st.Duplicates++
			continue
		}
		s.hashes[h] = true
		s.pages = append(s.pages, p)
		st.New++
		st.Articles++
	}
	return st, nil
}

func (s *fakeStore) Stories(context.Context, store.StoryQuery) ([]store.StoryEntry, error) {
	return nil, nil
}

func (s *fakeStore) Story(context.Context, string) (*news.Story, []*news.Article, error) {
	return nil, nil, store.ErrNotFound
}

func (s *fakeStore) Article(context.Context, string) (*news.Article, *news.Page, error) {
	return nil, nil, store.ErrNotFound
}

func (s *fakeStore) Search(context.Context, string, int) ([]store.ArticleHit, error) {
	return nil, nil
}

func (s *fakeStore) Counts(context.Context) (store.Counts, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return store.Counts{Pages: len(s.pages)}, nil
}

func (s *fakeStore) Meta(_ context.Context, key string) (string, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	v, ok := s.meta[key]
	return v, ok, nil
}

func (s *fakeStore) SetMeta(_ context.Context, key, value string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.meta[key] = value
	return nil
}

func (s *fakeStore) Close() error { return nil }

// stored returns a copy of the pages kept.
func (s *fakeStore) stored() []news.Page {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]news.Page(nil), s.pages...)
}
