package source

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsfold/newsfold/internal/news"
)

// warcRec writes one WARC record around block.
func warcRec(version, typ, uri, contentType, block string) string {
	return fmt.Sprintf("WARC/%s\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2031-04-07T09:30:00Z\r\n"+
		"WARC-Record-ID: <urn:uuid:%08x>\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		version, typ, uri, len(uri)*7919, contentType, len(block), block)
}

// httpResp writes an HTTP response.
func httpResp(status, headers, body string) string {
	return "HTTP/1.1 " + status + "\r\n" + headers + fmt.Sprintf("Content-Length: %d\r\n\r\n", len(body)) + body
}

const (
	warcHTTP  = "application/http; msgtype=response"
	ferryPage = "<html><head><title>Ferry fares rise</title></head><body><p>The Quillby harbour board raised ferry fares on Tuesday.</p></body></html>"
)

// chunked writes body in HTTP chunked transfer encoding.
func chunked(body string) string {
	var b strings.Builder
	for len(body) > 0 {
		n := min(17, len(body))
		fmt.Fprintf(&b, "%x\r\n%s\r\n", n, body[:n])
		body = body[n:]
	}
	b.WriteString("0\r\n\r\n")
	return b.String()
}

func gzipMember(t testing.TB, s string) string {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// sampleWARC is an invented crawl: a warcinfo record, a request, two
// pages (one chunked, one gzip-encoded in Latin-1), a redirect, an image
// and a metadata record.
func sampleWARC(t testing.TB) []string {
	gz := gzipMember(t, "<html><body><p>Caf\xe9 owners in Tarnby met the council.</p></body></html>")
	return []string{
		"WARC/1.1\r\nWARC-Type: warcinfo\r\nContent-Type: application/warc-fields\r\nContent-Length: 16\r\n\r\nsoftware: none\r\n\r\n\r\n",
		warcRec("1.1", "request", "https://quillby.example/fares", "application/http; msgtype=request", "GET /fares HTTP/1.1\r\nHost: quillby.example\r\n\r\n"),
		warcRec("1.1", "response", "https://quillby.example/fares", warcHTTP,
			"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n"+chunked(ferryPage)),
		warcRec("1.0", "response", "https://tarnby.example/cafe", warcHTTP,
			httpResp("200 OK", "Content-Type: text/html; charset=iso-8859-1\r\nContent-Encoding: gzip\r\n", gz)),
		warcRec("1.0", "response", "https://tarnby.example/old", warcHTTP,
			httpResp("301 Moved Permanently", "Location: /cafe\r\nContent-Type: text/html\r\n", "<a href=/cafe>moved</a>")),
		warcRec("1.0", "response", "https://tarnby.example/logo.png", warcHTTP,
			httpResp("200 OK", "Content-Type: image/png\r\n", "\x89PNG\r\n\x1a\n\x00\x00")),
		warcRec("1.0", "metadata", "https://tarnby.example/cafe", "application/warc-fields", "via: nowhere\r\n"),
	}
}

func TestReadWARC(t *testing.T) {
	recs := sampleWARC(t)
	plain := strings.Join(recs, "")
	var members strings.Builder
	for _, r := range recs {
		members.WriteString(gzipMember(t, r))
	}
	for _, tc := range []struct{ name, data string }{
		{"crawl.warc", plain},
		{"crawl.warc.gz", members.String()},
		{"crawl.dat", plain}, // known by its content
	} {
		t.Run(tc.name, func(t *testing.T) {
			pages, warnings := readBytes(t, tc.name, []byte(tc.data))
			if len(warnings) > 0 {
				t.Errorf("warnings: %v", warnings)
			}
			if len(pages) != 2 {
				t.Fatalf("%d pages, want 2: %+v", len(pages), pages)
			}
			for _, p := range pages {
				checkPage(t, p)
				if p.Kind != news.KindHTML || p.Date != "2031-04-07" || p.ID != p.URL {
					t.Errorf("page %+v", p)
				}
			}
			if pages[0].URL != "https://quillby.example/fares" || pages[0].Content != ferryPage {
				t.Errorf("chunked page: %q %q", pages[0].URL, pages[0].Content)
			}
			if !strings.Contains(pages[1].Content, "Café owners in Tarnby") {
				t.Errorf("gzip Latin-1 page: %q", pages[1].Content)
			}
		})
	}
}

// TestReadWARCBadRecords checks that a broken record is warned of and the
// records after it are still read.
func TestReadWARCBadRecords(t *testing.T) {
	good := warcRec("1.0", "response", "https://quillby.example/fares", warcHTTP, httpResp("200 OK", "Content-Type: text/html\r\n", ferryPage))
	for _, tc := range []struct {
		name  string
		data  string
		pages int
	}{
		{"bad length", "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: lots\r\n\r\n" + good, 1},
		{"garbage between", good + "this is not a record\r\n" + strings.ReplaceAll(good, "/fares", "/tides"), 2},
		{"bad http", warcRec("1.0", "response", "https://a.example/", warcHTTP, "HTCPCP/1.0 418\r\n\r\n") + good, 1},
		{"truncated", good + good[:len(good)/2], 1},
		{"header without end", "WARC/1.0\r\nWARC-Type: response\r\n", 0},
		{"unknown encoding", warcRec("1.0", "response", "https://a.example/", warcHTTP,
			httpResp("200 OK", "Content-Type: text/html\r\nContent-Encoding: br\r\n", "\x1b\x00")) + good, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pages, warnings := readBytes(t, "in.warc", []byte(tc.data))
			if len(pages) != tc.pages {
				t.Errorf("%d pages, want %d", len(pages), tc.pages)
			}
			if len(warnings) == 0 {
				t.Errorf("no warning")
			}
			for _, w := range warnings {
				if !errors.Is(w.Err, ErrBadWARC) && !errors.Is(w.Err, ErrTruncated) && !errors.Is(w.Err, ErrUnsupported) {
					t.Errorf("warning %v: want a WARC, truncation or encoding reason", w)
				}
			}
		})
	}
}

// TestReadWARCSizeLimit checks that a record over the size limit is
// passed over with a warning and the next is read.
func TestReadWARCSizeLimit(t *testing.T) {
	big := warcRec("1.0", "response", "https://a.example/big", warcHTTP,
		httpResp("200 OK", "Content-Type: text/html\r\n", "<p>"+strings.Repeat("word ", 300000)+"</p>"))
	good := warcRec("1.0", "response", "https://a.example/small", warcHTTP, httpResp("200 OK", "Content-Type: text/html\r\n", ferryPage))
	pages, warnings := readBytes(t, "in.warc", []byte(big+good))
	if len(pages) != 1 || pages[0].URL != "https://a.example/small" {
		t.Errorf("pages %+v", pages)
	}
	if len(warnings) != 1 || !errors.Is(warnings[0].Err, ErrBadWARC) && !errors.Is(warnings[0].Err, ErrTooLarge) {
		t.Errorf("warnings %v", warnings)
	}
}

// FuzzReadWARC checks that any input, as a .warc or a .warc.gz, gives
// pages or warnings without panicking, and that every page is a well
// formed HTML page with the URL its ID.
func FuzzReadWARC(f *testing.F) {
	recs := sampleWARC(f)
	f.Add([]byte(strings.Join(recs, "")))
	for _, r := range recs {
		f.Add([]byte(r))
	}
	f.Add([]byte("WARC/1.0\r\nContent-Length: 99999999999999999999\r\n\r\n"))
	f.Add([]byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: 5\r\n\r\nHTTP/"))
	f.Add([]byte(gzipMember(f, recs[2])))
	f.Fuzz(func(t *testing.T, data []byte) {
		name := "in.warc"
		if len(data) > 1 && data[0] == 0x1f && data[1] == 0x8b {
			name = "in.warc.gz"
		}
		var pages []news.Page
		var warnings []Warning
		err := (&Reader{MaxBytes: 1 << 20}).ReadStream(t.Context(), name, bytes.NewReader(data),
			func(p news.Page) error { pages = append(pages, p); return nil },
			func(w Warning) { warnings = append(warnings, w) })
		if err != nil {
			t.Fatalf("ReadStream: %v", err)
		}
		for _, p := range pages {
			checkPage(t, p)
			if p.Kind != news.KindHTML || !utf8.ValidString(p.URL) || p.URL != "" && !strings.HasPrefix(p.ID, p.URL) {
				t.Errorf("page %q: kind %q, URL %q", p.ID, p.Kind, p.URL)
			}
		}
		for _, w := range warnings {
			if w.Path == "" || w.Err == nil {
				t.Errorf("warning without path or reason: %#v", w)
			}
		}
	})
}
