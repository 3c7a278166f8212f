package eval

import (
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
)

// extractPageSuffixes are the file forms of a benchmark page, in the
// order they are looked for: ID.html.gz, ID.html, ID.txt.
var extractPageSuffixes = []string{".html.gz", ".html", ".txt"}

// RunExtractEval scores an extractor on the benchmark: for every page in
// the gold file at goldPath it finds the page's file in pagesDir, calls
// extract with the page's ID and path, and scores the bodies returned. A
// page whose extraction fails counts as an empty body; a page whose file
// is missing is an error.
func RunExtractEval(ctx context.Context, goldPath, pagesDir string, extract func(id, path string) (string, error)) (ExtractReport, error) {
	gold, err := LoadExtractGold(goldPath)
	if err != nil {
		return ExtractReport{}, err
	}
	ids := make([]string, 0, len(gold))
	for id := range gold {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	pred := make(map[string]string, len(gold))
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return ExtractReport{}, fmt.Errorf("extraction eval: %w", err)
		}
		path, err := FindExtractPage(pagesDir, id)
		if err != nil {
			return ExtractReport{}, err
		}
		body, err := extract(id, path)
		if err != nil {
			continue
		}
		pred[id] = body
	}
	return ScoreExtract(gold, pred), nil
}

// FindExtractPage returns the path of page id in dir: ID.html.gz, ID.html
// or ID.txt, the first that exists.
func FindExtractPage(dir, id string) (string, error) {
	for _, suffix := range extractPageSuffixes {
		p := filepath.Join(dir, id+suffix)
		if _, err := os.Stat(p); err == nil {
			return p, nil
		} else if !errors.Is(err, fs.ErrNotExist) {
			return "", fmt.Errorf("find page %s: %w", id, err)
		}
	}
	return "", fmt.Errorf("find page %s in %s: %w", id, dir, fs.ErrNotExist)
}

// ReadExtractPage returns the content of a benchmark page file,
// decompressed when its name ends in .gz.
func ReadExtractPage(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", fmt.Errorf("read page: %w", err)
	}
	defer f.Close()
	var r io.Reader = f
	if filepath.Ext(path) == ".gz" {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return "", fmt.Errorf("read page %s: %w", path, err)
		}
		defer zr.Close()
		r = zr
	}
	data, err := io.ReadAll(r)
	if err != nil {
		return "", fmt.Errorf("read page %s: %w", path, err)
	}
	return string(data), nil
}
