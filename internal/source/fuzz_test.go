package source

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsfold/newsfold/internal/news"
)

// readBytes reads data as one input named name.
func readBytes(t *testing.T, name string, data []byte) ([]news.Page, []Warning) {
	t.Helper()
	var pages []news.Page
	var warnings []Warning
	err := (&Reader{MaxBytes: 1 << 20}).ReadStream(context.Background(), name, bytes.NewReader(data),
		func(p news.Page) error { pages = append(pages, p); return nil },
		func(w Warning) { warnings = append(warnings, w) })
	if err != nil {
		t.Fatalf("ReadStream: %v", err)
	}
	if len(pages) == 0 && len(warnings) == 0 {
		t.Fatalf("%q vanished: no page and no warning", data)
	}
	for _, w := range warnings {
		if w.Path == "" || w.Err == nil || w.Err.Error() == "" {
			t.Errorf("warning without path or reason: %#v", w)
		}
	}
	return pages, warnings
}

// checkPage checks what every page must be.
func checkPage(t *testing.T, p news.Page) {
	t.Helper()
	if p.ID == "" {
		t.Errorf("page from %s has no ID", p.Path)
	}
	if p.Kind != news.KindText && p.Kind != news.KindHTML {
		t.Errorf("page %s: kind %q", p.ID, p.Kind)
	}
	if !utf8.ValidString(p.Content) || strings.TrimSpace(p.Content) == "" || strings.Contains(p.Content, "\r") {
		t.Errorf("page %s: content %q", p.ID, p.Content)
	}
	for _, s := range []string{p.ID, p.URL, p.Title, p.Date, p.Source} {
		if !utf8.ValidString(s) {
			t.Errorf("page %s: field %q is not UTF-8", p.ID, s)
		}
	}
}

func addFiles(f *testing.F, names ...string) {
	for _, name := range names {
		data, err := os.ReadFile(filepath.Join("testdata", "pages", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
}

// FuzzJSONL checks that every non-blank line of a JSON Lines file gives
// a page or a warning naming it, and every page is well formed.
func FuzzJSONL(f *testing.F) {
	f.Add([]byte(tinyJSONL))
	f.Add([]byte("{\"text\":\"\xff\"}\n{}\n[]\n{\"id\":\"\",\"text\":\"x\"}\n{\"id\":1e400,\"text\":\"y\",\"date\":-5}"))
	f.Add([]byte("{\"id\":\"a\",\"text\":\"x\"}\r\n{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"a#2\",\"html\":\"\\u0000\"}"))
	addFiles(f, "wire.jsonl")
	f.Fuzz(func(t *testing.T, data []byte) {
		pages, warnings := readBytes(t, "in.jsonl", data)
		said := map[string]bool{}
		ids := map[string]bool{}
		for _, p := range pages {
			checkPage(t, p)
			if ids[p.ID] {
				t.Errorf("ID %q given twice", p.ID)
			}
			ids[p.ID] = true
			said[p.Path] = true
		}
		for _, w := range warnings {
			said[w.Path] = true
		}
		if isGzip(data) {
			return // read as compressed data, not lines
		}
		for i, line := range bytes.Split(bytes.TrimPrefix(data, []byte("\uFEFF")), []byte("\n")) {
			if where := fmt.Sprintf("in.jsonl:%d", i+1); len(bytes.TrimSpace(line)) > 0 && !said[where] {
				t.Errorf("line %d %q gave no page and no warning", i+1, line)
			}
		}
	})
}

// FuzzDetectKind checks the kind judged from content against what the
// content is, and that decoding it gives valid UTF-8 and is idempotent.
func FuzzDetectKind(f *testing.F) {
	for _, s := range []string{tinyHTML, tinyText, tinyJSONL, "{not json", "\x1f\x8b\x08", "\xff\xfeh\x00i\x00", "<?xml version=\"1.0\"?><feed/>", "\x89PNG\r\n\x1a\n"} {
		f.Add([]byte(s))
	}
	addFiles(f, "charset-after-1024.html", "damaged.txt", "plain-latin1.txt", "xml-declared.xhtml")
	f.Fuzz(func(t *testing.T, data []byte) {
		k := sniffKind(data, true)
		if isGzip(data) != (k == kindGzip) {
			t.Errorf("gzip magic %v but kind %v", isGzip(data), k)
		}
		if k != kindGzip && (binaryReason(data) != "") != (k == kindBinary) {
			t.Errorf("binary reason %q but kind %v", binaryReason(data), k)
		}
		if k == kindJSONL {
			line, _, _ := bytes.Cut(bytes.TrimLeft(sniffText(data), " \t\r\n\f"), []byte("\n"))
			if !isJSONObject(line) {
				t.Errorf("kind JSON Lines but first line %q is no JSON object", line)
			}
		}
		if k == kindGzip || k == kindBinary {
			return
		}
		content, _ := decodeContent(data, k)
		if !utf8.ValidString(content) || strings.Contains(content, "\r") {
			t.Fatalf("decoded %q to %q", data, content)
		}
		again, repair := decodeContent([]byte(content), k)
		if again != content || repair != nil {
			t.Errorf("decoding is not idempotent: %q then %q (%v)", content, again, repair)
		}
	})
}

// FuzzReadGzip reads gzip data cut short at every length: a cut stream is
// warned of as truncated and gives no page; the whole gives the content.
func FuzzReadGzip(f *testing.F) {
	f.Add([]byte(tinyHTML), uint(0))
	f.Add([]byte(tinyHTML), uint(20))
	f.Add([]byte(tinyJSONL), uint(30))
	f.Add([]byte("\x00\x01binary"), uint(0))
	f.Add([]byte(strings.Repeat("Long page text. ", 3000)), uint(300))
	f.Fuzz(func(t *testing.T, payload []byte, cut uint) {
		var b bytes.Buffer
		w := gzip.NewWriter(&b)
		w.Write(payload)
		w.Close()
		full := b.Bytes()
		data := full
		if cut > 0 {
			data = full[:cut%uint(len(full))]
		}
		pages, warnings := readBytes(t, "page.gz", data)
		for _, p := range pages {
			checkPage(t, p)
		}
		switch {
		case len(data) >= 2 && len(data) < len(full):
			if len(pages) > 0 && !looksJSONL(payload, true) || len(warnings) == 0 || !errors.Is(warnings[len(warnings)-1].Err, ErrTruncated) {
				t.Errorf("cut at %d of %d: pages %d, warnings %v", len(data), len(full), len(pages), warnings)
			}
		case len(data) == len(full) && len(pages) == 1:
			k := sniffKind(payload, true)
			if want, _ := decodeContent(payload, k); k != kindJSONL && pages[0].Content != want {
				t.Errorf("content %q, want %q", pages[0].Content, want)
			}
		}
	})
}

// FuzzJSON checks that a JSON document gives well-formed pages with
// unique IDs, or a warning.
func FuzzJSON(f *testing.F) {
	f.Add([]byte(`[{"id": "x", "html": "<p>x</p>"}, {"text": "y"}, 5, {"id": "x", "text": "z"}]`))
	f.Add([]byte(`{"text": "one", "date": 1900000000}`))
	f.Add([]byte("\xef\xbb\xbf[{\"text\": \"caf\xe9\"}]"))
	addFiles(f, "export.json")
	f.Fuzz(func(t *testing.T, data []byte) {
		pages, _ := readBytes(t, "in.json", data)
		ids := map[string]bool{}
		for _, p := range pages {
			checkPage(t, p)
			if ids[p.ID] {
				t.Errorf("ID %q given twice", p.ID)
			}
			ids[p.ID] = true
		}
	})
}
