package htmlbody

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// render writes a result in the golden files' form: one metadata field a
// line, a separator, then one paragraph a line.
func render(r Result) string {
	var b strings.Builder
	for _, f := range [][2]string{
		{"title", r.Title}, {"byline", r.Byline}, {"site", r.SiteName},
		{"published", r.Published}, {"url", r.URL}, {"lang", r.Lang},
	} {
		b.WriteString(f[0] + ": " + f[1] + "\n")
	}
	b.WriteString("---\n")
	for _, p := range r.Paragraphs {
		b.WriteString(p + "\n")
	}
	return b.String()
}

// TestExtractGolden extracts every testdata/*.html page and compares the
// result with its .golden file; -update rewrites them.
func TestExtractGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.html"))
	if err != nil || len(files) == 0 {
		t.Fatal("no test pages", err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".html")
		t.Run(name, func(t *testing.T) {
			page, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			res, err := Extract(string(page))
			if err != nil {
				t.Fatal(err)
			}
			got := render(res)
			golden := strings.TrimSuffix(file, ".html") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("extraction differs from %s\n--- got:\n%s--- want:\n%s", golden, got, want)
			}
		})
	}
}
