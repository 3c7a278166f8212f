package store

import (
	"context"
	"fmt"
	"strings"
	"unicode"

	"github.com/newsfold/newsfold/internal/news"
)

// maxTerms caps the words of one query.
const maxTerms = 32

// MatchQuery turns what a person typed into an FTS5 query that cannot
// fail to parse: every word becomes a quoted term, words in double
// quotes a quoted phrase, and all must match. Operators, brackets,
// column filters and stray quotes are read as the words they contain.
// It returns "" when the text holds no word.
func MatchQuery(text string) string {
	var terms []string
	inPhrase := false
	var phrase []string
	flush := func() {
		if len(phrase) > 0 {
			terms = append(terms, `"`+strings.Join(phrase, " ")+`"`)
		}
		phrase = phrase[:0]
	}
	word := func(w string) {
		if inPhrase {
			phrase = append(phrase, w)
			return
		}
		terms = append(terms, `"`+w+`"`)
	}
	var cur strings.Builder
	endWord := func() {
		if cur.Len() > 0 {
			word(cur.String())
			cur.Reset()
		}
	}
	for _, r := range text {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
			cur.WriteRune(r)
		case r == '"':
			endWord()
			if inPhrase {
				flush()
			}
			inPhrase = !inPhrase
		default:
			endWord()
		}
	}
	endWord()
	flush()
	if len(terms) > maxTerms {
		terms = terms[:maxTerms]
	}
	return strings.Join(terms, " ")
}

// Search finds articles whose title or text holds every word of query,
// best match first.
func (s *SQLite) Search(ctx context.Context, query string, limit int) ([]ArticleHit, error) {
	match := MatchQuery(query)
	if match == "" {
		return nil, nil
	}
	rows, err := s.db.QueryContext(ctx, `SELECT a.id, a.title, a.outlet, a.published, COALESCE(a.story, ''),
			snippet(articles_fts, -1, '', '', '…', 24)
		FROM articles_fts f JOIN articles a ON a.num = f.rowid
		WHERE articles_fts MATCH ?
		ORDER BY bm25(articles_fts, 4.0, 1.0) LIMIT ?`, match, clampLimit(limit))
	if err != nil {
		return nil, fmt.Errorf("store %s: search %q: %w", s.path, query, err)
	}
	defer rows.Close()
	var hits []ArticleHit
	for rows.Next() {
		var h ArticleHit
		var published string
		if err := rows.Scan(&h.ID, &h.Title, &h.Outlet, &published, &h.Story, &h.Snippet); err != nil {
			return nil, fmt.Errorf("store %s: search %q: %w", s.path, query, err)
		}
		h.Published, _ = news.ParseDate(published)
		h.Snippet = strings.Join(strings.Fields(h.Snippet), " ")
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store %s: search %q: %w", s.path, query, err)
	}
	return hits, nil
}
