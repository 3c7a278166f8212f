package watch

import (
	"testing"
	"time"

	"github.com/newsfold/newsfold/internal/feed"
	"github.com/newsfold/newsfold/internal/fetch"
)

func TestToUTF8(t *testing.T) {
	tests := []struct {
		name        string
		body        string
		contentType string
		want        string
	}{
		{"utf-8", "<p>caf\xc3\xa9</p>", "text/html; charset=utf-8", "<p>café</p>"},
		{"header latin-1", "<p>caf\xe9</p>", "text/html; charset=iso-8859-1", "<p>café</p>"},
		{"meta latin-1", `<meta charset="windows-1252"><p>caf` + "\xe9 \x93quoted\x94</p>", "text/html", `<meta charset="windows-1252"><p>café “quoted”</p>`},
		{"bom", "\xef\xbb\xbf<p>x</p>", "", "<p>x</p>"},
		{"broken utf-8", "<p>a\xffb</p>", "text/html; charset=utf-8", "<p>a\uFFFDb</p>"},
	}
	for _, tt := range tests {
		if got := toUTF8([]byte(tt.body), tt.contentType); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestIsHTML(t *testing.T) {
	tests := map[string]bool{
		"":                          true,
		"text/html":                 true,
		"text/html; charset=UTF-8":  true,
		"application/xhtml+xml":     true,
		"application/pdf":           false,
		"audio/mpeg":                false,
		"text/html;;bad":            true,
		"application/rss+xml; q=1":  false,
		"Text/HTML; Charset=utf-8 ": true,
	}
	for ct, want := range tests {
		if got := isHTML(ct); got != want {
			t.Errorf("isHTML(%q) = %v, want %v", ct, got, want)
		}
	}
}

func TestArticlePage(t *testing.T) {
	zone := time.FixedZone("", -5*3600)
	it := feed.Item{Title: "Pier reopens", URL: "https://herald.example/pier", Published: time.Date(2024, 3, 5, 22, 30, 0, 0, zone)}
	resp := &fetch.Response{URL: "https://herald.example/2024/pier", Body: []byte("<p>x</p>"), ContentType: "text/html"}
	p := articlePage(it, "The Harbour Herald", resp)
	if p.Kind != "html" || p.ID != it.URL || p.URL != resp.URL || p.Title != it.Title || p.Source != "The Harbour Herald" || p.Content != "<p>x</p>" {
		t.Errorf("page %+v", p)
	}
	if p.Date != "2024-03-05" {
		t.Errorf("date %q, want the day in the feed's own zone", p.Date)
	}
	it.Published = time.Time{}
	if p := articlePage(it, "", resp); p.Date != "" {
		t.Errorf("no published time gave date %q", p.Date)
	}
}

func TestSourceName(t *testing.T) {
	if got := sourceName(&feed.Feed{Title: "Valley Tribune"}, "https://www.tribune.example/rss"); got != "Valley Tribune" {
		t.Errorf("got %q", got)
	}
	if got := sourceName(&feed.Feed{}, "https://www.tribune.example/rss"); got != "tribune.example" {
		t.Errorf("got %q", got)
	}
}
