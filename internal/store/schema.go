package store

import (
	"context"
	"database/sql"
	"fmt"
)

// migrations are the schema's steps, in order: the database's
// PRAGMA user_version counts how many have run. A step is never edited
// once released; a change of schema is a new step at the end.
var migrations = []string{
	// 1: pages as read, and named values.
	`CREATE TABLE pages (
		id         INTEGER PRIMARY KEY,
		hash       TEXT NOT NULL UNIQUE,  -- sha256 of the content, hex
		page_id    TEXT NOT NULL,         -- news.Page.ID as read
		url        TEXT NOT NULL DEFAULT '',
		path       TEXT NOT NULL DEFAULT '',
		kind       TEXT NOT NULL,
		source     TEXT NOT NULL DEFAULT '',
		title      TEXT NOT NULL DEFAULT '',
		date       TEXT NOT NULL DEFAULT '',
		clean      INTEGER NOT NULL DEFAULT 0,
		fetched_at TEXT NOT NULL,
		content    TEXT NOT NULL,
		state      INTEGER NOT NULL DEFAULT 0  -- 0 waiting, 1 folded, 2 gave no article
	);
	CREATE INDEX pages_waiting ON pages(state) WHERE state = 0;
	CREATE TABLE meta (
		key   TEXT PRIMARY KEY,
		value TEXT NOT NULL
	);`,
	// 2: articles, their entities, and stories.
	`CREATE TABLE stories (
		id              TEXT PRIMARY KEY,
		title           TEXT NOT NULL DEFAULT '',
		summary         TEXT NOT NULL DEFAULT '',
		first_published TEXT NOT NULL DEFAULT '',
		last_published  TEXT NOT NULL DEFAULT '',
		size            INTEGER NOT NULL DEFAULT 0,
		articles        TEXT NOT NULL DEFAULT '[]',  -- JSON article IDs, earliest first
		outlets         TEXT NOT NULL DEFAULT '[]',  -- JSON outlet names
		data            TEXT NOT NULL                -- JSON news.Story
	);
	CREATE INDEX stories_order ON stories(last_published DESC, size DESC);
	CREATE TABLE articles (
		num       INTEGER PRIMARY KEY,
		id        TEXT NOT NULL UNIQUE,
		page      INTEGER NOT NULL REFERENCES pages(id),
		story     TEXT REFERENCES stories(id) ON DELETE SET NULL,
		outlet    TEXT NOT NULL DEFAULT '',
		title     TEXT NOT NULL DEFAULT '',
		published TEXT NOT NULL DEFAULT '',
		body      TEXT NOT NULL DEFAULT '',
		base      TEXT NOT NULL,  -- JSON news.Article as understood alone
		data      TEXT NOT NULL   -- JSON news.Article as completed by its story, without paragraphs
	);
	CREATE INDEX articles_story ON articles(story);
	CREATE INDEX articles_page ON articles(page);
	CREATE INDEX articles_outlet ON articles(outlet COLLATE NOCASE);
	CREATE INDEX articles_published ON articles(published);
	CREATE TABLE entities (
		article INTEGER NOT NULL REFERENCES articles(num) ON DELETE CASCADE,
		name    TEXT NOT NULL,
		type    TEXT NOT NULL
	);
	CREATE INDEX entities_name ON entities(name COLLATE NOCASE);
	CREATE INDEX entities_article ON entities(article);`,
	// 3: full-text search over article titles and text.
	`CREATE VIRTUAL TABLE articles_fts USING fts5(
		title, body,
		content='articles', content_rowid='num',
		tokenize='unicode61 remove_diacritics 2'
	);
	INSERT INTO articles_fts(articles_fts) VALUES('rebuild');`,
	// 4: the fold each article came in, so that the window can be
	// grouped again as it was.
	`ALTER TABLE articles ADD COLUMN fold INTEGER NOT NULL DEFAULT 0;`,
	// 5: stories whose membership was written but whose articles were
	// not compared again yet.
	`ALTER TABLE stories ADD COLUMN stale INTEGER NOT NULL DEFAULT 0;
	CREATE INDEX stories_stale ON stories(stale) WHERE stale = 1;`,
}

// SchemaVersion is the schema version this build of newsfold writes.
func SchemaVersion() int { return len(migrations) }

// migrate brings the database's schema up to version upTo, one step a
// transaction. A database newer than this build is an error.
func migrate(ctx context.Context, db *sql.DB, upTo int) error {
	var have int
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&have); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if have > len(migrations) {
		return fmt.Errorf("schema version %d is newer than this newsfold's %d", have, len(migrations))
	}
	for v := have; v < upTo; v++ {
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("migrate to %d: %w", v+1, err)
		}
		if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
			tx.Rollback()
			return fmt.Errorf("migrate to %d: %w", v+1, err)
		}
		// PRAGMA takes no parameters; v+1 is an int.
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", v+1)); err != nil {
			tx.Rollback()
			return fmt.Errorf("migrate to %d: %w", v+1, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migrate to %d: %w", v+1, err)
		}
	}
	return nil
}
