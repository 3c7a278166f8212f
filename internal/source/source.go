// Package source reads pages from files and folders: plain text pages,
// HTML (also gzip-compressed) and JSON Lines. It takes paths and gives
// news.Page values, with a warning for every input it cannot use.
package source

import (
	"context"

	"github.com/newsfold/newsfold/internal/news"
)

// DefaultMaxBytes is the default size limit of one file.
const DefaultMaxBytes = 20 << 20

// Warning is an input that was skipped, and why.
type Warning struct {
	Path string
	Err  error
}

func (w Warning) String() string { return w.Path + ": " + w.Err.Error() }

// Reader reads pages from files and folders.
type Reader struct {
	// MaxBytes is the largest file read (after decompression); 0 means
	// DefaultMaxBytes.
	MaxBytes int64
	// Progress, when set, is called as input is consumed with the bytes
	// read so far and the total bytes to read.
	Progress func(done, total int64)
}

// Read emits every page found under paths, in a stable order, and reports
// every unusable input through warn. It stops early only when ctx is done
// or emit returns an error.
func (r *Reader) Read(ctx context.Context, paths []string, emit func(news.Page) error, warn func(Warning)) error {
	return nil // TODO
}
