package source

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWalkOrderAndIDs(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"b.txt":             "b",
		"a/z.txt":           "az",
		"a/b/c.html":        "<p>abc</p>",
		"A.txt":             "A",
		".git/config":       "x",
		"a/.cache/k.txt":    "hidden",
		"a/.hidden.txt":     "hidden",
		"other/single.txt":  "single",
		"other/nested/x.gz": gzipped(t, "x"),
	})
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"folder", []string{"."}, []string{"A.txt", "a/b/c.html", "a/z.txt", "b.txt", "other/nested/x.gz", "other/single.txt"}},
		{"sub-folder", []string{"a"}, []string{"b/c.html", "z.txt"}},
		{"files in argument order", []string{"other/single.txt", "b.txt"}, []string{"single.txt", "b.txt"}},
		{"hidden file named directly", []string{"a/.hidden.txt"}, []string{".hidden.txt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var args []string
			for _, a := range tt.args {
				args = append(args, filepath.Join(dir, a))
			}
			res := read(t, &Reader{}, args...)
			if res.err != nil || len(res.warnings) > 0 {
				t.Fatalf("Read: %v, warnings %v", res.err, res.warnings)
			}
			if got := strings.Join(res.ids(), " "); got != strings.Join(tt.want, " ") {
				t.Errorf("IDs %s\nwant %s", got, strings.Join(tt.want, " "))
			}
			for _, p := range res.pages {
				if _, err := os.Stat(p.Path); err != nil {
					t.Errorf("page %s: Path %q: %v", p.ID, p.Path, err)
				}
			}
		})
	}
}

func TestWalkSymlinks(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"data/a.txt": "a", "elsewhere/e.txt": "e"})
	links := map[string]string{
		"data/loop":       "..",           // a cycle back up the tree
		"data/more":       "../elsewhere", // a linked folder is followed
		"data/link.txt":   "a.txt",        // a linked file is read
		"data/broken.txt": "missing.txt",  // a dangling link is warned of
	}
	for link, target := range links {
		if err := os.Symlink(target, filepath.Join(dir, link)); err != nil {
			t.Skipf("symbolic links: %v", err)
		}
	}
	res := read(t, &Reader{}, filepath.Join(dir, "data"))
	if res.err != nil {
		t.Fatal(res.err)
	}
	checkWarnings(t, res.warnings, []wantWarning{{"broken.txt", ErrNotFound}, {"link.txt", ErrDuplicate}, {"more/e.txt", ErrDuplicate}})
	want := "a.txt loop/elsewhere/e.txt"
	if got := strings.Join(res.ids(), " "); got != want {
		t.Errorf("IDs %s\nwant %s", got, want)
	}
}

func TestProgress(t *testing.T) {
	dir := t.TempDir()
	big := strings.Repeat(`{"text":"`+strings.Repeat("word ", 100)+`"}`+"\n", 5000) // over 2 MiB
	writeFiles(t, dir, map[string]string{"a.txt": "aaaa", "b.jsonl": big, "c.html.gz": gzipped(t, tinyHTML), "d.txt": ""})
	var total int64
	for _, name := range []string{"a.txt", "b.jsonl", "c.html.gz", "d.txt"} {
		info, err := os.Stat(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		total += info.Size()
	}
	var calls [][2]int64
	r := &Reader{Progress: func(done, total int64) { calls = append(calls, [2]int64{done, total}) }}
	read(t, r, dir, filepath.Join(dir, "missing"))
	if len(calls) < 4 {
		t.Fatalf("only %d progress calls: %v", len(calls), calls)
	}
	if first := calls[0]; first != [2]int64{0, total} {
		t.Errorf("first call %v, want [0 %d]", first, total)
	}
	if last := calls[len(calls)-1]; last != [2]int64{total, total} {
		t.Errorf("last call %v, want [%d %d]", last, total, total)
	}
	within := 0 // calls while the JSON Lines file is read
	for i, c := range calls {
		if c[1] != total {
			t.Errorf("call %d total %d, want %d", i, c[1], total)
		}
		if i > 0 && c[0] <= calls[i-1][0] {
			t.Errorf("call %d done %d after %d", i, c[0], calls[i-1][0])
		}
		if c[0] > 4 && c[0] < 4+int64(len(big)) {
			within++
		}
	}
	if within < 2 {
		t.Errorf("%d progress calls within a %d-byte JSON Lines file, want several", within, len(big))
	}
}
