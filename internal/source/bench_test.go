package source

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkReadJSONL reads a 2,000-record JSON Lines file of
// article-sized records.
func BenchmarkReadJSONL(b *testing.B) {
	path := filepath.Join(b.TempDir(), "corpus.jsonl")
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriter(f)
	paragraph := strings.Repeat("The harbour board met on Tuesday to weigh new ferry fares. ", 50)
	const records = 2000
	for i := range records {
		fmt.Fprintf(w, `{"id": "r%d", "title": "Fares %d", "date": "2031-04-%02d", "source": "Quillby Post", "text": %q}`+"\n",
			i, i, i%28+1, paragraph)
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	info, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(info.Size())
	b.ReportAllocs()
	for b.Loop() {
		res := read(b, &Reader{}, path)
		if res.err != nil || len(res.pages) != records {
			b.Fatalf("%d pages, err %v", len(res.pages), res.err)
		}
	}
	b.ReportMetric(float64(records*b.N)/b.Elapsed().Seconds(), "pages/s")
}
