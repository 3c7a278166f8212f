package synth

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
)

// WriteJSONL writes the next n articles of s to w, one JSON object a line.
func WriteJSONL(ctx context.Context, w io.Writer, s *Stream, n int) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for i := range n {
		if i%1000 == 0 {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("write synthetic article %d: %w", i, err)
			}
		}
		if err := enc.Encode(s.Next()); err != nil {
			return fmt.Errorf("write synthetic article %d: %w", i, err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write synthetic articles: %w", err)
	}
	return nil
}
