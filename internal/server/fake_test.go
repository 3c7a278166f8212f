package server

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/newsfold/newsfold/internal/news"
	"github.com/newsfold/newsfold/internal/store"
)

// memStore is an in-memory store.Store for tests: stories and articles
// given up front, pushed pages kept as one-article stories.
type memStore struct {
	mu       sync.Mutex
	stories  []*news.Story
	articles map[string]*news.Article
	pages    map[string]*news.Page
	hashes   map[[32]byte]bool
	meta     map[string]string
	fail     error         // returned by every read when set
	delay    time.Duration // how long Stories takes
	asked    []store.StoryQuery
}

func newMemStore() *memStore {
	m := &memStore{articles: map[string]*news.Article{}, pages: map[string]*news.Page{}, hashes: map[[32]byte]bool{}, meta: map[string]string{}}
	for _, a := range fixtureArticles() {
		m.articles[a.ID] = a
		m.pages[a.ID] = &news.Page{ID: a.ID, Kind: news.KindText, Content: "MENU | Home | World\n" + a.Title + "\n" + a.Body(), Source: a.Outlet}
	}
	m.pages["a2"].Kind = news.KindHTML
	m.pages["a2"].Content = `<html><body><h1>Bridge shut</h1><script>alert("x")</script><p>Cracks.</p></body></html>`
	m.stories = fixtureStories()
	return m
}

func (m *memStore) AddPages(ctx context.Context, pages []news.Page) (store.IngestStats, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	st := store.IngestStats{Pages: len(pages)}
	for _, p := range pages {
		h := sha256.Sum256([]byte(p.Content))
		if m.hashes[h] {
			st.Duplicates++
			continue
		}
		m.hashes[h] = true
		st.New++
		pc := p
		m.pages[p.ID] = &pc
		a := &news.Article{ID: p.ID, URL: p.URL, Title: p.Title, Outlet: p.Source, Paragraphs: strings.Split(p.Content, "\n\n")}
		if d, err := news.ParseDate(p.Date); err == nil {
			a.Published = d
		}
		m.articles[a.ID] = a
		m.stories = append(m.stories, &news.Story{ID: fmt.Sprintf("p%d", len(m.stories)+1), Title: a.Title, Articles: []string{a.ID}, FirstPublished: a.Published})
		st.Articles++
		st.Stories++
	}
	return st, nil
}

func (m *memStore) entry(s *news.Story) store.StoryEntry {
	e := store.StoryEntry{ID: s.ID, Title: s.Title, Summary: s.Summary, Articles: s.Articles, FirstPublished: s.FirstPublished}
	seen := map[string]bool{}
	for _, id := range s.Articles {
		a := m.articles[id]
		if a.Outlet != "" && !seen[a.Outlet] {
			seen[a.Outlet] = true
			e.Outlets = append(e.Outlets, a.Outlet)
		}
		if e.LastPublished.Before(a.Published) {
			e.LastPublished = a.Published
		}
	}
	return e
}

func (m *memStore) matches(s *news.Story, q store.StoryQuery) bool {
	ok := func(pred func(a *news.Article) bool) bool {
		for _, id := range s.Articles {
			if pred(m.articles[id]) {
				return true
			}
		}
		return false
	}
	if !q.Since.IsZero() && !ok(func(a *news.Article) bool { return !a.Published.Before(q.Since) }) {
		return false
	}
	if q.Outlet != "" && !ok(func(a *news.Article) bool { return a.Outlet == q.Outlet }) {
		return false
	}
	if q.Entity != "" && !ok(func(a *news.Article) bool {
		for _, e := range a.Entities {
			if e.Name == q.Entity {
				return true
			}
		}
		return false
	}) {
		return false
	}
	if q.Q != "" && !ok(func(a *news.Article) bool {
		return strings.Contains(strings.ToLower(a.Title+" "+a.Body()), strings.ToLower(q.Q))
	}) {
		return false
	}
	return true
}

func (m *memStore) Stories(ctx context.Context, q store.StoryQuery) ([]store.StoryEntry, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.asked = append(m.asked, q)
	time.Sleep(m.delay)
	if m.fail != nil {
		return nil, m.fail
	}
	var out []store.StoryEntry
	for _, s := range m.stories {
		if m.matches(s, q) {
			out = append(out, m.entry(s))
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[j].FirstPublished.Before(out[i].FirstPublished) })
	if q.Offset >= len(out) {
		return nil, nil
	}
	out = out[q.Offset:]
	if q.Limit > 0 && len(out) > q.Limit {
		out = out[:q.Limit]
	}
	return out, nil
}

// timesAsked says how many times Stories was called.
func (m *memStore) timesAsked() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.asked)
}

func (m *memStore) Story(ctx context.Context, id string) (*news.Story, []*news.Article, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.fail != nil {
		return nil, nil, m.fail
	}
	for _, s := range m.stories {
		if s.ID == id {
			var arts []*news.Article
			for _, a := range s.Articles {
				arts = append(arts, m.articles[a])
			}
			return s, arts, nil
		}
	}
	return nil, nil, store.ErrNotFound
}

func (m *memStore) Article(ctx context.Context, id string) (*news.Article, *news.Page, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.fail != nil {
		return nil, nil, m.fail
	}
	a, ok := m.articles[id]
	if !ok {
		return nil, nil, store.ErrNotFound
	}
	return a, m.pages[id], nil
}

func (m *memStore) Search(ctx context.Context, query string, limit int) ([]store.ArticleHit, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.fail != nil {
		return nil, m.fail
	}
	var ids []string
	for id := range m.articles {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var hits []store.ArticleHit
	for _, id := range ids {
		a := m.articles[id]
		if i := strings.Index(strings.ToLower(a.Body()), strings.ToLower(query)); i >= 0 && len(hits) < limit {
			hits = append(hits, store.ArticleHit{ID: a.ID, Title: a.Title, Outlet: a.Outlet, Published: a.Published, Story: m.storyOf(a.ID), Snippet: a.Body()[i:min(len(a.Body()), i+40)]})
		}
	}
	return hits, nil
}

func (m *memStore) storyOf(id string) string {
	for _, s := range m.stories {
		for _, a := range s.Articles {
			if a == id {
				return s.ID
			}
		}
	}
	return ""
}

func (m *memStore) Counts(ctx context.Context) (store.Counts, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.fail != nil {
		return store.Counts{}, m.fail
	}
	return store.Counts{Pages: len(m.pages), Articles: len(m.articles), Stories: len(m.stories)}, nil
}

func (m *memStore) Meta(ctx context.Context, key string) (string, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.meta[key]
	return v, ok, nil
}

func (m *memStore) SetMeta(ctx context.Context, key, value string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.meta[key] = value
	return nil
}

func (m *memStore) Close() error { return nil }

var errBroken = errors.New("disk on fire")

// fixtureArticles are invented articles on two invented events.
func fixtureArticles() []*news.Article {
	return []*news.Article{
		{ID: "a1", URL: "https://quellport-herald.example/bridge", Title: "Quellport harbour bridge shut after cracks found", Outlet: "The Quellport Herald",
			Published: news.Date{Year: 2024, Month: 5, Day: 6}, PublishedBasis: news.BasisText,
			Paragraphs: []string{"The harbour bridge in Quellport was closed on Monday after inspectors found cracks in two piers.", "“We will not take chances with people’s lives,” said harbour master Edda Vorn."},
			Entities:   []news.Entity{{Name: "Quellport", Type: news.Place, Mentions: []string{"Quellport"}}, {Name: "Edda Vorn", Type: news.Person, Mentions: []string{"Edda Vorn"}}},
			Quotes:     []news.Quote{{Text: "We will not take chances with people’s lives", Speaker: "Edda Vorn", Paragraph: 1}}},
		{ID: "a2", Title: "Cracks close Quellport bridge", Outlet: "Varnby Times",
			Published: news.Date{Year: 2024, Month: 5, Day: 7}, PublishedBasis: news.BasisMetadata,
			Paragraphs: []string{"Quellport’s harbour bridge is closed after cracks were found in three piers.", "“We will not take chances,” Edda Vorn said."},
			Entities:   []news.Entity{{Name: "Quellport", Type: news.Place, Mentions: []string{"Quellport"}}, {Name: "Edda Vorn", Type: news.Person, Mentions: []string{"Edda Vorn"}}},
			Quotes:     []news.Quote{{Text: "We will not take chances", Speaker: "Edda Vorn", Paragraph: 1}}},
		{ID: "feeds/b1.txt", Title: "Ferry strike ends in Varnby", Outlet: "Varnby Times",
			Published:  news.Date{Year: 2024, Month: 4, Day: 2},
			Paragraphs: []string{"Ferry crews in Varnby returned to work on Tuesday after a <three-day> strike."},
			Entities:   []news.Entity{{Name: "Varnby", Type: news.Place, Mentions: []string{"Varnby"}}}},
	}
}

func fixtureStories() []*news.Story {
	return []*news.Story{
		{ID: "s1", Title: "Quellport harbour bridge shut after cracks found", Summary: "The harbour bridge in Quellport was closed after inspectors found cracks.",
			Articles: []string{"a1", "a2"}, FirstPublished: news.Date{Year: 2024, Month: 5, Day: 6}, Related: []string{"s2"},
			Quotes: []news.StoryQuote{{Speaker: "Edda Vorn", Text: "We will not take chances with people’s lives", Articles: []string{"a1", "a2"},
				Variants: []news.QuoteVariant{{Article: "a2", Text: "We will not take chances", Diff: []news.DiffOp{{Op: "same", Text: "We will not take chances"}, {Op: "omitted", Text: "with people’s lives"}}}}}},
			Facts:      []news.Fact{{Text: "The harbour bridge was closed after cracks were found.", Articles: []string{"a1", "a2"}}},
			Exclusives: []news.Exclusive{{Article: "a1", Text: "Inspectors found the cracks."}},
			Conflicts:  []news.Conflict{{About: "piers cracked", Values: []news.ConflictValue{{Article: "a1", Text: "two piers"}, {Article: "a2", Text: "three piers"}}}},
			Timeline:   []news.Event{{Date: news.Date{Year: 2024, Month: 5, Day: 6}, Text: "The bridge was closed.", Articles: []string{"a1"}}}},
		{ID: "s2", Title: "Ferry strike ends in Varnby", Articles: []string{"feeds/b1.txt"}, FirstPublished: news.Date{Year: 2024, Month: 4, Day: 2}},
	}
}
