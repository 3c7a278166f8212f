package feed

import (
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

// FuzzParse checks that Parse never panics, gives the same feed twice,
// and keeps its promises on what it gives: links absolute http(s) or
// empty, text valid UTF-8 on one line without outer spaces, summaries
// within their limit.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*"))
	for _, name := range files {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(data, "https://seed.example/feed")
		}
	}
	f.Add([]byte(`<feed><entry><link href="//other.example/x"/></entry></feed>`), "http://a.example/")
	f.Add([]byte(`<rss><channel><item><link>mailto:x@y</link><guid>ftp://z</guid></item></channel></rss>`), "")
	f.Add([]byte(`<rdf:RDF><item rdf:about="../up"><title>&lt;b&gt;x</title></item></rdf:RDF>`), "http://a.example/b/c")
	f.Fuzz(func(t *testing.T, doc []byte, feedURL string) {
		feed, err := Parse(strings.NewReader(string(doc)), feedURL, 1<<16)
		again, err2 := Parse(strings.NewReader(string(doc)), feedURL, 1<<16)
		if (err == nil) != (err2 == nil) || !reflect.DeepEqual(feed, again) {
			t.Fatalf("two parses differ: %v / %v", err, err2)
		}
		if err != nil {
			if feed != nil {
				t.Fatalf("error %v with a feed", err)
			}
			return
		}
		switch feed.Format {
		case "rss", "rdf", "atom":
		default:
			t.Fatalf("format %q", feed.Format)
		}
		checkURL(t, "feed link", feed.Link)
		checkText(t, "feed title", feed.Title)
		for _, it := range feed.Items {
			checkURL(t, "item URL", it.URL)
			checkText(t, "item title", it.Title)
			checkText(t, "item summary", it.Summary)
			checkText(t, "item ID", it.ID)
			if len(it.Summary) > SummaryLimit+len("…") {
				t.Fatalf("summary of %d bytes", len(it.Summary))
			}
		}
	})
}

func checkURL(t *testing.T, what, s string) {
	t.Helper()
	if s == "" {
		return
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		t.Fatalf("%s %q is not an absolute http(s) address", what, s)
	}
}

func checkText(t *testing.T, what, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Fatalf("%s %q is not valid UTF-8", what, s)
	}
	if strings.TrimSpace(s) != s {
		t.Fatalf("%s %q has outer space", what, s)
	}
	for _, r := range s {
		if r == '\n' || (unicode.IsControl(r) && r != '\t') {
			t.Fatalf("%s %q has control character %U", what, s, r)
		}
	}
}

// FuzzParseDate checks that a date ParseDate reads survives a round trip
// through RFC 3339 and that unreadable input gives the zero time.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{
		"Mon, 02 Jan 2006 15:04:05 GMT", "2006-01-02T15:04:05+02:00", "2 Jan 06 15:04 A",
		"Jan 2 2006", "Mon, 02 Jan 2006 15:04:05 GMT+14", "2006-01-02", "x",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := ParseDate(s)
		if !ok {
			if !got.IsZero() {
				t.Fatalf("ParseDate(%q) = %v without ok", s, got)
			}
			return
		}
		back, err := time.Parse(time.RFC3339Nano, got.Format(time.RFC3339Nano))
		if err != nil || !back.Equal(got) {
			t.Fatalf("ParseDate(%q) = %v does not round-trip: %v", s, got, err)
		}
	})
}
