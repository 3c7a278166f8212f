// Package source reads pages from files and folders: plain text pages,
// HTML, JSON Lines and JSON records, and web archives (WARC), any of them
// gzip-compressed. It takes paths and gives news.Page values with valid
// UTF-8 content, and a Warning for every input it cannot use or had to
// repair.
//
// A file's kind comes from its name (.txt, .html, .htm, .jsonl, .ndjson,
// .json, .warc, each perhaps with .gz) and otherwise from its content. A
// web archive gives one HTML page for each successful HTML response it
// records. HTML is decoded from the charset it declares; text that is not UTF-8 is
// repaired, with a warning. Files that are clearly not pages (images,
// archives, feeds) are skipped, with a warning.
package source

import (
	"context"
	"fmt"
	"io"
	"path/filepath"

	"github.com/newsfold/newsfold/internal/news"
)

// DefaultMaxBytes is the default size limit of one file.
const DefaultMaxBytes = 20 << 20

// Warning is an input that was skipped, or read only after a repair, and
// why. Err wraps one of the package's Err values.
type Warning struct {
	Path string
	Err  error
}

func (w Warning) String() string { return w.Path + ": " + w.Err.Error() }

// Reader reads pages from files and folders.
type Reader struct {
	// MaxBytes is the largest file read (after decompression); 0 means
	// DefaultMaxBytes. A JSON Lines file may be larger: the limit holds
	// for each of its lines.
	MaxBytes int64
	// Progress, when set, is called as input is consumed with the bytes
	// read so far and the total bytes to read (file sizes on disk).
	Progress func(done, total int64)
}

// Read emits every page found under paths, in a stable order, and reports
// every unusable input through warn. It stops early only when ctx is done
// or emit returns an error, and then returns that error, wrapped.
//
// A path may be a file or a folder, walked recursively in name order with
// hidden entries (names starting with ".") skipped. A page's ID is its
// path relative to the argument it was found under (a file argument's base
// name), with forward slashes; a JSON record's ID is its "id" field, else
// FILE:LINE in JSON Lines and FILE:N for the Nth record of a JSON array.
// An ID already taken gets a "#2", "#3"... suffix. warn may be nil.
func (r *Reader) Read(ctx context.Context, paths []string, emit func(news.Page) error, warn func(Warning)) error {
	if emit == nil {
		return fmt.Errorf("source: read: nil emit function")
	}
	inputs := collect(paths, warnOrDiscard(warn))
	var total int64
	for _, in := range inputs {
		total += in.size
	}
	run := r.newRun(ctx, total, emit, warn)
	run.progress.report()
	for _, in := range inputs {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("source: read: %w", err)
		}
		if err := run.readInput(in); err != nil {
			return fmt.Errorf("source: read %s: %w", in.path, err)
		}
	}
	run.progress.finish()
	return nil
}

// ReadStream is Read for one input that is not a file on disk, such as
// standard input or an upload: name stands for its path, and its base name
// is the page ID and tells the kind as a file name would. Progress is not
// reported.
func (r *Reader) ReadStream(ctx context.Context, name string, rd io.Reader, emit func(news.Page) error, warn func(Warning)) error {
	if emit == nil {
		return fmt.Errorf("source: read %s: nil emit function", name)
	}
	run := r.newRun(ctx, 0, emit, warn)
	run.progress.fn = nil
	if err := run.readFrom(input{path: name, id: filepath.Base(name)}, rd); err != nil {
		return fmt.Errorf("source: read %s: %w", name, err)
	}
	return nil
}

func (r *Reader) newRun(ctx context.Context, total int64, emit func(news.Page) error, warn func(Warning)) *run {
	run := &run{
		ctx:      ctx,
		maxBytes: r.MaxBytes,
		emitPage: emit,
		warn:     warnOrDiscard(warn),
		progress: newProgress(r.Progress, total),
		ids:      map[string]int{},
	}
	if run.maxBytes <= 0 {
		run.maxBytes = DefaultMaxBytes
	}
	return run
}

func warnOrDiscard(warn func(Warning)) func(Warning) {
	if warn == nil {
		return func(Warning) {}
	}
	return warn
}

// run is the state of one Read call.
type run struct {
	ctx      context.Context
	maxBytes int64
	emitPage func(news.Page) error
	warn     func(Warning)
	progress *progress
	ids      map[string]int // IDs emitted, each with the last suffix number given
}

// emit gives p a unique ID and passes it on.
func (r *run) emit(p news.Page) error {
	if last := r.ids[p.ID]; last > 0 {
		id := p.ID
		for n := last + 1; ; n++ {
			id = fmt.Sprintf("%s#%d", p.ID, n)
			if r.ids[id] == 0 {
				r.ids[p.ID] = n
				break
			}
		}
		r.warn(Warning{Path: p.Path, Err: fmt.Errorf("%w %q: read as %q", ErrDuplicateID, p.ID, id)})
		p.ID = id
	}
	r.ids[p.ID] = max(r.ids[p.ID], 1)
	return r.emitPage(p)
}
