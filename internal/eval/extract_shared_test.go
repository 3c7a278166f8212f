package eval

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// extractSharedDir is the benchmark's development split, beside the
// repository when it is checked out with its shared data.
var extractSharedDir = filepath.Join("..", "..", "..", "shared", "data", "extraction")

// TestExtractBenchmark scores htmlbody on the development split and fails
// below the quality newsfold promises (F1 0.975, precision and recall
// 0.94). Set NEWSFOLD_EXTRACT_PRED to a file
// name to also write the predictions for the reference scorer.
func TestExtractBenchmark(t *testing.T) {
	gold := filepath.Join(extractSharedDir, "ground-truth.json")
	if _, err := os.Stat(gold); err != nil {
		t.Skip("benchmark data not present:", err)
	}
	pred := map[string]map[string]string{}
	extract := func(id, path string) (string, error) {
		body, err := ExtractWithHTMLBody(id, path)
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
	if rep.F1 < 0.975 || rep.Precision < 0.94 || rep.Recall < 0.94 {
		t.Errorf("F1 %.3f P %.3f R %.3f: below F1 0.975, P and R 0.94", rep.F1, rep.Precision, rep.Recall)
	}
}
