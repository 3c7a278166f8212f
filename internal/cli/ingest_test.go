package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsfold/newsfold/internal/store"
)

// TestIngest runs ingest twice on the example pages: the first run
// stores and folds them, the second finds every page stored already.
func TestIngest(t *testing.T) {
	db := filepath.Join(t.TempDir(), "news.db")
	code, _, stderr := run(t, "ingest", "--db", db, "../../examples/pages")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "14 pages read: 14 new, 0 duplicate") || !strings.Contains(stderr, "4 stories") {
		t.Errorf("summary: %s", stderr)
	}
	code, _, stderr = run(t, "ingest", "--db", db, "--batch", "3", "../../examples/pages")
	if code != ExitOK || !strings.Contains(stderr, "0 new, 14 duplicate") || !strings.Contains(stderr, "store holds 14 pages, 14 articles, 4 stories") {
		t.Errorf("again: exit %d: %s", code, stderr)
	}
	s, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if c, err := s.Counts(context.Background()); err != nil || c != (store.Counts{Pages: 14, Articles: 14, Stories: 4}) {
		t.Errorf("counts %+v %v", c, err)
	}
}

func TestIngestErrors(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "news.db")
	empty := filepath.Join(dir, "empty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		args []string
		code int
	}{
		{"no path", []string{"ingest", "--db", db}, ExitUsage},
		{"bad batch", []string{"ingest", "--db", db, "--batch", "0", "../../examples/pages"}, ExitUsage},
		{"nothing read", []string{"ingest", "--db", db, empty}, ExitFailure},
		{"missing path", []string{"ingest", "--db", db, filepath.Join(dir, "nope")}, ExitFailure},
		{"store in a missing folder", []string{"ingest", "--db", filepath.Join(dir, "no", "such", "news.db"), "../../examples/pages"}, ExitFailure},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if code, _, stderr := run(t, tc.args...); code != tc.code {
				t.Errorf("exit %d, want %d: %s", code, tc.code, stderr)
			}
		})
	}
}

// TestIngestDBFromEnvironment checks that NEWSFOLD_DB names the store
// when --db does not, and that the flag wins.
func TestIngestDBFromEnvironment(t *testing.T) {
	dir := t.TempDir()
	fromEnv := filepath.Join(dir, "env.db")
	t.Setenv("NEWSFOLD_DB", fromEnv)
	page := filepath.Join(dir, "fares.txt")
	if err := os.WriteFile(page, []byte("Ferry fares rise\n\nThe Quillby harbour board raised ferry fares on Tuesday, its chair said."), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := run(t, "ingest", "--quiet", page); code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if _, err := os.Stat(fromEnv); err != nil {
		t.Errorf("store not made at $NEWSFOLD_DB: %v", err)
	}
	flag := filepath.Join(dir, "flag.db")
	if code, _, stderr := run(t, "ingest", "--quiet", "--db", flag, page); code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if _, err := os.Stat(flag); err != nil {
		t.Errorf("store not made at --db: %v", err)
	}
}
