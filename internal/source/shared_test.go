package source

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
)

// sharedDir holds the development data, when present.
var sharedDir = filepath.Join("..", "..", "..", "shared")

// TestSharedData reads the development data: every file gives its pages,
// and every JSON Lines line a page, with no warning but for IDs the data
// repeats.
func TestSharedData(t *testing.T) {
	if _, err := os.Stat(sharedDir); err != nil {
		t.Skip("development data not present:", err)
	}
	tests := []struct {
		dir  string
		kind news.PageKind
	}{
		{"seeds", news.KindText},
		{"data/extraction/flat", news.KindText},
		{"data/extraction/html", news.KindHTML},
		{"data/clustering", news.KindText},
	}
	for _, tt := range tests {
		t.Run(tt.dir, func(t *testing.T) {
			dir := filepath.Join(sharedDir, filepath.FromSlash(tt.dir))
			want := 0
			entries, err := os.ReadDir(dir)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range entries {
				if !strings.HasSuffix(e.Name(), ".jsonl") {
					want++
					continue
				}
				data, err := os.ReadFile(filepath.Join(dir, e.Name()))
				if err != nil {
					t.Fatal(err)
				}
				want += len(bytes.Split(bytes.TrimSpace(data), []byte("\n")))
			}
			res := read(t, &Reader{}, dir)
			if res.err != nil {
				t.Fatal(res.err)
			}
			if len(res.pages) != want {
				t.Errorf("%d pages, want %d", len(res.pages), want)
			}
			for _, p := range res.pages {
				if p.Kind != tt.kind {
					t.Errorf("page %s: kind %s, want %s", p.ID, p.Kind, tt.kind)
				}
			}
			for _, w := range res.warnings {
				if !errors.Is(w.Err, ErrDuplicateID) {
					t.Errorf("warning %s", w)
				}
			}
		})
	}
}
