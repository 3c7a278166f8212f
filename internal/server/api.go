package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"

	"github.com/newsfold/newsfold/internal/news"
	"github.com/newsfold/newsfold/internal/report"
	"github.com/newsfold/newsfold/internal/store"
)

// storyItem is one story of GET /api/stories.
type storyItem struct {
	ID             string   `json:"id"`
	Title          string   `json:"title"`
	Summary        string   `json:"summary"`
	Articles       []string `json:"articles"`
	Outlets        []string `json:"outlets"`
	FirstPublished *string  `json:"first_published"`
	LastPublished  *string  `json:"last_published"`
}

// storyList is the body of GET /api/stories. Next is the address of the
// following page, null on the last.
type storyList struct {
	Stories []storyItem `json:"stories"`
	Limit   int         `json:"limit"`
	Offset  int         `json:"offset"`
	Next    *string     `json:"next"`
}

func toStoryItem(e store.StoryEntry) storyItem {
	return storyItem{
		ID:             e.ID,
		Title:          e.Title,
		Summary:        e.Summary,
		Articles:       nonNil(e.Articles),
		Outlets:        nonNil(e.Outlets),
		FirstPublished: dateOrNull(e.FirstPublished),
		LastPublished:  dateOrNull(e.LastPublished),
	}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func dateOrNull(d news.Date) *string {
	if !d.HasYear() {
		return nil
	}
	s := d.String()
	return &s
}

// listStories asks the store for one page of stories and says whether
// more follow.
func (s *Server) listStories(ctx context.Context, q store.StoryQuery) ([]store.StoryEntry, bool, error) {
	ask := q
	ask.Limit = q.Limit + 1
	entries, err := s.store.Stories(ctx, ask)
	if err != nil {
		return nil, false, fmt.Errorf("list stories: %w", err)
	}
	more := len(entries) > q.Limit
	if more {
		entries = entries[:q.Limit]
	}
	return entries, more, nil
}

func (s *Server) apiStories(w http.ResponseWriter, r *http.Request) {
	q, err := parseStoryQuery(r.URL.Query())
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	ctx, cancel := s.withTimeout(r)
	defer cancel()
	body, how, err := s.cached(ctx, "api/stories?"+encodeStoryQuery(q).Encode(), func(ctx context.Context) ([]byte, error) {
		entries, more, err := s.listStories(ctx, q)
		if err != nil {
			return nil, err
		}
		out := storyList{Stories: make([]storyItem, 0, len(entries)), Limit: q.Limit, Offset: q.Offset}
		for _, e := range entries {
			out.Stories = append(out.Stories, toStoryItem(e))
		}
		if more {
			nq := q
			nq.Offset += q.Limit
			next := "/api/stories?" + encodeStoryQuery(nq).Encode()
			out.Next = &next
		}
		return marshalJSON(out)
	})
	w.Header().Set("X-Newsfold-Cache", how)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeRaw(w, http.StatusOK, "application/json; charset=utf-8", body)
}

// The body of GET /api/stories/{id} is {"story": ..., "articles": [...]}:
// the story and its articles in the fields of fold's JSON report
// (docs/format.md).

func (s *Server) apiStory(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	ctx, cancel := s.withTimeout(r)
	defer cancel()
	body, how, err := s.cached(ctx, "api/story/"+id, func(ctx context.Context) ([]byte, error) {
		st, arts, err := s.store.Story(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("story %s: %w", id, err)
		}
		return storyJSON(st, arts)
	})
	w.Header().Set("X-Newsfold-Cache", how)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeRaw(w, http.StatusOK, "application/json; charset=utf-8", body)
}

// storyJSON renders a story with fold's JSON writer and lifts the story
// out of its one-story document, compacted.
func storyJSON(st *news.Story, arts []*news.Article) ([]byte, error) {
	var buf bytes.Buffer
	if err := report.Write(&buf, report.JSON, report.Input{Articles: arts, Stories: []*news.Story{st}}); err != nil {
		return nil, fmt.Errorf("render story %s: %w", st.ID, err)
	}
	doc, err := splitReport(buf.Bytes())
	if err != nil || len(doc.Stories) != 1 {
		return nil, fmt.Errorf("render story %s: unexpected report shape: %v", st.ID, err)
	}
	out := make([]byte, 0, len(buf.Bytes()))
	out = append(out, `{"story":`...)
	out = append(out, doc.Stories[0]...)
	out = append(out, `,"articles":`...)
	out = appendList(out, doc.Articles)
	return append(out, "}\n"...), nil
}

// reportDoc is fold's JSON document, its entries left encoded.
type reportDoc struct {
	Articles []json.RawMessage `json:"articles"`
	Stories  []json.RawMessage `json:"stories"`
}

// splitReport compacts a report and splits it into its entries.
func splitReport(b []byte) (reportDoc, error) {
	var compact bytes.Buffer
	compact.Grow(len(b))
	var doc reportDoc
	if err := json.Compact(&compact, b); err != nil {
		return doc, err
	}
	err := json.Unmarshal(compact.Bytes(), &doc)
	return doc, err
}

// appendList appends encoded values as a JSON list.
func appendList(out []byte, items []json.RawMessage) []byte {
	out = append(out, '[')
	for i, it := range items {
		if i > 0 {
			out = append(out, ',')
		}
		out = append(out, it...)
	}
	return append(out, ']')
}

// pageInfo is a stored page as the API shows it.
type pageInfo struct {
	ID      string  `json:"id"`
	URL     *string `json:"url"`
	Title   *string `json:"title"`
	Date    *string `json:"date"`
	Source  *string `json:"source"`
	Kind    string  `json:"kind"`
	Content string  `json:"content,omitempty"`
}

func toPageInfo(p *news.Page, withContent bool) pageInfo {
	pi := pageInfo{ID: p.ID, URL: nullable(p.URL), Title: nullable(p.Title), Date: nullable(p.Date), Source: nullable(p.Source), Kind: string(p.Kind)}
	if withContent {
		pi.Content = p.Content
	}
	return pi
}

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// articleDoc is the body of GET /api/articles/{id}: the article in fold's
// fields and the page it came from.
type articleDoc struct {
	Article json.RawMessage `json:"article"`
	Page    *pageInfo       `json:"page"`
}

func (s *Server) apiArticle(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	ctx, cancel := s.withTimeout(r)
	defer cancel()
	a, p, err := s.store.Article(ctx, id)
	if err != nil {
		s.fail(w, r, fmt.Errorf("article %s: %w", id, err))
		return
	}
	var buf bytes.Buffer
	if err := report.WriteArticlesJSON(&buf, []*news.Article{a}); err != nil {
		s.fail(w, r, fmt.Errorf("render article %s: %w", id, err))
		return
	}
	doc, err := splitReport(buf.Bytes())
	if err != nil || len(doc.Articles) != 1 {
		s.fail(w, r, fmt.Errorf("render article %s: unexpected report shape: %v", id, err))
		return
	}
	out := articleDoc{Article: doc.Articles[0]}
	if p != nil {
		pi := toPageInfo(p, true)
		out.Page = &pi
	}
	writeJSON(w, http.StatusOK, out)
}

// searchHit is one article found by GET /api/search.
type searchHit struct {
	ID        string  `json:"id"`
	Title     string  `json:"title"`
	Outlet    *string `json:"outlet"`
	Published *string `json:"published"`
	Story     *string `json:"story"`
	Snippet   string  `json:"snippet"`
}

type searchResult struct {
	Query string      `json:"query"`
	Hits  []searchHit `json:"hits"`
}

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	q, err := textParam(v, "q")
	if err == nil && q == "" {
		err = &paramError{"q", "missing: say what to search for"}
	}
	var limit int
	if err == nil {
		limit, err = intParam(v, "limit", defaultLimit, 1, maxLimit)
	}
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	ctx, cancel := s.withTimeout(r)
	defer cancel()
	hits, err := s.store.Search(ctx, q, limit)
	if err != nil {
		s.fail(w, r, fmt.Errorf("search %q: %w", q, err))
		return
	}
	out := searchResult{Query: q, Hits: make([]searchHit, 0, len(hits))}
	for _, h := range hits {
		out.Hits = append(out.Hits, searchHit{ID: h.ID, Title: h.Title, Outlet: nullable(h.Outlet), Published: dateOrNull(h.Published), Story: nullable(h.Story), Snippet: h.Snippet})
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	writeRaw(w, http.StatusOK, "application/json; charset=utf-8", []byte("{\"status\":\"ok\"}\n"))
}

// fail answers an API request that failed in the store: 404 for what
// does not exist, 503 when the request ran out of time, else 500 (the
// cause is logged, not shown).
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	status, msg := classify(err)
	if status >= 500 {
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	writeError(w, status, msg)
}

func classify(err error) (int, string) {
	switch {
	case errors.Is(err, store.ErrNotFound):
		return http.StatusNotFound, err.Error()
	case errors.Is(err, context.DeadlineExceeded):
		return http.StatusServiceUnavailable, "the store took too long to answer"
	case errors.Is(err, context.Canceled):
		return http.StatusServiceUnavailable, "request cancelled"
	}
	return http.StatusInternalServerError, "internal error"
}

// pathEscape escapes each segment of an ID, keeping its slashes.
func pathEscape(id string) string {
	u := url.URL{Path: id}
	return u.EscapedPath()
}
