package source

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
)

const (
	tinyHTML  = "<!DOCTYPE html><html><head><title>Harbour</title></head><body><p>The ferry left.</p></body></html>"
	tinyText  = "Harbour reopens\nThe ferry left at noon.\n"
	tinyJSONL = `{"id": "k1", "text": "First line of text.", "title": "One", "source": "Quillby Post", "url": "https://example.org/1", "date": "2031-04-05"}
{"id": 42, "html": "<p>Second</p>", "text": "Second", "date": null}

{"text": "Third, no id.", "date": 20310406}
`
)

func TestReadKinds(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  []news.Page // Path is checked relative to the folder
	}{
		{"text", map[string]string{"a.txt": tinyText},
			[]news.Page{{ID: "a.txt", Kind: news.KindText, Content: tinyText}}},
		{"html", map[string]string{"a.html": tinyHTML},
			[]news.Page{{ID: "a.html", Kind: news.KindHTML, Content: tinyHTML}}},
		{"htm in upper case", map[string]string{"A.HTM": tinyHTML},
			[]news.Page{{ID: "A.HTM", Kind: news.KindHTML, Content: tinyHTML}}},
		{"gzip html", map[string]string{"a.html.gz": gzipped(t, tinyHTML)},
			[]news.Page{{ID: "a.html.gz", Kind: news.KindHTML, Content: tinyHTML}}},
		{"gzip text", map[string]string{"a.txt.gz": gzipped(t, tinyText)},
			[]news.Page{{ID: "a.txt.gz", Kind: news.KindText, Content: tinyText}}},
		{"gzip without inner extension", map[string]string{"a.gz": gzipped(t, tinyHTML)},
			[]news.Page{{ID: "a.gz", Kind: news.KindHTML, Content: tinyHTML}}},
		{"gz name but not compressed", map[string]string{"a.htm.gz": tinyHTML},
			[]news.Page{{ID: "a.htm.gz", Kind: news.KindHTML, Content: tinyHTML}}},
		{"no extension, HTML", map[string]string{"page": tinyHTML},
			[]news.Page{{ID: "page", Kind: news.KindHTML, Content: tinyHTML}}},
		{"no extension, HTML fragment", map[string]string{"frag": "<div class=x><p>Body</p></div>"},
			[]news.Page{{ID: "frag", Kind: news.KindHTML, Content: "<div class=x><p>Body</p></div>"}}},
		{"unknown extension, text", map[string]string{"notes.md": "Plain words, <not markup>.\n"},
			[]news.Page{{ID: "notes.md", Kind: news.KindText, Content: "Plain words, <not markup>.\n"}}},
		{"text starting with a brace", map[string]string{"brace": "{aside} words\nmore\n"},
			[]news.Page{{ID: "brace", Kind: news.KindText, Content: "{aside} words\nmore\n"}}},
		{"CRLF line ends", map[string]string{"a.txt": "one\r\ntwo\rthree\r\n"},
			[]news.Page{{ID: "a.txt", Kind: news.KindText, Content: "one\ntwo\nthree\n"}}},
		{"UTF-8 byte order mark", map[string]string{"a.txt": "\xef\xbb\xbfCaf\u00e9"},
			[]news.Page{{ID: "a.txt", Kind: news.KindText, Content: "Caf\u00e9"}}},
		{"UTF-16LE byte order mark", map[string]string{"a.txt": "\xff\xfeC\x00a\x00f\x00\xe9\x00"},
			[]news.Page{{ID: "a.txt", Kind: news.KindText, Content: "Caf\u00e9"}}},
		{"UTF-16BE byte order mark", map[string]string{"a.txt": "\xfe\xff\x00C\x00a\x00f\x00\xe9"},
			[]news.Page{{ID: "a.txt", Kind: news.KindText, Content: "Caf\u00e9"}}},
		{"declared windows-1252", map[string]string{"a.html": `<html><head><meta charset="windows-1252"></head><body>` + "\x93Caf\xe9\x94</body></html>"},
			[]news.Page{{ID: "a.html", Kind: news.KindHTML, Content: `<html><head><meta charset="windows-1252"></head><body>` + "\u201cCaf\u00e9\u201d</body></html>"}}},
		{"declared in http-equiv", map[string]string{"a.html": `<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>` + "Caf\xe9"},
			[]news.Page{{ID: "a.html", Kind: news.KindHTML, Content: `<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>` + "Caf\u00e9"}}},
		{"declared Shift_JIS", map[string]string{"a.html": `<meta charset="shift_jis"><p>` + "\x93\xfa\x96\x7b"},
			[]news.Page{{ID: "a.html", Kind: news.KindHTML, Content: `<meta charset="shift_jis"><p>` + "\u65e5\u672c"}}},
		{"declared Latin-1 but UTF-8", map[string]string{"a.html": `<meta charset="iso-8859-1"><p>Caf` + "\u00e9"},
			[]news.Page{{ID: "a.html", Kind: news.KindHTML, Content: `<meta charset="iso-8859-1"><p>Caf` + "\u00e9"}}},
		{"jsonl", map[string]string{"feed.jsonl": tinyJSONL}, []news.Page{
			{ID: "k1", Path: "feed.jsonl:1", Kind: news.KindText, Clean: true, Content: "First line of text.", Title: "One", Source: "Quillby Post", URL: "https://example.org/1", Date: "2031-04-05"},
			{ID: "42", Path: "feed.jsonl:2", Kind: news.KindHTML, Content: "<p>Second</p>"},
			{ID: "feed.jsonl:4", Path: "feed.jsonl:4", Kind: news.KindText, Clean: true, Content: "Third, no id.", Date: "2031-04-06"},
		}},
		{"jsonl with a byte order mark", map[string]string{"bom.jsonl": "\ufeff{\"text\":\"x\"}\r\n{\"text\":\"y\"}\r\n"}, []news.Page{
			{ID: "bom.jsonl:1", Path: "bom.jsonl:1", Kind: news.KindText, Clean: true, Content: "x"},
			{ID: "bom.jsonl:2", Path: "bom.jsonl:2", Kind: news.KindText, Clean: true, Content: "y"},
		}},
		{"ndjson", map[string]string{"feed.ndjson": `{"text":"x y"}`},
			[]news.Page{{ID: "feed.ndjson:1", Path: "feed.ndjson:1", Kind: news.KindText, Clean: true, Content: "x y"}}},
		{"jsonl with no extension", map[string]string{"dump": tinyJSONL}, []news.Page{
			{ID: "k1", Path: "dump:1", Kind: news.KindText, Clean: true, Content: "First line of text.", Title: "One", Source: "Quillby Post", URL: "https://example.org/1", Date: "2031-04-05"},
			{ID: "42", Path: "dump:2", Kind: news.KindHTML, Content: "<p>Second</p>"},
			{ID: "dump:4", Path: "dump:4", Kind: news.KindText, Clean: true, Content: "Third, no id.", Date: "2031-04-06"},
		}},
		{"json object", map[string]string{"one.json": "{\n  \"title\": \"T\",\n  \"text\": \"Body.\"\n}\n"},
			[]news.Page{{ID: "one.json", Path: "one.json", Kind: news.KindText, Clean: true, Content: "Body.", Title: "T"}}},
		{"json array", map[string]string{"many.json": `[{"id": "x", "html": "<p>x</p>"}, {"text": "y"}]`}, []news.Page{
			{ID: "x", Path: "many.json:1", Kind: news.KindHTML, Content: "<p>x</p>"},
			{ID: "many.json:2", Path: "many.json:2", Kind: news.KindText, Clean: true, Content: "y"},
		}},
		{"json with no extension", map[string]string{"export": "[\n {\"text\": \"y\"}\n]"},
			[]news.Page{{ID: "export:1", Path: "export:1", Kind: news.KindText, Clean: true, Content: "y"}}},
		{"text that begins like JSON", map[string]string{"notes": "[1] A footnote.\n"},
			[]news.Page{{ID: "notes", Kind: news.KindText, Content: "[1] A footnote.\n"}}},
		{"gzip jsonl", map[string]string{"feed.jsonl.gz": gzipped(t, `{"id":"z","text":"zed"}`)},
			[]news.Page{{ID: "z", Path: "feed.jsonl.gz:1", Kind: news.KindText, Clean: true, Content: "zed"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, tt.files)
			res := read(t, &Reader{}, dir)
			if res.err != nil {
				t.Fatalf("Read: %v", res.err)
			}
			if len(res.warnings) > 0 {
				t.Errorf("warnings: %v", res.warnings)
			}
			if len(res.pages) != len(tt.want) {
				t.Fatalf("got %d pages %q, want %d", len(res.pages), res.ids(), len(tt.want))
			}
			for i, want := range tt.want {
				got := res.pages[i]
				wantPath := want.Path
				if wantPath == "" {
					wantPath = want.ID
				}
				want.Path = filepath.Join(dir, wantPath)
				if got != want {
					t.Errorf("page %d:\n got %+v\nwant %+v", i, got, want)
				}
			}
		})
	}
}

func TestReadStream(t *testing.T) {
	var pages []news.Page
	var warnings []Warning
	r := &Reader{}
	err := r.ReadStream(t.Context(), "upload/page.html.gz", strings.NewReader(gzipped(t, tinyHTML)),
		func(p news.Page) error { pages = append(pages, p); return nil },
		func(w Warning) { warnings = append(warnings, w) })
	if err != nil || len(warnings) > 0 {
		t.Fatalf("ReadStream: %v, warnings %v", err, warnings)
	}
	want := news.Page{ID: "page.html.gz", Path: "upload/page.html.gz", Kind: news.KindHTML, Content: tinyHTML}
	if len(pages) != 1 || pages[0] != want {
		t.Errorf("got %+v, want %+v", pages, want)
	}
}

func TestReadEmitError(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": "a", "b.txt": "b", "c.jsonl": `{"text":"c"}`})
	stop := errors.New("store full")
	for _, after := range []int{1, 2, 3} {
		n := 0
		err := (&Reader{}).Read(t.Context(), []string{dir}, func(news.Page) error {
			n++
			if n == after {
				return stop
			}
			return nil
		}, nil)
		if !errors.Is(err, stop) {
			t.Errorf("after %d pages: err = %v, want it to wrap %v", after, err, stop)
		}
		if n != after {
			t.Errorf("emit called %d times after it failed at %d", n, after)
		}
	}
}

func TestReadCancel(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": "a", "b.txt": "b", "c.jsonl": "{\"text\":\"1\"}\n{\"text\":\"2\"}\n"})
	for _, cancelAt := range []int{1, 3} {
		ctx, cancel := context.WithCancel(t.Context())
		n := 0
		err := (&Reader{}).Read(ctx, []string{dir}, func(news.Page) error {
			n++
			if n == cancelAt {
				cancel()
			}
			return nil
		}, nil)
		cancel()
		if !errors.Is(err, context.Canceled) {
			t.Errorf("cancel at %d: err = %v, want context.Canceled", cancelAt, err)
		}
		if n != cancelAt {
			t.Errorf("cancel at %d: %d pages emitted", cancelAt, n)
		}
	}
}

func TestReadJSONLLongLines(t *testing.T) {
	long := strings.Repeat("All hands on the quay. ", 150_000) // about 3.3 MB
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"big.jsonl": `{"id":"long","text":"` + long + `"}` + "\n" + `{"id":"short","text":"s"}` + "\n",
	})
	tests := []struct {
		name     string
		maxBytes int64
		want     []string
	}{
		{"default limit", 0, []string{"long", "short"}},
		// The limit holds per line: a file over it still gives its short lines.
		{"limit below the line", 1 << 20, []string{"short"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := read(t, &Reader{MaxBytes: tt.maxBytes}, dir)
			if res.err != nil {
				t.Fatal(res.err)
			}
			if got := strings.Join(res.ids(), " "); got != strings.Join(tt.want, " ") {
				t.Fatalf("IDs %q, want %q (warnings %v)", got, tt.want, res.warnings)
			}
			if res.pages[0].ID == "long" && res.pages[0].Content != long {
				t.Errorf("long line read as %d bytes, want %d", len(res.pages[0].Content), len(long))
			}
		})
	}
}

// endlessLine is a JSON Lines stream whose first line never ends; it
// cancels a context once it has given cancelAfter bytes.
type endlessLine struct {
	given, cancelAfter int
	cancel             func()
}

func (e *endlessLine) Read(b []byte) (int, error) {
	for i := range b {
		b[i] = 'x'
	}
	b[0] = '{'
	e.given += len(b)
	if e.given > e.cancelAfter {
		e.cancel()
	}
	return len(b), nil
}

func TestReadCancelEndlessLine(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	rd := &endlessLine{cancelAfter: 8 << 20, cancel: cancel}
	err := (&Reader{MaxBytes: 1 << 20}).ReadStream(ctx, "endless.jsonl", rd, func(news.Page) error { return nil }, nil)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}
