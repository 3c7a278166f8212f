package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/newsfold/newsfold/internal/news"
)

// DefaultLimit is how many stories or hits a query gives when it names
// no limit; MaxLimit is the most it gives.
const (
	DefaultLimit = 50
	MaxLimit     = 1000
)

func clampLimit(n int) int {
	switch {
	case n <= 0:
		return DefaultLimit
	case n > MaxLimit:
		return MaxLimit
	}
	return n
}

// Stories lists stories, the latest first and, on the same day, the
// biggest first; undated stories come last.
func (s *SQLite) Stories(ctx context.Context, q StoryQuery) ([]StoryEntry, error) {
	var where []string
	var args []any
	if !q.Since.IsZero() {
		where = append(where, "s.last_published >= ?")
		args = append(args, q.Since.String())
	}
	if strings.TrimSpace(q.Outlet) != "" {
		where = append(where, "s.id IN (SELECT story FROM articles WHERE outlet = ? COLLATE NOCASE)")
		args = append(args, strings.TrimSpace(q.Outlet))
	}
	if strings.TrimSpace(q.Entity) != "" {
		where = append(where, `s.id IN (SELECT a.story FROM entities e JOIN articles a ON a.num = e.article
			WHERE e.name = ? COLLATE NOCASE)`)
		args = append(args, strings.TrimSpace(q.Entity))
	}
	if strings.TrimSpace(q.Q) != "" {
		match := MatchQuery(q.Q)
		if match == "" {
			return nil, nil // nothing searchable in the text
		}
		where = append(where, `s.id IN (SELECT a.story FROM articles_fts f JOIN articles a ON a.num = f.rowid
			WHERE articles_fts MATCH ?)`)
		args = append(args, match)
	}
	query := `SELECT s.id, s.title, s.summary, s.articles, s.outlets, s.first_published, s.last_published FROM stories s`
	if len(where) > 0 {
		query += " WHERE " + strings.Join(where, " AND ")
	}
	query += ` ORDER BY s.last_published = '', s.last_published DESC, s.size DESC, s.rowid DESC LIMIT ? OFFSET ?`
	args = append(args, clampLimit(q.Limit), max(q.Offset, 0))
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("store %s: stories: %w", s.path, err)
	}
	defer rows.Close()
	var out []StoryEntry
	for rows.Next() {
		var e StoryEntry
		var arts, outlets, first, last string
		if err := rows.Scan(&e.ID, &e.Title, &e.Summary, &arts, &outlets, &first, &last); err != nil {
			return nil, fmt.Errorf("store %s: stories: %w", s.path, err)
		}
		if err := json.Unmarshal([]byte(arts), &e.Articles); err != nil {
			return nil, fmt.Errorf("store %s: story %s: %w", s.path, e.ID, err)
		}
		if err := json.Unmarshal([]byte(outlets), &e.Outlets); err != nil {
			return nil, fmt.Errorf("store %s: story %s: %w", s.path, e.ID, err)
		}
		e.FirstPublished, _ = news.ParseDate(first)
		e.LastPublished, _ = news.ParseDate(last)
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store %s: stories: %w", s.path, err)
	}
	return out, nil
}

// Story gives one story and its articles, earliest first.
func (s *SQLite) Story(ctx context.Context, id string) (*news.Story, []*news.Article, error) {
	var data []byte
	err := s.db.QueryRowContext(ctx, `SELECT data FROM stories WHERE id = ?`, id).Scan(&data)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil, fmt.Errorf("store: story %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("store %s: story %s: %w", s.path, id, err)
	}
	st := &news.Story{}
	if err := json.Unmarshal(data, st); err != nil {
		return nil, nil, fmt.Errorf("store %s: story %s: %w", s.path, id, err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT id, base, data FROM articles WHERE story = ?`, id)
	if err != nil {
		return nil, nil, fmt.Errorf("store %s: story %s: %w", s.path, id, err)
	}
	defer rows.Close()
	byID := map[string]*news.Article{}
	for rows.Next() {
		var aid string
		var base, ad []byte
		if err := rows.Scan(&aid, &base, &ad); err != nil {
			return nil, nil, fmt.Errorf("store %s: story %s: %w", s.path, id, err)
		}
		a, err := unmarshalArticle(base, ad)
		if err != nil {
			return nil, nil, fmt.Errorf("store %s: article %s: %w", s.path, aid, err)
		}
		byID[aid] = a
	}
	if err := rows.Err(); err != nil {
		return nil, nil, fmt.Errorf("store %s: story %s: %w", s.path, id, err)
	}
	arts := make([]*news.Article, 0, len(st.Articles))
	for _, aid := range st.Articles {
		if a := byID[aid]; a != nil {
			arts = append(arts, a)
		}
	}
	return st, arts, nil
}

// Article gives one article, as completed by its story, and its page.
func (s *SQLite) Article(ctx context.Context, id string) (*news.Article, *news.Page, error) {
	var base, data []byte
	var page int64
	err := s.db.QueryRowContext(ctx, `SELECT base, data, page FROM articles WHERE id = ?`, id).Scan(&base, &data, &page)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil, fmt.Errorf("store: article %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("store %s: article %s: %w", s.path, id, err)
	}
	a, err := unmarshalArticle(base, data)
	if err != nil {
		return nil, nil, fmt.Errorf("store %s: article %s: %w", s.path, id, err)
	}
	p, err := pageByNum(ctx, s.db, page)
	if err != nil {
		return nil, nil, fmt.Errorf("store %s: article %s: page: %w", s.path, id, err)
	}
	return a, p, nil
}

// Counts tells how many pages, articles and stories the store holds.
func (s *SQLite) Counts(ctx context.Context) (Counts, error) {
	var c Counts
	err := s.db.QueryRowContext(ctx, `SELECT
		(SELECT COUNT(*) FROM pages), (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM stories)`).
		Scan(&c.Pages, &c.Articles, &c.Stories)
	if err != nil {
		return c, fmt.Errorf("store %s: counts: %w", s.path, err)
	}
	return c, nil
}

// Meta gives the value kept under key.
func (s *SQLite) Meta(ctx context.Context, key string) (string, bool, error) {
	var v string
	err := s.db.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = ?`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, fmt.Errorf("store %s: meta %s: %w", s.path, key, err)
	}
	return v, true, nil
}

// SetMeta keeps value under key.
func (s *SQLite) SetMeta(ctx context.Context, key, value string) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO meta(key, value) VALUES (?, ?)
		ON CONFLICT(key) DO UPDATE SET value = excluded.value`, key, value)
	if err != nil {
		return fmt.Errorf("store %s: set meta %s: %w", s.path, key, err)
	}
	return nil
}
