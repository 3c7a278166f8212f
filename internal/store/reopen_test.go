package store

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
)

// storyOf maps every article to its story.
func storyOf(t *testing.T, s *SQLite) map[string]string {
	t.Helper()
	entries, err := s.Stories(context.Background(), StoryQuery{Limit: MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, e := range entries {
		for _, a := range e.Articles {
			out[a] = e.ID
		}
	}
	return out
}

// TestReopenKeepsStories folds half the examples, closes the store,
// folds the rest after opening it again, and checks the stories against
// the ground truth and that no story changed its ID as it grew.
func TestReopenKeepsStories(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "s.db")
	pages := readPages(t, examplesDir)
	half := len(pages) / 2
	seen := map[string]string{}
	for _, part := range [][]news.Page{pages[:half], pages[half:]} {
		s, err := Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range part {
			if _, err := s.AddPages(ctx, []news.Page{p}); err != nil {
				t.Fatal(err)
			}
			for a, id := range storyOf(t, s) {
				if was, ok := seen[a]; ok && was != id {
					// A story may be merged away; then its ID is gone.
					if _, _, err := s.Story(ctx, was); err == nil {
						t.Errorf("article %s moved from story %s to %s, which both remain", a, was, id)
					}
				}
				seen[a] = id
			}
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got, want := storePartition(t, s), examplePartition(t)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("stories:\n got  %q\n want %q", got, want)
	}
}

// TestResumeFoldsWaitingPages commits pages without folding them, as a
// crash between the two transactions would leave them, and checks that
// opening the store folds them.
func TestResumeFoldsWaitingPages(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "s.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	pages := readPages(t, examplesDir)
	if _, _, err := s.commitPages(ctx, pages); err != nil {
		t.Fatal(err)
	}
	if c, _ := s.Counts(ctx); c.Pages != len(pages) || c.Articles != 0 {
		t.Fatalf("counts before resuming %+v", c)
	}
	s.Close()
	s, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	c, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if c.Pages != len(pages) || c.Articles != len(pages) || c.Stories != 4 {
		t.Errorf("counts after resuming %+v, want %d pages and articles, 4 stories", c, len(pages))
	}
}

// TestSamePageIDNewContent checks that a page read again under the same
// ID with other content is a new article with an ID of its own.
func TestSamePageIDNewContent(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	p := news.Page{ID: "fares.txt", Kind: news.KindText, Content: "Ferry fares rise\n\nThe Quillby harbour board raised ferry fares on Tuesday, its chair said.", Clean: true}
	q := p
	q.Content += " The rise is the first in six years."
	for _, pg := range []news.Page{p, q} {
		if st, err := s.AddPages(ctx, []news.Page{pg}); err != nil || st.Articles != 1 {
			t.Fatalf("%+v %v", st, err)
		}
	}
	if _, _, err := s.Article(ctx, "fares.txt"); err != nil {
		t.Error(err)
	}
	hits, err := s.Search(ctx, "six years", 5)
	if err != nil || len(hits) != 1 || hits[0].ID == "fares.txt" {
		t.Errorf("second version: %+v %v", hits, err)
	}
}
