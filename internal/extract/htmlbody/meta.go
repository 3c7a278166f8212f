package htmlbody

import (
	"strings"

	"golang.org/x/net/html"
)

// pageMeta is what a page's head and structured data declare.
type pageMeta struct {
	props map[string]string // <meta> values by lower-case name or property, first wins
	title string            // the <title> text
	canon string            // <link rel=canonical>
	lang  string            // <html lang>
	ld    ldArticle         // JSON-LD article data
	times []string          // datetime of <time> elements, in order
	auth  string            // text of the first rel=author link
	h1    string            // text of the first <h1>
}

// readMeta collects the page's metadata from the whole tree; it must run
// before cleaning removes <meta>, <link> and <script> elements.
func readMeta(doc *html.Node) *pageMeta {
	m := &pageMeta{props: make(map[string]string)}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			m.element(n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return m
}

func (m *pageMeta) element(n *html.Node) {
	if n.Data != "meta" {
		m.itemprop(n)
	}
	switch n.Data {
	case "html":
		if m.lang == "" {
			m.lang = strings.TrimSpace(attr(n, "lang"))
		}
	case "meta":
		content := strings.TrimSpace(attr(n, "content"))
		if content == "" {
			return
		}
		for _, key := range []string{"property", "name", "itemprop", "http-equiv"} {
			m.set(attr(n, key), content)
		}
	case "title":
		if m.title == "" && (n.Parent == nil || n.Parent.Data != "svg") {
			m.title = textOfRaw(n)
		}
	case "h1":
		if m.h1 == "" {
			m.h1 = textOf(n)
		}
	case "link":
		rel := strings.ToLower(attr(n, "rel"))
		if m.canon == "" && hasWord(rel, "canonical") {
			m.canon = strings.TrimSpace(attr(n, "href"))
		}
	case "a":
		if m.auth == "" && hasWord(strings.ToLower(attr(n, "rel")), "author") {
			m.auth = textOf(n)
		}
	case "time":
		if dt := strings.TrimSpace(attr(n, "datetime")); dt != "" {
			m.times = append(m.times, dt)
		}
	case "script":
		if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
			m.ld.merge(parseLD(textOfRaw(n)))
		}
	}
}

// set records value under each of the space-separated names in keys,
// unless a name already has one.
func (m *pageMeta) set(keys, value string) {
	for _, k := range strings.Fields(strings.ToLower(keys)) {
		if _, ok := m.props[k]; !ok {
			m.props[k] = value
		}
	}
}

// itemprop records the microdata property of an element other than
// <meta>: its datetime or content attribute, else its text.
func (m *pageMeta) itemprop(n *html.Node) {
	keys := attr(n, "itemprop")
	if keys == "" {
		return
	}
	value := firstNonEmpty(attr(n, "datetime"), attr(n, "content"))
	if value == "" {
		value = textOf(n)
	}
	if value != "" && runeLen(value) <= 200 {
		m.set(keys, value)
	}
}

// textOfRaw returns the collapsed text of n's child text nodes, for
// elements whose content is raw text such as <title> and <script>.
func textOfRaw(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return strings.TrimSpace(b.String())
}

// hasWord reports whether the space-separated list s contains w.
func hasWord(s, w string) bool {
	for _, f := range strings.Fields(s) {
		if f == w {
			return true
		}
	}
	return false
}

// first returns the first non-empty value among the named <meta> entries.
func (m *pageMeta) first(keys ...string) string {
	for _, k := range keys {
		if v := m.props[k]; v != "" {
			return v
		}
	}
	return ""
}

// fill sets res's metadata from what the page declares.
func (m *pageMeta) fill(res *Result) {
	res.Title = collapseSpace(firstNonEmpty(m.ld.headline, m.first("og:title", "twitter:title", "dc.title", "headline")))
	if res.Title == "" {
		res.Title = collapseSpace(m.title)
		if isTitleOf(m.h1, res.Title) {
			// The document title is the headline plus the site's name.
			res.Title = m.h1
		}
	}
	res.SiteName = collapseSpace(firstNonEmpty(m.first("og:site_name", "application-name"), m.ld.publisher))
	res.Byline = cleanByline(firstNonEmpty(m.ld.author, notURL(m.first("author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author")), m.auth))
	res.URL = firstNonEmpty(m.canon, m.first("og:url", "twitter:url"), m.ld.url)
	res.Lang = strings.ReplaceAll(firstNonEmpty(m.lang, m.first("content-language", "dc.language", "og:locale")), "_", "-")
	dates := []string{m.ld.published, m.first("article:published_time", "article:published", "datepublished", "og:published_time", "publish-date", "publish_date", "pubdate", "publishdate", "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date"), m.ld.anyPublished}
	dates = append(dates, m.times...)
	for _, d := range dates {
		if v := normaliseDate(d); v != "" {
			res.Published = v
			break
		}
	}
}

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// notURL returns s unless it is a web address (some pages give the author
// as a link to a profile).
func notURL(s string) string {
	if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") {
		return ""
	}
	return s
}

// bylinePrefixes are words that introduce a byline and are not part of
// the names, in a few languages.
var bylinePrefixes = []string{"by ", "from ", "por ", "von ", "par ", "di ", "door "}

// cleanByline collapses a byline's space and drops a leading "By".
func cleanByline(s string) string {
	s = collapseSpace(s)
	lower := strings.ToLower(s)
	for _, p := range bylinePrefixes {
		if strings.HasPrefix(lower, p) && len(s) > len(p) {
			return strings.TrimSpace(s[len(p):])
		}
	}
	return s
}

// titleSeparators stand between a headline and a site's name in document
// titles.
const titleSeparators = "|-\u2013\u2014:\u00b7\u2022/\u00bb"

// isTitleOf reports whether heading is the headline of a page titled
// title: the same text, or the title's first or last part when it is cut
// by a separator such as " | " or " - ".
func isTitleOf(heading, title string) bool {
	h := strings.ToLower(collapseSpace(heading))
	t := strings.ToLower(collapseSpace(title))
	if h == "" || t == "" {
		return false
	}
	if h == t {
		return true
	}
	if rest, ok := strings.CutPrefix(t, h); ok {
		return startsWithSeparator(rest)
	}
	if rest, ok := strings.CutSuffix(t, h); ok {
		return startsWithSeparator(reverse(rest))
	}
	return false
}

// startsWithSeparator reports whether s opens with a space, a title
// separator and a space.
func startsWithSeparator(s string) bool {
	s, ok := strings.CutPrefix(s, " ")
	if !ok {
		return false
	}
	for _, r := range s {
		return strings.ContainsRune(titleSeparators, r)
	}
	return false
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}
