package source

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata golden files")

// TestGoldenPages reads testdata/pages, odd cases met in the field, and
// compares every page and warning with testdata/pages.golden.
func TestGoldenPages(t *testing.T) {
	root := filepath.Join("testdata", "pages")
	res := read(t, &Reader{}, root)
	if res.err != nil {
		t.Fatal(res.err)
	}
	rel := func(path string) string {
		r, err := filepath.Rel(root, path)
		if err != nil {
			return path
		}
		return filepath.ToSlash(r)
	}
	var b strings.Builder
	for _, p := range res.pages {
		fmt.Fprintf(&b, "page %q from %s: %s\n", p.ID, rel(p.Path), p.Kind)
		for _, f := range [][2]string{{"url", p.URL}, {"title", p.Title}, {"date", p.Date}, {"source", p.Source}} {
			if f[1] != "" {
				fmt.Fprintf(&b, "\t%s: %q\n", f[0], f[1])
			}
		}
		fmt.Fprintf(&b, "\tcontent: %q\n", p.Content)
	}
	for _, w := range res.warnings {
		fmt.Fprintf(&b, "warning %s: %v\n", rel(w.Path), w.Err)
	}
	got := b.String()
	golden := filepath.Join("testdata", "pages.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to write it)", err)
	}
	if got != string(want) {
		t.Errorf("read of %s differs from %s:\n%s", root, golden, got)
	}
}
