package watch

import (
	"mime"
	"net/url"
	"strings"

	"golang.org/x/net/html/charset"

	"github.com/newsfold/newsfold/internal/feed"
	"github.com/newsfold/newsfold/internal/fetch"
	"github.com/newsfold/newsfold/internal/news"
)

// isHTML reports whether a Content-Type names an HTML page; a missing one
// is given the benefit of the doubt.
func isHTML(contentType string) bool {
	if strings.TrimSpace(contentType) == "" {
		return true
	}
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return strings.Contains(strings.ToLower(contentType), "html")
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// toUTF8 decodes an HTML page by its Content-Type, a byte-order mark or
// the charset its head declares (UTF-8 when nothing says), and makes the
// result valid UTF-8.
func toUTF8(body []byte, contentType string) string {
	enc, name, _ := charset.DetermineEncoding(body, contentType)
	if name != "utf-8" && enc != nil {
		if out, err := enc.NewDecoder().Bytes(body); err == nil {
			body = out
		}
	}
	s := strings.TrimPrefix(string(body), "\uFEFF")
	return strings.ToValidUTF8(s, "\uFFFD")
}

// articlePage is the page an item's article was fetched as.
func articlePage(it feed.Item, source string, resp *fetch.Response) news.Page {
	p := news.Page{
		ID:      it.URL,
		Path:    it.URL,
		Kind:    news.KindHTML,
		Content: toUTF8(resp.Body, resp.ContentType),
		URL:     resp.URL,
		Title:   it.Title,
		Source:  source,
	}
	if p.URL == "" {
		p.URL = it.URL
	}
	if !it.Published.IsZero() {
		// The day as the outlet saw it, in the zone it gave.
		p.Date = it.Published.Format("2006-01-02")
	}
	return p
}

// sourceName names a feed's outlet: its title, or its host without "www."
// when it has none.
func sourceName(f *feed.Feed, feedURL string) string {
	if f.Title != "" {
		return f.Title
	}
	u, err := url.Parse(feedURL)
	if err != nil {
		return feedURL
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}
