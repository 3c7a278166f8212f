package source_test

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/newsfold/newsfold/internal/news"
	"github.com/newsfold/newsfold/internal/source"
)

func ExampleReader_Read() {
	r := &source.Reader{}
	var missing int
	err := r.Read(context.Background(), []string{"testdata/pages/sub", "testdata/missing"},
		func(p news.Page) error {
			fmt.Printf("page %s (%s): %q\n", p.ID, p.Kind, p.Content)
			return nil
		},
		func(w source.Warning) {
			if errors.Is(w.Err, source.ErrNotFound) {
				missing++
			}
			fmt.Println("warning:", w)
		})
	fmt.Println(err, missing)
	// Output:
	// warning: testdata/missing: no such file or directory
	// page nested.txt (text): "A nested page.\n"
	// <nil> 1
}

func ExampleReader_ReadStream() {
	lines := `{"id": 1, "title": "Ferry", "text": "The ferry sailed.", "date": 20310405}
{"title": "no body"}
`
	r := &source.Reader{}
	r.ReadStream(context.Background(), "upload.jsonl", strings.NewReader(lines),
		func(p news.Page) error {
			fmt.Printf("page %s from %s: %s, %q, dated %s\n", p.ID, p.Path, p.Title, p.Content, p.Date)
			return nil
		},
		func(w source.Warning) { fmt.Println("warning:", w) })
	// Output:
	// page 1 from upload.jsonl:1: Ferry, "The ferry sailed.", dated 2031-04-05
	// warning: upload.jsonl:2: no "text" or "html" field
}
