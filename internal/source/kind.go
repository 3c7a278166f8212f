package source

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"path/filepath"
	"strings"
)

// kind is the form of a file's content.
type kind int

const (
	kindUnknown kind = iota
	kindText
	kindHTML
	kindJSONL
	kindGzip
	kindBinary
	kindXML   // XML that is not XHTML, such as a feed
	kindJSON  // a JSON document: one record, or an array of them
	kindAsset // text that serves a page, not a page: a stylesheet, a script
	kindWARC  // a web archive: records of fetched pages
)

func (k kind) String() string {
	return [...]string{"unknown", "text", "HTML", "JSON Lines", "gzip", "binary", "XML", "JSON", "asset", "WARC"}[k]
}

// sniffLen is how much of a file's start its kind is judged by.
const sniffLen = 8 << 10

// kindByName judges a file's kind by its name's extension; kindUnknown
// when the name does not tell.
func kindByName(name string) kind {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text":
		return kindText
	case ".html", ".htm", ".xhtml", ".shtml":
		return kindHTML
	case ".jsonl", ".ndjson":
		return kindJSONL
	case ".json":
		return kindJSON
	case ".gz":
		return kindGzip
	case ".warc":
		return kindWARC
	case ".css", ".js", ".mjs", ".map", ".csv", ".tsv":
		// Saved copies of sites hold these beside the pages.
		return kindAsset
	}
	return kindUnknown
}

// sniffKind judges a file's kind by the start of its content. complete
// says head is the whole file.
func sniffKind(head []byte, complete bool) kind {
	if isGzip(head) {
		return kindGzip
	}
	if bytes.HasPrefix(head, []byte("WARC/1.")) {
		// Before the binary test: a web archive holds images too.
		return kindWARC
	}
	if binaryReason(head) != "" {
		return kindBinary
	}
	text := bytes.TrimLeft(sniffText(head), " \t\r\n\f")
	if len(text) > 0 && text[0] == '{' && looksJSONL(text, complete) {
		return kindJSONL
	}
	if len(text) > 0 && (text[0] == '{' || text[0] == '[') && isJSONPrefix(text) {
		// Perhaps a JSON document; read as text unless it parses whole.
		return kindJSON
	}
	if looksHTML(text) {
		return kindHTML
	}
	if looksXML(text) {
		return kindXML
	}
	return kindText
}

func isGzip(b []byte) bool { return len(b) >= 2 && b[0] == 0x1f && b[1] == 0x8b }

// binaryTypes are the detected content types of files that are clearly
// not pages.
var binaryTypes = []string{
	"image/", "audio/", "video/", "font/",
	"application/pdf", "application/postscript", "application/zip",
	"application/x-rar", "application/x-7z", "application/ogg",
	"application/wasm", "application/vnd.ms-fontobject",
}

// binaryReason says why the start of a file shows it is not text, or ""
// when it may be text.
func binaryReason(head []byte) string {
	if len(head) > sniffLen {
		head = head[:sniffLen]
	}
	if hasUTF16BOM(head) {
		return ""
	}
	ct := http.DetectContentType(head)
	for _, t := range binaryTypes {
		if strings.HasPrefix(ct, t) {
			return ct
		}
	}
	nul, ctrl := 0, 0
	for _, c := range head {
		switch {
		case c == 0:
			nul++
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b, c == 0x7f:
			ctrl++
		}
	}
	switch {
	case nul > 0:
		return "NUL bytes"
	case ctrl*10 > len(head):
		return "mostly control characters"
	}
	return ""
}

// sniffText returns the start of a file as UTF-8 for judging its kind:
// without a UTF-8 byte order mark, and decoded when it is UTF-16.
func sniffText(head []byte) []byte {
	if hasUTF16BOM(head) {
		return []byte(decodeUTF16(head))
	}
	return bytes.TrimPrefix(head, []byte("\uFEFF"))
}

// looksJSONL reports whether text's first line is a JSON object, or, when
// the line runs past the end of text and text is not the whole file, could
// begin one.
func looksJSONL(text []byte, complete bool) bool {
	line, _, found := bytes.Cut(text, []byte{'\n'})
	if found || complete {
		return isJSONObject(line)
	}
	return isJSONPrefix(line)
}

func isJSONObject(b []byte) bool {
	b = bytes.TrimSpace(b)
	return len(b) > 0 && b[0] == '{' && json.Valid(b)
}

// isJSONPrefix reports whether b is the start of a JSON value, or a whole
// one.
func isJSONPrefix(b []byte) bool {
	dec := json.NewDecoder(bytes.NewReader(b))
	for depth := 0; ; {
		tok, err := dec.Token()
		if err != nil {
			return errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF)
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			depth++
		case json.Delim('}'), json.Delim(']'):
			depth--
		}
		if depth == 0 {
			return true
		}
	}
}

// htmlPrefixes begin an HTML document; htmlTags are tags that show one
// when the text starts with markup.
var (
	htmlPrefixes = []string{"<!doctype html", "<html"}
	htmlTags     = []string{
		"<head", "<body", "<meta", "<title", "<div", "<p>", "<p ", "<script",
		"<link", "<style", "<table", "<span", "<a href", "<h1", "<h2", "<br", "<article",
	}
	htmlStrongTags = []string{"<html", "<head>", "<body"}
)

func looksHTML(text []byte) bool {
	if len(text) > sniffLen {
		text = text[:sniffLen]
	}
	lower := strings.ToLower(string(text))
	for _, p := range htmlPrefixes {
		if strings.HasPrefix(lower, p) {
			return true
		}
	}
	if strings.HasPrefix(lower, "<?xml") {
		return strings.Contains(lower, "<html")
	}
	if strings.HasPrefix(lower, "<") {
		for _, t := range htmlTags {
			if strings.Contains(lower, t) {
				return true
			}
		}
	}
	for _, t := range htmlStrongTags {
		if strings.Contains(lower, t) {
			return true
		}
	}
	return false
}

func looksXML(text []byte) bool {
	return bytes.HasPrefix(text, []byte("<?xml")) || bytes.HasPrefix(text, []byte("<rss")) || bytes.HasPrefix(text, []byte("<feed"))
}
