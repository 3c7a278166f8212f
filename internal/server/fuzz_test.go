package server

import (
	"net/url"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newsfold/newsfold/internal/news"
)

// FuzzParseStoryQuery checks that any query string either is refused or
// gives filters within their limits whose canonical form reads back to
// the same filters.
func FuzzParseStoryQuery(f *testing.F) {
	for _, s := range []string{
		"", "since=2024-05-01&q=bridge&outlet=Varnby+Times&entity=Edda+Vorn&limit=5&offset=10",
		"limit=0", "limit=200", "offset=-1", "since=2024-02-29", "since=2023-02-29", "q=%00", "q=%ff",
		"q=++spaced++", "since=2024-05", "limit=1e3", "q=a&q=b", "entity=" + strings.Repeat("x", 250),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		v, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		q, err := parseStoryQuery(v)
		if err != nil {
			return
		}
		if q.Limit < 1 || q.Limit > maxLimit || q.Offset < 0 || q.Offset > maxOffset {
			t.Fatalf("%q: limit %d offset %d out of range", raw, q.Limit, q.Offset)
		}
		for _, s := range []string{q.Q, q.Outlet, q.Entity} {
			if len(s) > maxParamLength || !utf8.ValidString(s) || strings.IndexFunc(s, unicode.IsControl) >= 0 || s != strings.TrimSpace(s) {
				t.Fatalf("%q: text parameter %q let through", raw, s)
			}
		}
		if !q.Since.IsZero() && (q.Since.Precision() != "day" || !news.ValidDay(q.Since.Year, q.Since.Month, q.Since.Day)) {
			t.Fatalf("%q: since %+v is not a day", raw, q.Since)
		}
		again, err := parseStoryQuery(encodeStoryQuery(q))
		if err != nil {
			t.Fatalf("%q: canonical form %q refused: %v", raw, encodeStoryQuery(q).Encode(), err)
		}
		if again != q {
			t.Fatalf("%q: read back %+v, want %+v", raw, again, q)
		}
	})
}

// FuzzDecodePushedPage checks that any body is refused or gives a page
// with content, a kind, an ID and, when given, an http(s) address.
func FuzzDecodePushedPage(f *testing.F) {
	for _, s := range []string{
		`{"url":"https://ostby.example/a","title":"T","date":"2024-06-01","source":"S","text":"Body."}`,
		`{"html":"<p>x</p>"}`, `{"text":"a","html":"b"}`, `{}`, `[]`, `{"text":"\u0000"}`, `{"url":"ftp://x/","text":"a"}`,
		`{"text":"a"} {"text":"b"}`, `{"date":"2024-13-01","text":"a"}`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		p, err := decodePushedPage(strings.NewReader(body))
		if err != nil {
			return
		}
		if strings.TrimSpace(p.Content) == "" || p.ID == "" || (p.Kind != news.KindText && p.Kind != news.KindHTML) || !utf8.ValidString(p.Content) {
			t.Fatalf("%q: accepted page %+v", body, p)
		}
		if p.URL != "" {
			u, err := url.Parse(p.URL)
			if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
				t.Fatalf("%q: accepted address %q", body, p.URL)
			}
		}
	})
}
