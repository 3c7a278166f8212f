package htmlbody

import (
	"reflect"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestNormaliseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2031-03-14T09:30:00+01:00", "2031-03-14T09:30:00+01:00"},
		{"2031-03-14T09:30:00Z", "2031-03-14T09:30:00Z"},
		{"2031-03-14T09:30:00.123Z", "2031-03-14T09:30:00Z"},
		{"2031-03-14T09:30:00", "2031-03-14"},
		{"2031-03-14", "2031-03-14"},
		{" 2031-03-14 ", "2031-03-14"},
		{"2031/03/14", "2031-03-14"},
		{"Fri, 14 Mar 2031 09:30:00 +0100", "2031-03-14T09:30:00+01:00"},
		{"2031-03-14 at noon", "2031-03-14"},
		{"November 19, 2031, 07:47 PM EST", "2031-11-19"},
		{"19 Nov 2031 07:09 GMT", "2031-11-19"},
		{"Tue Nov 18 2031 05:44:06 GMT+0000", "2031-11-18T05:44:06Z"},
		{"Posted: Fri 6:45 PM, Feb 16, 2031", "2031-02-16"},
		{"2031/1/5", "2031-01-05"},
		{"Sept. 3, 2031", "2031-09-03"},
		{"Mayday 3, 2031", ""},
		{"2031-02-30", ""},
		{"yesterday", ""},
		{"", ""},
		{"0099-01-01", ""},
	}
	for _, tt := range tests {
		if got := normaliseDate(tt.in); got != tt.want {
			t.Errorf("normaliseDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNameWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"post-comments", []string{"post", "comments"}},
		{"shareBar social_links", []string{"share", "bar", "social", "links"}},
		{"  ", nil},
		{"ArticleBody2", []string{"article", "body2"}},
	}
	for _, tt := range tests {
		if got := nameWords(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("nameWords(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsFurnitureName(t *testing.T) {
	tests := []struct {
		tag  string
		want bool
	}{
		{`<div class="comment-list">`, true},
		{`<div id="sidebarRight">`, true},
		{`<div class="newsletter-box">`, true},
		{`<div class="related-posts">`, true},
		{`<div class="ad-slot">`, true},
		{`<div class="social-embed">`, false},
		{`<div class="story-body">`, false},
		{`<div class="address">`, false},
		{`<div class="shared-content">`, false},
		{`<div>`, false},
	}
	for _, tt := range tests {
		n := firstElement(t, tt.tag+"x</div>", "div")
		if got := isFurnitureName(n); got != tt.want {
			t.Errorf("isFurnitureName(%s) = %v, want %v", tt.tag, got, tt.want)
		}
	}
}

func TestIsFurnitureLabel(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Advertisement", true},
		{"ADVERT", true},
		{"- Comments -", true},
		{"Share", true},
		{"Harbour", false},
		{"Share this story", false},
		{"", false},
		{"3 comments", true},
		{"Comments are closed", false},
	}
	for _, tt := range tests {
		if got := isFurnitureLabel(tt.in); got != tt.want {
			t.Errorf("isFurnitureLabel(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestIsTitleOf(t *testing.T) {
	tests := []struct {
		heading, title string
		want           bool
	}{
		{"Bridge reopens", "Bridge reopens", true},
		{"Bridge reopens", "bridge  reopens | The Ledger", true},
		{"Bridge reopens", "The Ledger - Bridge reopens", true},
		{"Bridge reopens", "Bridge reopens \u2014 The Ledger", true},
		{"Bridge", "Bridge reopens", false},
		{"Bridge reopens", "Bridge reopenslater", false},
		{"", "Bridge reopens", false},
	}
	for _, tt := range tests {
		if got := isTitleOf(tt.heading, tt.title); got != tt.want {
			t.Errorf("isTitleOf(%q, %q) = %v, want %v", tt.heading, tt.title, got, tt.want)
		}
	}
}

func TestParseLD(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want ldArticle
	}{
		{"article", `{"@type":"NewsArticle","headline":"H","datePublished":"2030-01-02","author":{"name":"A B"},"publisher":{"name":"P"},"articleBody":"Body"}`,
			ldArticle{headline: "H", published: "2030-01-02", author: "A B", publisher: "P", body: "Body", anyPublished: "2030-01-02"}},
		{"page date", `{"@type":"WebPage","name":"W","datePublished":"2030-05-06"}`, ldArticle{anyPublished: "2030-05-06"}},
		{"graph", `{"@graph":[{"@type":"WebPage","name":"W"},{"@type":["Article"],"headline":"G","author":["X","https://people.example/y"]}]}`,
			ldArticle{headline: "G", author: "X"}},
		{"list", `[{"@type":"Organization","name":"O"},{"@type":"BlogPosting","name":"N"}]`,
			ldArticle{headline: "N"}},
		{"not article", `{"@type":"Recipe","headline":"R"}`, ldArticle{}},
		{"malformed", `{"@type":"Article",`, ldArticle{}},
		{"entities", `{"@type":"Article","headline":"Fish &amp; chips"}`, ldArticle{headline: "Fish & chips"}},
	}
	for _, tt := range tests {
		if got := parseLD(tt.in); got != tt.want {
			t.Errorf("%s: parseLD = %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

func TestKeepLinkBlocks(t *testing.T) {
	prose := block{text: "A paragraph of ordinary article text with no links in it at all."}
	tests := []struct {
		name   string
		blocks []block
		want   int
	}{
		{"teaser run dropped", []block{prose, {text: "Other story one", links: 15}, {text: "Other story two", links: 15}}, 1},
		{"lone short link kept", []block{prose, {text: "Buy the book", links: 12}, prose}, 3},
		{"lone long link dropped", []block{prose, {text: "A long teaser headline for a story on another page entirely", links: 60}, prose}, 2},
		{"written address kept", []block{{text: "https://example.org/a", links: 21}, {text: "https://example.org/b", links: 21}}, 2},
		{"title heading dropped", []block{{text: "The Title"}, prose}, 1},
		{"title line dropped", []block{{text: "Home", links: 4}, {text: "News", links: 4}, {text: "The Title"}, prose}, 1},
		{"label over teasers dropped", []block{prose, {text: "More stories"}, {text: "Other story one", links: 15}, {text: "Other story two", links: 15}}, 1},
		{"short line before prose kept", []block{prose, {text: "In brief"}, prose}, 3},
	}
	for _, tt := range tests {
		if got := keep(tt.blocks, "The title"); len(got) != tt.want {
			t.Errorf("%s: kept %d blocks %q, want %d", tt.name, len(got), got, tt.want)
		}
	}
}

func TestExtractEmpty(t *testing.T) {
	for _, page := range []string{"", "<html></html>", "just text", "<p>short</p>"} {
		res, err := Extract(page)
		if err != nil {
			t.Errorf("Extract(%q): %v", page, err)
		}
		if textLen(res.Paragraphs) > len(page) {
			t.Errorf("Extract(%q) invented text: %q", page, res.Paragraphs)
		}
	}
}

// firstElement parses src and returns its first element named tag.
func firstElement(t *testing.T, src, tag string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	n := findFirst(doc, tag)
	if n == nil {
		t.Fatalf("no <%s> in %q", tag, src)
	}
	return n
}
