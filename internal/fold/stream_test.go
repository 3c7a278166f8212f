package fold_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/newsfold/newsfold/internal/fold"
	"github.com/newsfold/newsfold/internal/news"
	"github.com/newsfold/newsfold/internal/synth"
)

// writeStream writes n articles of a synthetic stream to a JSON Lines
// file and returns its path.
func writeStream(t testing.TB, n, perDay int) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "stream.jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := synth.WriteJSONL(context.Background(), f, synth.New(5, synth.Options{PerDay: perDay}), n); err != nil {
		t.Fatal(err)
	}
	return path
}

func partitionOf(stories [][]string) string {
	var parts []string
	for _, ids := range stories {
		ids = append([]string(nil), ids...)
		sort.Strings(ids)
		parts = append(parts, strings.Join(ids, " "))
	}
	sort.Strings(parts)
	return strings.Join(parts, " | ")
}

// Stream hands on stories while the stream is still being read, each
// article once, and on a stream in publication order makes the stories
// Run makes.
func TestStreamMatchesRun(t *testing.T) {
	if testing.Short() {
		t.Skip("folds a long stream")
	}
	path := writeStream(t, 1000, 15) // about 67 days
	var streamed [][]string
	early := 0
	finishing := false
	ids := map[string]bool{}
	opts := fold.Options{Phase: func(string) { finishing = true }}
	sum, err := fold.Stream(context.Background(), []string{path}, opts, func(s *news.Story, arts []*news.Article) error {
		if !finishing {
			early++
		}
		if ids[s.ID] {
			t.Errorf("story ID %s handed on twice", s.ID)
		}
		ids[s.ID] = true
		if len(s.Articles) != len(arts) || s.Title == "" {
			t.Errorf("story %s: %d article IDs for %d articles, title %q", s.ID, len(s.Articles), len(arts), s.Title)
		}
		streamed = append(streamed, s.Articles)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Articles != 1000 || sum.Stories != len(streamed) {
		t.Errorf("summary %+v, want 1000 articles and %d stories", sum, len(streamed))
	}
	if early == 0 || early == len(streamed) {
		t.Errorf("%d of %d stories handed on before the end, want some but not all", early, len(streamed))
	}
	res, err := fold.Run(context.Background(), []string{path}, fold.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var batch [][]string
	for _, s := range res.Stories {
		batch = append(batch, s.Articles)
	}
	if got, want := partitionOf(streamed), partitionOf(batch); got != want {
		t.Errorf("streamed stories differ from Run's:\n got %.400s\nwant %.400s", got, want)
	}
}

func TestStreamStopsOnEmitError(t *testing.T) {
	path := writeStream(t, 60, 300)
	stop := errors.New("reader gone")
	calls := 0
	_, err := fold.Stream(context.Background(), []string{path}, fold.Options{}, func(*news.Story, []*news.Article) error {
		calls++
		return stop
	})
	if !errors.Is(err, stop) || calls != 1 {
		t.Errorf("Stream = %v after %d calls, want %v after 1", err, calls, stop)
	}
}

func TestStreamNothingRead(t *testing.T) {
	empty := filepath.Join(t.TempDir(), "empty.jsonl")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := fold.Stream(context.Background(), []string{empty}, fold.Options{}, func(*news.Story, []*news.Article) error { return nil })
	if !errors.Is(err, fold.ErrNothingRead) {
		t.Errorf("Stream on an empty file = %v, want ErrNothingRead", err)
	}
}
