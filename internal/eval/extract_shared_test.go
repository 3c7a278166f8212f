package eval

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsfold/newsfold/internal/extract/htmlbody"
)

// extractSharedDir is the benchmark's development split, beside the
// repository when it is checked out with its shared data.
var extractSharedDir = filepath.Join("..", "..", "..", "shared", "data", "extraction")

// extractHTMLBody runs htmlbody on one benchmark page file.
func extractHTMLBody(_ string, path string) (string, error) {
	page, err := ReadExtractPage(path)
	if err != nil {
		return "", err
	}
	res, err := htmlbody.Extract(page)
	if err != nil {
		return "", err
	}
	return strings.Join(res.Paragraphs, "\n\n"), nil
}

// TestExtractBenchmark scores htmlbody on the development split and fails
// below the quality newsfold promises. Set NEWSFOLD_EXTRACT_PRED to a file
// name to also write the predictions for the reference scorer.
func TestExtractBenchmark(t *testing.T) {
	gold := filepath.Join(extractSharedDir, "ground-truth.json")
	if _, err := os.Stat(gold); err != nil {
		t.Skip("benchmark data not present:", err)
	}
	pred := map[string]map[string]string{}
	extract := func(id, path string) (string, error) {
		body, err := extractHTMLBody(id, path)
		pred[id] = map[string]string{"articleBody": body}
		return body, err
	}
	rep, err := RunExtractEval(context.Background(), gold, filepath.Join(extractSharedDir, "html"), extract)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range rep.Pages[:min(15, len(rep.Pages))] {
		t.Logf("%s  P %.3f  R %.3f  F1 %.3f", p.ID[:12], p.Precision, p.Recall, p.F1)
	}
	t.Logf("htmlbody: F1 %.3f  P %.3f  R %.3f  pages %d", rep.F1, rep.Precision, rep.Recall, len(rep.Pages))
	if out := os.Getenv("NEWSFOLD_EXTRACT_PRED"); out != "" {
		data, err := json.Marshal(pred)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(out, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if rep.F1 < 0.90 {
		t.Errorf("F1 %.3f below 0.90", rep.F1)
	}
}
