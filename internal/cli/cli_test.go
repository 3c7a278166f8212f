package cli

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const goodPage = `Harbour news

Quay repairs finish early as fishing fleet returns

BRANNOCK, 4 May 2031 – Repairs to the north quay at Brannock finished two weeks early, the harbour board said on Sunday, letting the fishing fleet tie up in the inner basin again.

"We asked the contractors for speed and they gave it to us," said Ilse Marten, the harbour master. "The fleet can come home."

The quay was damaged in a storm in March, when waves broke over the sea wall and tore up the stone surface along a hundred metres of the berth.

Fishermen had been landing their catch at Corran, twenty kilometres up the coast, since the storm.
`

// run calls Main with args and returns its exit code, standard output and
// standard error.
func run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Main(context.Background(), args, Env{Stdout: &out, Stderr: &errOut})
	return code, out.String(), errOut.String()
}

func write(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func truncatedGzip(t *testing.T) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte("<html><body><p>" + strings.Repeat("Some words of an article. ", 200) + "</p></body></html>"))
	zw.Close()
	return buf.Bytes()[:buf.Len()/2]
}

func TestFoldBadInput(t *testing.T) {
	dir := t.TempDir()
	good := write(t, dir, "good.txt", []byte(goodPage))
	empty := write(t, dir, "empty.txt", nil)
	binary := write(t, dir, "blob.txt", []byte{0, 1, 2, 3, 0, 0, 0xff, 0xfe})
	gz := write(t, dir, "cut.html.gz", truncatedGzip(t))
	missing := filepath.Join(dir, "missing.txt")

	tests := []struct {
		name      string
		args      []string
		wantCode  int
		wantWarns []string // substrings of standard error
	}{
		{"good input alone", []string{"fold", "--format", "json", good}, ExitOK, nil},
		{"bad inputs beside a good one", []string{"fold", "--format", "json", good, empty, binary, gz, missing}, ExitOK,
			[]string{"empty.txt", "blob.txt", "cut.html.gz", "missing.txt"}},
		{"nothing usable", []string{"fold", "--format", "json", empty, missing}, ExitFailure, []string{"no usable article"}},
		{"strict turns warnings into failure", []string{"fold", "--strict", "--format", "json", good, empty}, ExitFailure, []string{"--strict"}},
		{"quiet hides warnings", []string{"fold", "--quiet", "--format", "json", good, empty}, ExitOK, nil},
		{"size limit", []string{"fold", "--max-bytes", "100", "--format", "json", good}, ExitFailure, []string{"good.txt"}},
		{"unknown format", []string{"fold", "--format", "pdf", good}, ExitUsage, []string{"unknown format"}},
		{"no path", []string{"fold"}, ExitUsage, []string{"at least one PATH"}},
		{"unknown command", []string{"frobnicate"}, ExitUsage, []string{"unknown command"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := run(t, tt.args...)
			if code != tt.wantCode {
				t.Errorf("exit code %d, want %d; stderr:\n%s", code, tt.wantCode, errOut)
			}
			for _, w := range tt.wantWarns {
				if !strings.Contains(errOut, w) {
					t.Errorf("stderr lacks %q:\n%s", w, errOut)
				}
			}
			if tt.wantWarns == nil && errOut != "" {
				t.Errorf("unexpected stderr:\n%s", errOut)
			}
			if code == ExitOK && !json.Valid([]byte(out)) {
				t.Errorf("stdout is not JSON:\n%s", out)
			}
			if code != ExitOK && out != "" {
				t.Errorf("stdout on failure:\n%s", out)
			}
		})
	}
}

// TestFoldJSONContract checks the fields the JSON contract promises.
func TestFoldJSONContract(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "good.txt", []byte(goodPage))
	code, out, errOut := run(t, "fold", "--format", "json", dir)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var doc map[string][]map[string]any
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		"articles": {"id", "title", "outlet", "agency", "dateline", "published", "published_basis", "body", "duplicate_of", "entities", "quotes", "times"},
		"stories":  {"id", "title", "summary", "articles", "first_published", "related", "quotes", "facts", "exclusive", "conflicts", "timeline"},
	}
	for list, fields := range want {
		if len(doc[list]) == 0 {
			t.Fatalf("no %s in output", list)
		}
		for _, f := range fields {
			if _, ok := doc[list][0][f]; !ok {
				t.Errorf("%s[0] lacks field %q", list, f)
			}
		}
	}
	a := doc["articles"][0]
	if a["id"] != "good.txt" || a["published"] != "2031-05-04" || a["published_basis"] != "dateline" {
		t.Errorf("article id/published/basis = %v/%v/%v, want good.txt/2031-05-04/dateline", a["id"], a["published"], a["published_basis"])
	}
	quotes, _ := a["quotes"].([]any)
	if len(quotes) != 1 {
		t.Fatalf("want the one split quotation, got %v", quotes)
	}
	if q := quotes[0].(map[string]any); q["speaker"] != "Ilse Marten" {
		t.Errorf("speaker %v, want Ilse Marten", q["speaker"])
	}
}

func TestFoldFormats(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "good.txt", []byte(goodPage))
	for _, f := range []struct{ name, want string }{
		{"text", "[s1] "},
		{"markdown", "## \\[s1\\] "},
		{"html", "<!DOCTYPE html>"},
	} {
		code, out, errOut := run(t, "fold", "--format", f.name, dir)
		if code != ExitOK || !strings.Contains(out, f.want) {
			t.Errorf("--format %s: exit %d, output lacks %q:\n%s\n%s", f.name, code, f.want, out, errOut)
		}
	}
}

func TestExtractCommand(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "good.txt", []byte(goodPage))
	code, out, errOut := run(t, "extract", "--format", "json", dir)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var doc struct {
		Articles []struct {
			ID, Body string
			Agency   *string
		}
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Articles) != 1 || strings.Contains(doc.Articles[0].Body, "Harbour news") || !strings.Contains(doc.Articles[0].Body, "Fishermen had been landing") {
		t.Errorf("extracted body wrong: %+v", doc.Articles)
	}
}
