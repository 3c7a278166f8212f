package store

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
	"github.com/newsfold/newsfold/internal/source"
)

const examplesDir = "../../examples/pages"

func openTemp(t *testing.T) *SQLite {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func readPages(t *testing.T, paths ...string) []news.Page {
	t.Helper()
	var pages []news.Page
	err := (&source.Reader{}).Read(context.Background(), paths, func(p news.Page) error {
		pages = append(pages, p)
		return nil
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return pages
}

// examplePartition reads the examples' ground truth as sorted groups of
// article IDs.
func examplePartition(t *testing.T) []string {
	t.Helper()
	f, err := os.Open("../../examples/stories.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	groups := map[string][]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var row struct{ ID, Cluster string }
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			t.Fatal(err)
		}
		groups[row.Cluster] = append(groups[row.Cluster], row.ID)
	}
	var out []string
	for _, g := range groups {
		sort.Strings(g)
		out = append(out, strings.Join(g, " "))
	}
	sort.Strings(out)
	return out
}

func storePartition(t *testing.T, s *SQLite) []string {
	t.Helper()
	entries, err := s.Stories(context.Background(), StoryQuery{Limit: MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		ids := append([]string(nil), e.Articles...)
		sort.Strings(ids)
		out = append(out, strings.Join(ids, " "))
	}
	sort.Strings(out)
	return out
}

// TestAddPagesExamples folds the example pages one at a time, as a live
// source would bring them, and checks the stories against the ground
// truth, then that adding them again changes nothing.
func TestAddPagesExamples(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	pages := readPages(t, examplesDir)
	var total IngestStats
	for _, p := range pages {
		st, err := s.AddPages(ctx, []news.Page{p})
		if err != nil {
			t.Fatal(err)
		}
		total.New += st.New
		total.Articles += st.Articles
	}
	if total.New != len(pages) || total.Articles != len(pages) {
		t.Errorf("new %d, articles %d; want %d each", total.New, total.Articles, len(pages))
	}
	got, want := storePartition(t, s), examplePartition(t)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("stories:\n got  %q\n want %q", got, want)
	}
	before, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	st, err := s.AddPages(ctx, pages)
	if err != nil {
		t.Fatal(err)
	}
	if st.New != 0 || st.Duplicates != len(pages) || st.Articles != 0 || st.Stories != 0 {
		t.Errorf("adding again: %+v", st)
	}
	after, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if before != after {
		t.Errorf("counts changed on adding again: %+v then %+v", before, after)
	}
}
