package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/newsfold/newsfold/internal/news"
)

// pageHash names a page by its content.
func pageHash(p news.Page) string {
	sum := sha256.Sum256([]byte(p.Content))
	return hex.EncodeToString(sum[:])
}

// storedPage is a page committed and waiting to be folded.
type storedPage struct {
	num   int64
	page  news.Page
	index int // in the batch given to commitPages
}

// commitPages stores the pages whose content is not stored yet, in one
// transaction, and returns them with their row numbers and how many were
// already stored.
func (s *SQLite) commitPages(ctx context.Context, pages []news.Page) (added []storedPage, dups int, err error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, 0, fmt.Errorf("commit pages: %w", err)
	}
	defer tx.Rollback()
	ins, err := tx.PrepareContext(ctx, `INSERT INTO pages
		(hash, page_id, url, path, kind, source, title, date, clean, fetched_at, content)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT(hash) DO NOTHING`)
	if err != nil {
		return nil, 0, fmt.Errorf("commit pages: %w", err)
	}
	defer ins.Close()
	now := time.Now().UTC().Format(time.RFC3339)
	for i, p := range pages {
		res, err := ins.ExecContext(ctx, pageHash(p), p.ID, p.URL, p.Path, string(p.Kind), p.Source, p.Title, p.Date, p.Clean, now, p.Content)
		if err != nil {
			return nil, 0, fmt.Errorf("commit page %s: %w", p.ID, err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			dups++
			continue
		}
		num, err := res.LastInsertId()
		if err != nil {
			return nil, 0, fmt.Errorf("commit page %s: %w", p.ID, err)
		}
		added = append(added, storedPage{num: num, page: p, index: i})
	}
	if err := tx.Commit(); err != nil {
		return nil, 0, fmt.Errorf("commit pages: %w", err)
	}
	return added, dups, nil
}

// waitingPages reads the pages committed but not folded, oldest first.
func (s *SQLite) waitingPages(ctx context.Context) ([]storedPage, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, page_id, url, path, kind, source, title, date, clean, content
		FROM pages WHERE state = 0 ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("waiting pages: %w", err)
	}
	defer rows.Close()
	var out []storedPage
	for rows.Next() {
		sp, err := scanPage(rows)
		if err != nil {
			return nil, fmt.Errorf("waiting pages: %w", err)
		}
		out = append(out, sp)
	}
	return out, rows.Err()
}

func scanPage(row interface{ Scan(...any) error }) (storedPage, error) {
	var sp storedPage
	var kind string
	err := row.Scan(&sp.num, &sp.page.ID, &sp.page.URL, &sp.page.Path, &kind, &sp.page.Source,
		&sp.page.Title, &sp.page.Date, &sp.page.Clean, &sp.page.Content)
	sp.page.Kind = news.PageKind(kind)
	return sp, err
}

// pageByNum reads one stored page.
func pageByNum(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}, num int64) (*news.Page, error) {
	sp, err := scanPage(q.QueryRowContext(ctx, `SELECT id, page_id, url, path, kind, source, title, date, clean, content
		FROM pages WHERE id = ?`, num))
	if err != nil {
		return nil, err
	}
	return &sp.page, nil
}

// Unstored returns the pages whose content the store does not hold yet,
// in their order. A caller that gives AddPages only such pages, a fixed
// number at a time, folds them in the same batches however often it was
// interrupted and started again.
func (s *SQLite) Unstored(ctx context.Context, pages []news.Page) ([]news.Page, error) {
	st, err := s.db.PrepareContext(ctx, `SELECT 1 FROM pages WHERE hash = ?`)
	if err != nil {
		return nil, fmt.Errorf("store %s: unstored: %w", s.path, err)
	}
	defer st.Close()
	var out []news.Page
	for _, p := range pages {
		var one int
		err := st.QueryRowContext(ctx, pageHash(p)).Scan(&one)
		switch {
		case err == sql.ErrNoRows:
			out = append(out, p)
		case err != nil:
			return nil, fmt.Errorf("store %s: unstored: %w", s.path, err)
		}
	}
	return out, nil
}
