package source

import (
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
)

// result is everything one Read gave.
type result struct {
	pages    []news.Page
	warnings []Warning
	err      error
}

func read(t testing.TB, r *Reader, paths ...string) result {
	t.Helper()
	var res result
	res.err = r.Read(context.Background(), paths,
		func(p news.Page) error { res.pages = append(res.pages, p); return nil },
		func(w Warning) { res.warnings = append(res.warnings, w) })
	return res
}

func (res result) ids() []string {
	ids := make([]string, len(res.pages))
	for i, p := range res.pages {
		ids[i] = p.ID
	}
	return ids
}

// writeFiles creates files under dir, making folders as needed.
func writeFiles(t testing.TB, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func gzipped(t testing.TB, data string) string {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	if _, err := w.Write([]byte(data)); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}
