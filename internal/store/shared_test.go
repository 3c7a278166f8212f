package store

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// TestTwoWriters opens one file twice, as two processes would, and folds
// half the examples through each: every page is folded once, and the
// stories are those one writer would make.
func TestTwoWriters(t *testing.T) {
	ctx := context.Background()
	a, b := openTwice(t)
	pages := readPages(t, examplesDir)
	for i := range pages {
		w := a
		if i%2 == 1 {
			w = b
		}
		if _, err := w.AddPages(ctx, pages[i:i+1]); err != nil {
			t.Fatal(err)
		}
	}
	got, want := storePartition(t, a), examplePartition(t)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("stories:\n got  %q\n want %q", got, want)
	}
	if c, err := b.Counts(ctx); err != nil || c.Articles != len(pages) {
		t.Errorf("counts %+v %v, want %d articles", c, err, len(pages))
	}
}

// TestWaitingPagesFoldedOnce commits pages through one handle and lets
// another fold them before the first does: the first then folds nothing.
func TestWaitingPagesFoldedOnce(t *testing.T) {
	ctx := context.Background()
	a, b := openTwice(t)
	pages := readPages(t, examplesDir)
	prep := a.Prepare(ctx, pages[:4])
	added, _, err := a.commitPages(ctx, pages[:4])
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.AddPages(ctx, pages[4:]); err != nil { // folds the waiting pages first
		t.Fatal(err)
	}
	arts := make([]*liveArticle, len(added))
	for i, sp := range added {
		arts[i] = prep.arts[sp.index]
	}
	st, err := a.fold(ctx, added, arts)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 0 {
		t.Errorf("pages folded twice: %+v", st)
	}
	if c, err := a.Counts(ctx); err != nil || c.Articles != len(pages) || c.Pages != len(pages) {
		t.Errorf("counts %+v %v, want %d pages and articles", c, err, len(pages))
	}
}

// openTwice opens one new store file through two handles, as two
// processes would; both are closed when the test ends.
func openTwice(t *testing.T) (a, b *SQLite) {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "shared.db")
	a, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	b, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	return a, b
}
