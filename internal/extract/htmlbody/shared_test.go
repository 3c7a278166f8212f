package htmlbody

import (
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sharedPages is the development split of the article-extraction
// benchmark, beside the repository when its shared data is checked out.
var sharedPages = filepath.Join("..", "..", "..", "..", "shared", "data", "extraction", "html")

// readSharedPages returns the benchmark's pages by ID, skipping the test
// when they are not present.
func readSharedPages(tb testing.TB) map[string]string {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join(sharedPages, "*.html.gz"))
	if err != nil || len(files) == 0 {
		tb.Skip("benchmark pages not present")
	}
	pages := make(map[string]string, len(files))
	for _, f := range files {
		pages[strings.TrimSuffix(filepath.Base(f), ".html.gz")] = readGzip(tb, f)
	}
	return pages
}

func readGzip(tb testing.TB, path string) string {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatal(err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		tb.Fatal(err)
	}
	return string(data)
}

// TestSharedPages extracts every benchmark page: none may fail or come out
// empty. With NEWSFOLD_EXTRACT_PRED set to a file name it writes the
// bodies in the reference scorer's format.
func TestSharedPages(t *testing.T) {
	pages := readSharedPages(t)
	pred := make(map[string]map[string]string, len(pages))
	for id, page := range pages {
		res, err := Extract(page)
		if err != nil {
			t.Errorf("%s: %v", id, err)
			continue
		}
		if len(res.Paragraphs) == 0 {
			t.Errorf("%s: no paragraphs", id)
		}
		pred[id] = map[string]string{"articleBody": strings.Join(res.Paragraphs, "\n\n")}
	}
	if out := os.Getenv("NEWSFOLD_EXTRACT_PRED"); out != "" {
		data, err := json.Marshal(pred)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(out, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
