package source

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html/charset"

	"github.com/newsfold/newsfold/internal/news"
)

// ErrBadWARC: a WARC record that cannot be read. Reading goes on with the
// next record.
var ErrBadWARC = errors.New("malformed WARC record")

// Limits of one WARC record's parts.
const (
	warcMaxHeader     = 64 << 10 // a record's WARC header block
	warcMaxHeaderLine = 16 << 10
)

// warcRecord is one WARC record's header fields and content block.
type warcRecord struct {
	version string
	fields  map[string]string // by canonical name: "Warc-Type", "Content-Type"
	block   []byte
}

func (w *warcRecord) field(name string) string {
	return w.fields[http.CanonicalHeaderKey(name)]
}

// readWARC reads a WARC file (WARC/1.0 or 1.1), as a stream, one page for
// every response record that holds a 200 HTML page. Other records
// (requests, metadata, warcinfo, responses of other kinds) are passed
// over; a malformed record is warned of by FILE:N and reading goes on
// with the next. A .warc.gz file, one gzip member a record as crawlers
// write it, is decompressed before this.
func (r *run) readWARC(in input, src *bufio.Reader, compressed bool) error {
	wr := warcReader{src: src, maxBlock: r.maxBytes + warcMaxHeader}
	for n := 1; ; n++ {
		if err := r.ctx.Err(); err != nil {
			return err
		}
		where := fmt.Sprintf("%s:%d", in.path, n)
		rec, err := wr.next()
		if wr.skipped > 0 {
			r.warn(Warning{Path: where, Err: fmt.Errorf("%w: %d bytes before it belong to no record", ErrBadWARC, wr.skipped)})
		}
		if errors.Is(err, io.EOF) {
			if n == 1 {
				r.warn(Warning{Path: in.path, Err: fmt.Errorf("%w: no WARC records", ErrEmpty)})
			}
			return nil
		}
		if err != nil {
			var bad warcError
			if errors.As(err, &bad) {
				r.warn(Warning{Path: where, Err: fmt.Errorf("%w: %s", ErrBadWARC, bad.msg)})
				continue
			}
			// The stream itself broke: nothing after it can be read.
			r.warn(Warning{Path: where, Err: readError(err, compressed)})
			return nil
		}
		page, err := warcPage(rec, r.maxBytes)
		if err != nil {
			r.warn(Warning{Path: where, Err: err})
			continue
		}
		if page == nil {
			continue // not an HTML page
		}
		page.Path = where
		if err := r.emit(*page); err != nil {
			return err
		}
	}
}

// warcError is a record that cannot be read; the stream can go on.
type warcError struct{ msg string }

func (e warcError) Error() string { return e.msg }

// warcReader splits a WARC stream into records.
type warcReader struct {
	src      *bufio.Reader
	maxBlock int64
	// skipped counts the bytes passed over before the last record read
	// that belong to no record.
	skipped int
}

// next reads the next record. It returns io.EOF at the end of the
// stream, a warcError for a record it passed over, and any other error
// when the stream broke.
func (w *warcReader) next() (*warcRecord, error) {
	// Find the version line, passing over the blank lines between
	// records and, after a bad record, anything up to the next one.
	skipped := 0
	w.skipped = 0
	var version string
	for {
		line, err := w.line()
		if err != nil {
			if errors.Is(err, io.EOF) && skipped > 0 {
				return nil, warcError{fmt.Sprintf("%d bytes of data that is not a record", skipped)}
			}
			return nil, err
		}
		t := strings.TrimRight(line, "\r\n")
		if strings.HasPrefix(t, "WARC/") {
			version = t
			w.skipped = skipped
			break
		}
		if strings.TrimSpace(t) != "" {
			skipped += len(line)
		}
	}
	rec := &warcRecord{version: version, fields: map[string]string{}}
	size := 0
	for {
		line, err := w.line()
		if err != nil {
			if errors.Is(err, io.EOF) {
				return nil, warcError{"the stream ends inside a record's header"}
			}
			return nil, err
		}
		size += len(line)
		if size > warcMaxHeader {
			return nil, warcError{"header over " + sizeString(warcMaxHeader)}
		}
		t := strings.TrimRight(line, "\r\n")
		if t == "" {
			break
		}
		name, value, ok := strings.Cut(t, ":")
		if !ok {
			continue // a folded or broken line: the fields we need are plain
		}
		rec.fields[http.CanonicalHeaderKey(strings.TrimSpace(name))] = strings.TrimSpace(value)
	}
	length, err := strconv.ParseInt(rec.field("Content-Length"), 10, 64)
	if err != nil || length < 0 {
		return nil, warcError{fmt.Sprintf("record %s: bad Content-Length %q", rec.field("WARC-Record-ID"), rec.field("Content-Length"))}
	}
	if length > w.maxBlock {
		if _, err := io.CopyN(io.Discard, w.src, length); err != nil {
			return nil, eofAsTruncated(err)
		}
		return nil, warcError{fmt.Sprintf("record %s: block over %s", rec.field("WARC-Record-ID"), sizeString(w.maxBlock))}
	}
	rec.block = make([]byte, length)
	if _, err := io.ReadFull(w.src, rec.block); err != nil {
		return nil, eofAsTruncated(err)
	}
	return rec, nil
}

func eofAsTruncated(err error) error {
	if errors.Is(err, io.EOF) {
		return io.ErrUnexpectedEOF
	}
	return err
}

// line reads one line, "\n" included; a line over warcMaxHeaderLine is
// cut there.
func (w *warcReader) line() (string, error) {
	var b []byte
	for {
		frag, err := w.src.ReadSlice('\n')
		if len(b)+len(frag) <= warcMaxHeaderLine {
			b = append(b, frag...)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err != nil {
			if len(b) > 0 && errors.Is(err, io.EOF) {
				return string(b), nil
			}
			return "", err
		}
		return string(b), nil
	}
}

// warcPage turns a record into a page: nil, without error, for a record
// that is not a page (a request, metadata, a redirect, an image).
func warcPage(rec *warcRecord, maxBytes int64) (*news.Page, error) {
	var body []byte
	var contentType string
	switch strings.ToLower(rec.field("WARC-Type")) {
	case "response":
		ct := strings.ToLower(rec.field("Content-Type"))
		if !strings.HasPrefix(ct, "application/http") {
			return nil, nil
		}
		resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(rec.block)), nil)
		if err != nil {
			return nil, fmt.Errorf("%w: record %s: HTTP response: %v", ErrBadWARC, rec.field("WARC-Record-ID"), err)
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return nil, nil
		}
		contentType = resp.Header.Get("Content-Type")
		if !isHTMLType(contentType) {
			return nil, nil
		}
		if body, err = readHTTPBody(resp, maxBytes); err != nil {
			return nil, fmt.Errorf("record %s: %w", rec.field("WARC-Record-ID"), err)
		}
	case "resource":
		contentType = rec.field("Content-Type")
		if !isHTMLType(contentType) {
			return nil, nil
		}
		body = rec.block
	default:
		return nil, nil
	}
	if int64(len(body)) > maxBytes {
		return nil, fmt.Errorf("%w: record %s: over %s", ErrTooLarge, rec.field("WARC-Record-ID"), sizeString(maxBytes))
	}
	if reason := binaryReason(body); reason != "" {
		return nil, fmt.Errorf("%w (%s): record %s", ErrBinary, reason, rec.field("WARC-Record-ID"))
	}
	content := decodeHTTPContent(body, contentType)
	if strings.TrimSpace(content) == "" {
		return nil, fmt.Errorf("%w: record %s has no content", ErrEmpty, rec.field("WARC-Record-ID"))
	}
	page := &news.Page{
		Kind:    news.KindHTML,
		Content: content,
		URL:     strings.Trim(rec.field("WARC-Target-URI"), "<>"),
	}
	if t, err := time.Parse(time.RFC3339, rec.field("WARC-Date")); err == nil {
		page.Date = t.UTC().Format(time.DateOnly)
	}
	page.ID = page.URL
	if page.ID == "" {
		page.ID = strings.Trim(rec.field("WARC-Record-ID"), "<>")
	}
	if page.ID == "" || !utf8.ValidString(page.ID) || !utf8.ValidString(page.URL) {
		return nil, fmt.Errorf("%w: record without a usable URL or record ID", ErrBadWARC)
	}
	return page, nil
}

// isHTMLType reports whether a Content-Type names HTML; a missing one
// may be.
func isHTMLType(ct string) bool {
	if strings.TrimSpace(ct) == "" {
		return true
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.Split(ct, ";")[0]))
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// readHTTPBody reads a response's body, chunks joined and content
// encoding undone, within maxBytes.
func readHTTPBody(resp *http.Response, maxBytes int64) ([]byte, error) {
	var rd io.Reader = resp.Body
	switch enc := strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding"))); enc {
	case "", "identity":
	case "gzip", "x-gzip":
		gz, err := gzip.NewReader(rd)
		if err != nil {
			return nil, fmt.Errorf("%w: gzip body: %v", ErrCorrupt, err)
		}
		defer gz.Close()
		rd = gz
	case "deflate":
		// Servers send zlib-wrapped or raw deflate under this name.
		br := bufio.NewReader(rd)
		if head, _ := br.Peek(2); len(head) == 2 && (uint16(head[0])<<8|uint16(head[1]))%31 == 0 && head[0]&0x0f == 8 {
			zr, err := zlib.NewReader(br)
			if err != nil {
				return nil, fmt.Errorf("%w: deflate body: %v", ErrCorrupt, err)
			}
			defer zr.Close()
			rd = zr
		} else {
			rd = flate.NewReader(br)
		}
	default:
		return nil, fmt.Errorf("%w: content encoding %q", ErrUnsupported, enc)
	}
	body, err := io.ReadAll(io.LimitReader(rd, maxBytes+1))
	if err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, fmt.Errorf("%w: body ends early", ErrTruncated)
		}
		return nil, fmt.Errorf("%w: body: %v", ErrCorrupt, err)
	}
	if int64(len(body)) > maxBytes {
		return nil, fmt.Errorf("%w: body over %s", ErrTooLarge, sizeString(maxBytes))
	}
	return body, nil
}

// decodeHTTPContent decodes an HTML body by the charset its Content-Type
// names, else as a page on disk is.
func decodeHTTPContent(body []byte, contentType string) string {
	if _, params, err := mime.ParseMediaType(contentType); err == nil && !utf8.Valid(body) {
		if enc, name := charset.Lookup(params["charset"]); enc != nil && name != "utf-8" {
			if out, err := enc.NewDecoder().Bytes(body); err == nil && utf8.Valid(out) {
				return normalizeNewlines(string(out))
			}
		}
	}
	content, _ := decodeContent(body, kindHTML)
	return content
}
