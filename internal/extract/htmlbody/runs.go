package htmlbody

import (
	"strings"

	"golang.org/x/net/html"
)

// minRun is the length in characters from which a run of text counts as
// prose.
const minRun = 25

// eachRun calls f for every run of inline text in n's subtree: the text
// between two block boundaries, with the block element that holds it and
// the characters of it inside links.
func eachRun(n *html.Node, f func(block *html.Node, text string, linkChars int)) {
	var run strings.Builder
	linkChars := 0
	flush := func() {
		if run.Len() > 0 {
			f(n, collapseSpace(run.String()), linkChars)
		}
		run.Reset()
		linkChars = 0
	}
	var walk func(c *html.Node, inLink bool)
	walk = func(c *html.Node, inLink bool) {
		switch {
		case c.Type == html.TextNode:
			run.WriteString(c.Data)
			if inLink {
				linkChars += runeLen(collapseSpace(c.Data))
			}
		case c.Type != html.ElementNode || skipTags[c.Data]:
		case isBlock(c):
			flush()
			eachRun(c, f)
		default:
			link := inLink || c.Data == "a"
			for g := c.FirstChild; g != nil; g = g.NextSibling {
				walk(g, link)
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, false)
	}
	flush()
}

// isProse reports whether a run of text of the given length reads as
// prose rather than as a label or a list of links.
func isProse(length, linkChars int) bool {
	return length >= minRun && float64(linkChars) < 0.5*float64(length)
}
