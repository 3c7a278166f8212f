package feed

import (
	"net/url"
	"strings"
	"time"
)

// Namespace sets elements are looked for in; the empty string stands for
// elements written without a namespace, a bare prefix for one used
// without being declared.
var (
	atomSpaces    = []string{nsAtom, nsAtom03, "atom"}
	dcSpaces      = []string{nsDC, "dc"}
	contentSpaces = []string{nsContent, "content"}
)

// readRSS reads an RSS 0.9x/2.0 document (root <rss> or a bare <channel>)
// or an RSS 1.0 one (root <rdf:RDF>).
func readRSS(root *node, format string) *Feed {
	own := []string{"", nsRSS10, nsRSS09, root.space}
	f := &Feed{Format: format}
	channel := root
	if root.name != "channel" {
		channel = root.child("channel", own...)
	}
	var items []*node
	if channel != nil {
		f.Title = plainText(channel.childText("title", own...))
		f.Link = absoluteURL(channel.base, channel.childText("link", own...))
		items = append(items, channel.elements("item", own...)...)
	}
	if channel != root {
		// RSS 0.9x and 1.0 put the items beside the channel.
		items = append(items, root.elements("item", own...)...)
	}
	for _, n := range items {
		f.Items = append(f.Items, readRSSItem(n, own))
	}
	return f
}

func readRSSItem(n *node, own []string) Item {
	it := Item{
		Title: plainText(n.childText("title", own...)),
	}
	if it.Title == "" {
		it.Title = plainText(n.childText("title", dcSpaces...))
	}
	it.URL = absoluteURL(n.base, n.childText("link", own...))
	if it.URL == "" {
		it.URL = atomLink(n.base, n)
	}
	guid := n.child("guid", own...)
	about := n.attr(nsRDF, "about")
	// A permalink guid or an rdf:about stands in for a missing link, but
	// only when absolute: a relative one is more often a bare number.
	if it.URL == "" && guid != nil && !strings.EqualFold(strings.TrimSpace(guid.attr("", "ispermalink")), "false") {
		it.URL = absoluteURL("", guid.textContent())
	}
	if it.URL == "" && about != "" {
		it.URL = absoluteURL("", about)
	}
	if guid != nil {
		it.ID = collapseSpace(guid.textContent())
	}
	if it.ID == "" {
		it.ID = collapseSpace(about)
	}
	if it.ID == "" {
		it.ID = it.URL
	}
	it.Published = firstDate(n,
		dated{"pubdate", own}, dated{"date", dcSpaces}, dated{"published", atomSpaces},
		dated{"updated", atomSpaces}, dated{"issued", own})
	summary := n.childText("description", own...)
	if summary == "" {
		summary = n.childText("encoded", contentSpaces...)
	}
	if summary == "" {
		summary = n.childText("description", dcSpaces...)
	}
	if summary == "" {
		summary = n.childText("summary", atomSpaces...)
	}
	it.Summary = shorten(plainText(summary), SummaryLimit)
	return it
}

// elements returns the children with the local name in one of the
// namespaces.
func (n *node) elements(name string, spaces ...string) []*node {
	var out []*node
	for _, c := range n.children {
		if c.name == name && c.in(spaces...) {
			out = append(out, c)
		}
	}
	return out
}

// dated names an element that may hold a date.
type dated struct {
	name   string
	spaces []string
}

// firstDate returns the first readable date among the children named.
func firstDate(n *node, names ...dated) (t time.Time) {
	for _, d := range names {
		for _, c := range n.elements(d.name, d.spaces...) {
			if v, ok := ParseDate(c.textContent()); ok {
				return v
			}
		}
	}
	return t
}

// atomLink returns the address of n's best Atom <link> child: one whose
// rel is "alternate" or missing, preferring an HTML one, else any link
// that does not point at the feed itself or an attachment.
func atomLink(base string, n *node) string {
	best, bestRank := "", 0
	for _, c := range n.children {
		if c.name != "link" {
			continue
		}
		href := c.attr("", "href")
		if href == "" {
			continue
		}
		u := absoluteURL(c.base, href)
		if u == "" {
			continue
		}
		rank := linkRank(strings.ToLower(strings.TrimSpace(c.attr("", "rel"))), strings.ToLower(c.attr("", "type")))
		if rank > bestRank {
			best, bestRank = u, rank
		}
	}
	return best
}

// linkRank orders link kinds; 0 means never use.
func linkRank(rel, typ string) int {
	html := typ == "" || strings.Contains(typ, "html")
	switch rel {
	case "", "alternate":
		if html {
			return 4
		}
		return 3
	case "self", "edit", "enclosure", "replies", "hub", "license", "next", "previous", "first", "last":
		return 0
	case "via", "related":
		return 1
	}
	if _, err := url.Parse(rel); err == nil && strings.HasPrefix(rel, "http") {
		return 0 // extension relations
	}
	return 1
}
