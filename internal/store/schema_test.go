package store

import (
	"context"
	"path/filepath"
	"testing"
)

// seedAt writes a little data of the shape schema version v holds.
var seedAt = map[int]string{
	1: `INSERT INTO pages(hash, page_id, kind, fetched_at, content, state)
		VALUES ('h1', 'quillby/fares.txt', 'text', '2031-04-07T00:00:00Z', 'Ferry fares rise in Quillby.', 0);
		INSERT INTO meta(key, value) VALUES ('feed.etag', 'abc');`,
	2: `INSERT INTO pages(hash, page_id, kind, fetched_at, content, state)
		VALUES ('h1', 'quillby/fares.txt', 'text', '2031-04-07T00:00:00Z', 'Ferry fares rise in Quillby.', 1);
		INSERT INTO meta(key, value) VALUES ('feed.etag', 'abc');
		INSERT INTO stories(id, title, last_published, size, articles, data)
		VALUES ('s1', 'Ferry fares rise', '2031-04-07', 1, '["quillby/fares.txt"]', '{"ID":"s1","Articles":["quillby/fares.txt"]}');
		INSERT INTO articles(id, page, story, title, published, body, base, data)
		VALUES ('quillby/fares.txt', 1, 's1', 'Ferry fares rise', '2031-04-07', 'Ferry fares rise in Quillby.',
			'{"ID":"quillby/fares.txt","Title":"Ferry fares rise","Paragraphs":["Ferry fares rise in Quillby."]}',
			'{"ID":"quillby/fares.txt","Title":"Ferry fares rise"}');`,
}

// Version 3 added the search index, which the store fills itself.
func init() {
	seedAt[3] = seedAt[2] + `INSERT INTO articles_fts(rowid, title, body) SELECT num, title, body FROM articles;`
	seedAt[4] = seedAt[3] // version 4 added a column with a default
}

// TestMigrations opens stores left at every earlier schema version, and
// an empty file, and checks that each comes up to date with its data.
func TestMigrations(t *testing.T) {
	ctx := context.Background()
	for from := 0; from < len(migrations); from++ {
		t.Run("from"+string(rune('0'+from)), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "old.db")
			db, err := openDB(path)
			if err != nil {
				t.Fatal(err)
			}
			if err := migrate(ctx, db, from); err != nil {
				t.Fatal(err)
			}
			if seed := seedAt[from]; seed != "" {
				if _, err := db.ExecContext(ctx, seed); err != nil {
					t.Fatal(err)
				}
			}
			db.Close()

			s, err := Open(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			var v int
			if err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil || v != SchemaVersion() {
				t.Fatalf("schema version %d (%v), want %d", v, err, SchemaVersion())
			}
			if ok, err := s.IntegrityCheck(ctx); err != nil || ok != "ok" {
				t.Fatalf("integrity %q %v", ok, err)
			}
			c, err := s.Counts(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if from == 0 {
				if c != (Counts{}) {
					t.Errorf("empty store counts %+v", c)
				}
				return
			}
			if c.Pages != 1 {
				t.Errorf("pages %d, want 1", c.Pages)
			}
			if v, ok, err := s.Meta(ctx, "feed.etag"); err != nil || !ok || v != "abc" {
				t.Errorf("meta: %q %v %v", v, ok, err)
			}
			if from == 1 {
				// The waiting page was folded on opening.
				if c.Articles != 1 || c.Stories != 1 {
					t.Errorf("counts %+v, want the page folded", c)
				}
			}
			hits, err := s.Search(ctx, "ferry", 10)
			if err != nil || len(hits) != 1 {
				t.Errorf("search after migrating: %v %v", hits, err)
			}
		})
	}
}

// TestNewerSchemaRefused checks that a store written by a later version
// is not opened.
func TestNewerSchemaRefused(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "new.db")
	db, err := openDB(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.ExecContext(ctx, "PRAGMA user_version = 999"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if s, err := Open(ctx, path); err == nil {
		s.Close()
		t.Fatal("opened a store of schema version 999")
	}
}
