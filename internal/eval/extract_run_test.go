package eval

import (
	"compress/gzip"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRunExtractEval(t *testing.T) {
	dir := t.TempDir()
	gold := filepath.Join(dir, "gold.json")
	write := func(name, content string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("gold.json", `{"p1": {"articleBody": "alpha beta gamma delta epsilon"}, "p2": {"articleBody": "one two three four"}, "p3": {"articleBody": "red green blue"}}`)
	write("p1.html", "<p>alpha beta gamma delta epsilon</p>")
	write("p3.txt", "red green blue")
	f, err := os.Create(filepath.Join(dir, "p2.html.gz"))
	if err != nil {
		t.Fatal(err)
	}
	zw := gzip.NewWriter(f)
	zw.Write([]byte("one two three four"))
	zw.Close()
	f.Close()

	// The extractor strips tags crudely and fails on text pages.
	extract := func(id, path string) (string, error) {
		if strings.HasSuffix(path, ".txt") {
			return "", errors.New("text pages unsupported")
		}
		page, err := ReadExtractPage(path)
		if err != nil {
			return "", err
		}
		return strings.NewReplacer("<p>", "", "</p>", "").Replace(page), nil
	}
	rep, err := RunExtractEval(context.Background(), gold, dir, extract)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Precision != 1 || rep.Recall != 2.0/3 {
		t.Errorf("P %v R %v, want 1 and 2/3 (p3 failed, so empty)", rep.Precision, rep.Recall)
	}
	if rep.Pages[0].ID != "p3" {
		t.Errorf("worst page %s, want p3", rep.Pages[0].ID)
	}

	os.Remove(filepath.Join(dir, "p3.txt"))
	if _, err := RunExtractEval(context.Background(), gold, dir, extract); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing page: err %v, want fs.ErrNotExist", err)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := RunExtractEval(ctx, gold, dir, extract); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err %v, want context.Canceled", err)
	}
}
