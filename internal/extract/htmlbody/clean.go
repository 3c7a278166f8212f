package htmlbody

import (
	"strings"

	"golang.org/x/net/html"
)

// dropTags are elements removed before any scoring: they hold no article
// text, or only text that is never part of an article body.
var dropTags = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true,
	"iframe": true, "svg": true, "math": true, "object": true, "embed": true,
	"canvas": true, "video": true, "audio": true, "picture": true,
	"button": true, "select": true, "input": true, "textarea": true,
	"label": true, "option": true, "link": true, "meta": true,
	"figcaption": true, "dialog": true, "map": true,
}

// furnitureTags are elements that usually hold page furniture. They are
// removed unless they hold much of the page's prose (some pages
// wrap everything in a form or a header).
var furnitureTags = map[string]bool{
	"nav": true, "aside": true, "footer": true, "form": true, "header": true,
	"figure": true, "menu": true,
}

// cleaner removes what never belongs to an article from a parsed page.
type cleaner struct {
	// strict also removes elements whose class or id names furniture,
	// and elements declared hidden.
	strict bool
	// prose is the prose text each element holds, and total the page's
	// whole prose text, for the guard against removing a wrapper of the
	// article.
	prose map[*html.Node]int
	total int
}

func newCleaner(root *html.Node, strict bool) *cleaner {
	c := &cleaner{strict: strict, prose: make(map[*html.Node]int)}
	c.total = c.countProse(root)
	return c
}

// countProse records, for every element, the characters of prose runs
// it holds, and returns the page's total.
func (c *cleaner) countProse(root *html.Node) int {
	total := 0
	eachRun(root, func(block *html.Node, text string, linkChars int) {
		l := runeLen(text)
		if !isProse(l, linkChars) {
			return
		}
		total += l
		for n := block; n != nil; n = n.Parent {
			c.prose[n] += l
		}
	})
	return total
}

// clean removes unwanted elements and comments from n's subtree.
func (c *cleaner) clean(n *html.Node) {
	c.cleanIn(n, false)
}

// linkCount is what a subtree holds of links: how many, and the
// characters of text inside and outside them.
type linkCount struct {
	anchors, linkText, text int
}

func (a *linkCount) add(b linkCount) {
	a.anchors += b.anchors
	a.linkText += b.linkText
	a.text += b.text
}

// cleanIn cleans n's subtree, inPara saying n is inside a paragraph, and
// returns the links and text left in it.
func (c *cleaner) cleanIn(n *html.Node, inPara bool) linkCount {
	var count linkCount
	if n.Type == html.TextNode {
		count.text = runeLen(strings.TrimSpace(n.Data))
		return count
	}
	inPara = inPara || (n.Type == html.ElementNode && n.Data == "p")
	for ch := n.FirstChild; ch != nil; {
		next := ch.NextSibling
		if c.unwanted(ch) {
			n.RemoveChild(ch)
			ch = next
			continue
		}
		sub := c.cleanIn(ch, inPara)
		if inPara && ch.Type == html.ElementNode && isLinkCard(ch, sub) {
			n.RemoveChild(ch)
		} else {
			count.add(sub)
		}
		ch = next
	}
	if n.Type == html.ElementNode && n.Data == "a" {
		count.anchors++
		count.linkText = count.text
	}
	return count
}

// isLinkCard reports whether n, an element inside a paragraph holding the
// links counted, is a card of several links (a pop-up shown when hovering
// over a name, say) rather than words of the sentence.
func isLinkCard(n *html.Node, count linkCount) bool {
	return n.Data != "a" && count.anchors >= 3 && float64(count.linkText) > 0.8*float64(count.text)
}

func (c *cleaner) unwanted(n *html.Node) bool {
	switch n.Type {
	case html.CommentNode, html.DoctypeNode:
		return true
	case html.ElementNode:
	default:
		return false
	}
	if dropTags[n.Data] || (c.strict && hidden(n)) {
		return true
	}
	if n.Data == "body" || n.Data == "html" || n.Data == "main" {
		return false
	}
	if furnitureTags[n.Data] && !c.holdsArticle(n) {
		return true
	}
	if c.strict && n.Data != "article" && isFurnitureName(n) && !c.holdsArticle(n) {
		return true
	}
	return false
}

// holdsArticle reports whether n holds a large share of the page's
// prose text, so that removing it would lose the article.
func (c *cleaner) holdsArticle(n *html.Node) bool {
	return c.total > 0 && float64(c.prose[n]) >= 0.4*float64(c.total)
}

// hidden reports whether n is declared invisible.
func hidden(n *html.Node) bool {
	if hasAttr(n, "hidden") || attr(n, "aria-hidden") == "true" {
		return true
	}
	style := strings.ToLower(attr(n, "style"))
	if style == "" {
		return false
	}
	style = strings.ReplaceAll(style, " ", "")
	return strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden")
}
