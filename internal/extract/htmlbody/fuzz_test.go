package htmlbody

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/net/html"
)

// FuzzExtract checks that Extract never fails or panics on any input,
// gives the same result twice, and never invents text: every paragraph is
// made of the page's own text (or of the article body its JSON-LD
// declares), in order.
func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.html"))
	for _, file := range files {
		if page, err := os.ReadFile(file); err == nil {
			f.Add(string(page))
		}
	}
	f.Add("<p>one<br>two<div>three</div></p>")
	f.Add(`<div class="comments"><p>` + strings.Repeat("word, ", 40) + `</p></div>`)
	f.Fuzz(func(t *testing.T, page string) {
		res, err := Extract(page)
		if err != nil {
			return // only a parse failure, which x/net/html does not report
		}
		again, _ := Extract(page)
		if !reflect.DeepEqual(res, again) {
			t.Fatalf("two runs differ:\n%q\n%q", res, again)
		}
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		text := squeeze(allText(doc))
		ld := squeeze(readMeta(doc).ld.body)
		for _, p := range res.Paragraphs {
			if p == "" {
				t.Fatal("empty paragraph")
			}
			if q := squeeze(p); !subsequence(q, text) && !subsequence(q, ld) {
				t.Fatalf("paragraph %q is not text of the page", p)
			}
		}
	})
}

// allText concatenates every text node of the tree.
func allText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// squeeze removes every character collapseSpace treats as space.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' {
			return -1
		}
		return r
	}, s)
}

// subsequence reports whether the runes of sub appear in s in order.
func subsequence(sub, s string) bool {
	rs := []rune(s)
	i := 0
	for _, r := range sub {
		for i < len(rs) && rs[i] != r {
			i++
		}
		if i == len(rs) {
			return false
		}
		i++
	}
	return true
}

// BenchmarkExtract measures extraction of the test pages, and of the
// benchmark's pages when they are present.
func BenchmarkExtract(b *testing.B) {
	var pages []string
	files, _ := filepath.Glob(filepath.Join("testdata", "*.html"))
	for _, file := range files {
		if page, err := os.ReadFile(file); err == nil {
			pages = append(pages, string(page))
		}
	}
	if shared, err := filepath.Glob(filepath.Join(sharedPages, "*.html.gz")); err == nil && len(shared) > 0 {
		pages = pages[:0]
		for _, f := range shared {
			pages = append(pages, readGzip(b, f))
		}
	}
	size := 0
	for _, p := range pages {
		size += len(p)
	}
	b.SetBytes(int64(size / len(pages)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Extract(pages[i%len(pages)]); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}
