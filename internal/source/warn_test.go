package source

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// wantWarning is a warning expected for a path ending in suffix.
type wantWarning struct {
	suffix string
	err    error
}

func TestReadWarnings(t *testing.T) {
	valid := gzipped(t, tinyHTML)
	corrupt := []byte(gzipped(t, strings.Repeat("Harbour news. ", 200)))
	for i := 12; i < len(corrupt)-10; i++ {
		corrupt[i] ^= 0x55
	}
	tests := []struct {
		name      string
		files     map[string]string
		args      []string // relative to the folder; none means the folder
		maxBytes  int64
		wantPages []string
		want      []wantWarning
	}{
		{name: "missing path", args: []string{"nowhere.txt"},
			want: []wantWarning{{"nowhere.txt", ErrNotFound}}},
		{name: "folder with no files", files: map[string]string{"keep/.hidden": "x"}, args: []string{"keep"},
			want: []wantWarning{{"keep", ErrNoPages}}},
		{name: "empty file", files: map[string]string{"a.txt": "", "b.txt": "ok"}, wantPages: []string{"b.txt"},
			want: []wantWarning{{"a.txt", ErrEmpty}}},
		{name: "blank file of unknown kind", files: map[string]string{"a": " \n\t\n"},
			want: []wantWarning{{"a", ErrEmpty}}},
		{name: "empty after decompression", files: map[string]string{"a.html.gz": gzipped(t, "  \n")},
			want: []wantWarning{{"a.html.gz", ErrEmpty}}},
		{name: "NUL bytes", files: map[string]string{"a.txt": "text\x00\x00\x01\x02more"},
			want: []wantWarning{{"a.txt", ErrBinary}}},
		{name: "image", files: map[string]string{"pic": "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"},
			want: []wantWarning{{"pic", ErrBinary}}},
		{name: "image named as HTML", files: map[string]string{"pic.html": "GIF89a\x01\x00\x01\x00\x80\x00\x00"},
			want: []wantWarning{{"pic.html", ErrBinary}}},
		{name: "damaged UTF-8 repaired", files: map[string]string{"a.txt": "Caf\u00e9 \xff ok"}, wantPages: []string{"a.txt"},
			want: []wantWarning{{"a.txt", ErrInvalidUTF8}}},
		{name: "Latin-1 text read as Windows-1252", files: map[string]string{"a.txt": "Caf\xe9"}, wantPages: []string{"a.txt"},
			want: []wantWarning{{"a.txt", ErrInvalidUTF8}}},
		{name: "HTML declared UTF-8 but Latin-1", files: map[string]string{"a.html": `<meta charset="utf-8"><p>Caf` + "\xe9"}, wantPages: []string{"a.html"},
			want: []wantWarning{{"a.html", ErrInvalidUTF8}}},
		{name: "truncated gzip", files: map[string]string{"a.html.gz": valid[:len(valid)-12]},
			want: []wantWarning{{"a.html.gz", ErrTruncated}}},
		{name: "gzip header cut short", files: map[string]string{"a.gz": valid[:5]},
			want: []wantWarning{{"a.gz", ErrTruncated}}},
		{name: "corrupt gzip", files: map[string]string{"a.txt.gz": string(corrupt)},
			want: []wantWarning{{"a.txt.gz", ErrCorrupt}}},
		{name: "file over the limit", files: map[string]string{"a.txt": strings.Repeat("word ", 40)}, maxBytes: 100,
			want: []wantWarning{{"a.txt", ErrTooLarge}}},
		{name: "gzip bomb", files: map[string]string{"a.txt.gz": gzipped(t, strings.Repeat("word ", 1<<18))}, maxBytes: 64 << 10,
			want: []wantWarning{{"a.txt.gz", ErrTooLarge}}},
		{name: "unknown kind over the limit", files: map[string]string{"a": strings.Repeat("word ", 40)}, maxBytes: 100,
			want: []wantWarning{{"a", ErrTooLarge}}},
		{name: "XML feed", files: map[string]string{"feed.xml": `<?xml version="1.0"?><rss><channel><item>x</item></channel></rss>`},
			want: []wantWarning{{"feed.xml", ErrUnsupported}}},
		{name: "stylesheet and script", files: map[string]string{"site.css": "p { margin: 0 }", "app.js": "let x = 1;", "page.html": tinyHTML},
			wantPages: []string{"page.html"},
			want:      []wantWarning{{"app.js", ErrUnsupported}, {"site.css", ErrUnsupported}}},
		{name: "JSON Lines: bad line", files: map[string]string{"f.jsonl": "{\"text\":\"a\"}\n{\"text\": nope}\n[1,2]\n{\"text\":\"d\"}\n"},
			wantPages: []string{"f.jsonl:1", "f.jsonl:4"},
			want:      []wantWarning{{"f.jsonl:2", ErrBadJSON}, {"f.jsonl:3", ErrBadJSON}}},
		{name: "JSON Lines: no content field", files: map[string]string{"f.jsonl": `{"id":"a","title":"t"}`},
			want: []wantWarning{{"f.jsonl:1", ErrNoContent}}},
		{name: "JSON Lines: blank content", files: map[string]string{"f.jsonl": `{"id":"a","text":"  ","html":""}`},
			want: []wantWarning{{"f.jsonl:1", ErrEmpty}}},
		{name: "JSON Lines: line over the limit", files: map[string]string{"f.jsonl": `{"text":"` + strings.Repeat("x", 300) + "\"}\n{\"text\":\"b\"}\n"}, maxBytes: 100,
			wantPages: []string{"f.jsonl:2"},
			want:      []wantWarning{{"f.jsonl:1", ErrTooLarge}}},
		{name: "JSON Lines: invalid UTF-8 repaired", files: map[string]string{"f.jsonl": "{\"text\":\"Caf\xe9\"}"},
			wantPages: []string{"f.jsonl:1"},
			want:      []wantWarning{{"f.jsonl:1", ErrInvalidUTF8}}},
		{name: "JSON Lines: only blank lines", files: map[string]string{"f.jsonl": "\n  \n\n"},
			want: []wantWarning{{"f.jsonl", ErrEmpty}}},
		{name: "JSON Lines: truncated gzip", files: map[string]string{"f.jsonl.gz": truncatedJSONL(t)},
			wantPages: []string{"f.jsonl.gz:1"},
			want:      []wantWarning{{"f.jsonl.gz:2", ErrTruncated}}},
		{name: "JSON: bad records", files: map[string]string{"a.json": `[{"text": "ok"}, 5, {"title": "none"}]`},
			wantPages: []string{"a.json:1"},
			want:      []wantWarning{{"a.json:2", ErrBadJSON}, {"a.json:3", ErrNoContent}}},
		{name: "JSON: not an array of objects", files: map[string]string{"a.json": `"just a string"`},
			want: []wantWarning{{"a.json", ErrBadJSON}}},
		{name: "JSON: invalid", files: map[string]string{"a.json": `{"text": "cut`},
			want: []wantWarning{{"a.json", ErrBadJSON}}},
		{name: "JSON: empty array", files: map[string]string{"a.json": `[]`},
			want: []wantWarning{{"a.json", ErrEmpty}}},
		{name: "duplicate IDs", files: map[string]string{"one/a.txt": "first", "two/a.txt": "second"}, args: []string{"one", "two"},
			wantPages: []string{"a.txt", "a.txt#2"},
			want:      []wantWarning{{"two/a.txt", ErrDuplicateID}}},
		{name: "same file twice", files: map[string]string{"a.txt": "x"}, args: []string{".", "a.txt"},
			wantPages: []string{"a.txt"},
			want:      []wantWarning{{"a.txt", ErrDuplicate}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, tt.files)
			args := []string{dir}
			if tt.args != nil {
				args = nil
				for _, a := range tt.args {
					args = append(args, filepath.Join(dir, a))
				}
			}
			res := read(t, &Reader{MaxBytes: tt.maxBytes}, args...)
			if res.err != nil {
				t.Fatalf("Read: %v", res.err)
			}
			checkWarnings(t, res.warnings, tt.want)
			if got := res.ids(); strings.Join(got, " ") != strings.Join(tt.wantPages, " ") {
				t.Errorf("pages %q, want %q", got, tt.wantPages)
			}
		})
	}
}

// checkWarnings checks there is exactly one warning per want, in order,
// with a readable message naming the path.
func checkWarnings(t *testing.T, got []Warning, want []wantWarning) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d warnings %v, want %d", len(got), got, len(want))
	}
	for i, w := range want {
		g := got[i]
		if !strings.HasSuffix(filepath.ToSlash(g.Path), w.suffix) {
			t.Errorf("warning %d path %q, want it to end in %q", i, g.Path, w.suffix)
		}
		if !errors.Is(g.Err, w.err) {
			t.Errorf("warning %d %q, want %q", i, g, w.err)
		}
		if !strings.HasPrefix(g.String(), g.Path+": ") {
			t.Errorf("warning %d reads %q", i, g)
		}
	}
}

// truncatedJSONL is a compressed JSON Lines file cut in its second line.
func truncatedJSONL(t *testing.T) string {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	fmt.Fprintln(w, `{"text":"one"}`)
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	cut := b.Len() + 200
	fmt.Fprint(w, `{"text":"`)
	for i := range 2000 {
		fmt.Fprintf(w, "%d ", i*7919%10007)
	}
	fmt.Fprintln(w, `"}`)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()[:cut]
}

func TestReadUnreadableFile(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("file permissions do not bind the superuser")
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": "x"})
	if err := os.Chmod(filepath.Join(dir, "a.txt"), 0); err != nil {
		t.Fatal(err)
	}
	res := read(t, &Reader{}, dir)
	checkWarnings(t, res.warnings, []wantWarning{{"a.txt", ErrUnreadable}})
}
