package source

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsfold/newsfold/internal/news"
)

// bufferSize is the read buffer of one file.
const bufferSize = 64 << 10

// readInput reads the pages of one file, warning of what it cannot use.
// It returns an error only to stop the whole read.
func (r *run) readInput(in input) error {
	start := r.progress.done
	defer r.progress.finishFile(start, in.size)

	if k := kindByName(in.path); (k == kindText || k == kindHTML) && in.size > r.maxBytes {
		r.warn(Warning{Path: in.path, Err: fmt.Errorf("%w: over %s", ErrTooLarge, sizeString(r.maxBytes))})
		return nil
	}
	f, err := os.Open(in.path)
	if err != nil {
		r.warn(Warning{Path: in.path, Err: statError(err)})
		return nil
	}
	defer f.Close()
	return r.readFrom(in, countingReader{r: f, p: r.progress})
}

// readFrom reads the pages of one input from rd, judging its kind by its
// name and else by its content.
func (r *run) readFrom(in input, rd io.Reader) error {
	name := filepath.Base(in.path)
	k := kindByName(name)
	src := bufio.NewReaderSize(rd, bufferSize)
	compressed := false
	if magic, _ := src.Peek(2); isGzip(magic) {
		gz, err := gzip.NewReader(src)
		if err != nil {
			r.warn(Warning{Path: in.path, Err: readError(err, true)})
			return nil
		}
		defer gz.Close()
		src = bufio.NewReaderSize(gz, bufferSize)
		compressed = true
	}
	if k == kindGzip {
		// Judge the content by the name inside: "page.html.gz" is HTML.
		k = kindByName(strings.TrimSuffix(name, filepath.Ext(name)))
	}
	sniffed := k == kindUnknown || k == kindGzip
	if sniffed {
		head, err := src.Peek(sniffLen)
		if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
			r.warn(Warning{Path: in.path, Err: readError(err, compressed)})
			return nil
		}
		if len(bytes.TrimSpace(head)) == 0 && err != nil {
			r.warn(Warning{Path: in.path, Err: emptyError(compressed)})
			return nil
		}
		k = sniffKind(head, err != nil)
	}
	switch k {
	case kindJSONL:
		return r.readJSONL(in, src, compressed)
	case kindJSON:
		return r.readJSON(in, src, compressed, sniffed)
	case kindWARC:
		return r.readWARC(in, src, compressed)
	case kindGzip:
		r.warn(Warning{Path: in.path, Err: fmt.Errorf("%w: gzip inside gzip", ErrUnsupported)})
		return nil
	case kindXML:
		r.warn(Warning{Path: in.path, Err: fmt.Errorf("%w: XML that is not HTML", ErrUnsupported)})
		return nil
	case kindAsset:
		r.warn(Warning{Path: in.path, Err: fmt.Errorf("%w: %s file, not a page", ErrUnsupported, strings.ToLower(filepath.Ext(in.path)))})
		return nil
	}
	return r.readPage(in, src, k, compressed)
}

// readWhole reads a whole file within the size limit; on failure it
// warns and returns false.
func (r *run) readWhole(in input, src io.Reader, compressed bool) ([]byte, bool) {
	raw, err := io.ReadAll(io.LimitReader(src, r.maxBytes+1))
	if err != nil {
		r.warn(Warning{Path: in.path, Err: readError(err, compressed)})
		return nil, false
	}
	if int64(len(raw)) > r.maxBytes {
		over := "over " + sizeString(r.maxBytes)
		if compressed {
			over += " after decompression"
		}
		r.warn(Warning{Path: in.path, Err: fmt.Errorf("%w: %s", ErrTooLarge, over)})
		return nil, false
	}
	return raw, true
}

// readPage reads a whole file as one text or HTML page.
func (r *run) readPage(in input, src io.Reader, k kind, compressed bool) error {
	raw, ok := r.readWhole(in, src, compressed)
	if !ok {
		return nil
	}
	return r.emitRaw(in, raw, k, compressed)
}

// emitRaw emits a file's bytes as one text or HTML page.
func (r *run) emitRaw(in input, raw []byte, k kind, compressed bool) error {
	if reason := binaryReason(raw); reason != "" {
		r.warn(Warning{Path: in.path, Err: fmt.Errorf("%w (%s)", ErrBinary, reason)})
		return nil
	}
	content, repair := decodeContent(raw, k)
	if strings.TrimSpace(content) == "" {
		r.warn(Warning{Path: in.path, Err: emptyError(compressed)})
		return nil
	}
	if repair != nil {
		r.warn(Warning{Path: in.path, Err: repair})
	}
	page := news.Page{ID: in.id, Path: in.path, Kind: news.KindText, Content: content}
	if k == kindHTML {
		page.Kind = news.KindHTML
	}
	return r.emit(page)
}

func emptyError(compressed bool) error {
	if compressed {
		return fmt.Errorf("%w after decompression", ErrEmpty)
	}
	return fmt.Errorf("%w file", ErrEmpty)
}

// readError names the reason a read failed.
func readError(err error, compressed bool) error {
	var corrupt flate.CorruptInputError
	switch {
	case compressed && (errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF)):
		return ErrTruncated
	case errors.Is(err, gzip.ErrHeader), errors.Is(err, gzip.ErrChecksum), errors.As(err, &corrupt):
		return fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	return statError(err)
}

// sizeString writes a byte count for people.
func sizeString(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
