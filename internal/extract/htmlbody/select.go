package htmlbody

import (
	"strings"

	"golang.org/x/net/html"
)

// withSiblings returns top and those of its siblings that belong to the
// article too: containers that score well, and paragraphs of plain text.
// When top has no such sibling, the article may be split into sections
// each wrapped several times: then the sections alike to the outermost
// wrapper of top are taken too.
func (s *scorer) withSiblings(top *html.Node) []*html.Node {
	topScore := s.final(top)
	out := s.siblings(top, topScore)
	if len(out) > 1 {
		return out
	}
	u := s.unwrap(top)
	if u == top {
		return out
	}
	out = out[:0]
	for c := u.Parent.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c == u:
			out = append(out, top)
		case s.alikeSection(u, c, top, topScore):
			out = append(out, c)
		}
	}
	return out
}

// siblings returns top and its siblings that read as article text. A
// sibling block that holds no other block is judged as a paragraph.
func (s *scorer) siblings(top *html.Node, topScore float64) []*html.Node {
	parent := top.Parent
	if parent == nil || parent.Type != html.ElementNode {
		return []*html.Node{top}
	}
	threshold := max(10, topScore*0.2)
	topClass := attr(top, "class")
	var out []*html.Node
	for c := parent.FirstChild; c != nil; c = c.NextSibling {
		if c == top {
			out = append(out, c)
			continue
		}
		if c.Type != html.ElementNode {
			continue
		}
		bonus := 0.0
		if topClass != "" && attr(c, "class") == topClass {
			bonus = topScore * 0.2
		}
		if st := s.st[c]; st != nil && st.seen && s.final(c)+bonus >= threshold {
			out = append(out, c)
			continue
		}
		if (c.Data == "p" || (isBlock(c) && !s.get(c).nested)) && s.plainParagraph(c) {
			out = append(out, c)
		}
	}
	return out
}

// alikeSection reports whether c, a sibling of top's wrapper u, is another
// section of the same article: the same element with the same first class
// (or both without a class, and c wrapping an element as u wraps top),
// some text, few links and a part that scores well.
func (s *scorer) alikeSection(u, c, top *html.Node, topScore float64) bool {
	if c.Type != html.ElementNode || c.Data != u.Data {
		return false
	}
	switch {
	case hasAttr(u, "class") || hasAttr(c, "class"):
		if !sameFirstClass(u, c) {
			return false
		}
	case !sameWrapping(u, top, c):
		return false
	}
	st := s.st[c]
	if st == nil || st.text < 150 || st.linkDensity() >= 0.3 {
		return false
	}
	return s.bestWithin(c) >= topScore*0.2
}

// plainParagraph reports whether p reads as article text: long with few
// links, or short, link-free and ending a sentence.
func (s *scorer) plainParagraph(p *html.Node) bool {
	st := s.st[p]
	if st == nil {
		return false
	}
	ld := st.linkDensity()
	if st.text > 80 {
		return ld < 0.25
	}
	if st.text == 0 || ld > 0 {
		return false
	}
	return endsSentence(textOf(p))
}

// unwrap returns the outermost ancestor of n whose text is nearly all n's.
func (s *scorer) unwrap(n *html.Node) *html.Node {
	for p := n.Parent; p != nil && p.Type == html.ElementNode && p.Data != "body"; p = p.Parent {
		pst, nst := s.st[p], s.st[n]
		if pst == nil || nst == nil || float64(nst.text) < 0.9*float64(pst.text) {
			break
		}
		n = p
	}
	return n
}

// bestWithin returns the best score of n and its descendants.
func (s *scorer) bestWithin(n *html.Node) float64 {
	best := s.final(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			best = max(best, s.bestWithin(c))
		}
	}
	return best
}

// sameFirstClass reports whether a and b name the same first class and
// share at least half of all their classes.
func sameFirstClass(a, b *html.Node) bool {
	ca, cb := strings.Fields(attr(a, "class")), strings.Fields(attr(b, "class"))
	if len(ca) == 0 || len(cb) == 0 || ca[0] != cb[0] {
		return false
	}
	shared := 0
	for _, x := range ca {
		for _, y := range cb {
			if x == y {
				shared++
				break
			}
		}
	}
	return 2*shared >= len(ca)+len(cb)-shared
}

// sameWrapping reports whether c holds, along its element children, a
// chain of elements like the chain from u down to top: the same tags and
// classes.
func sameWrapping(u, top, c *html.Node) bool {
	var chain []*html.Node
	for n := top; n != u; n = n.Parent {
		chain = append(chain, n)
	}
	return hasChain(c, chain)
}

// hasChain reports whether n has a child like the last of chain, which
// has a child like the one before, and so on.
func hasChain(n *html.Node, chain []*html.Node) bool {
	if len(chain) == 0 {
		return true
	}
	want := chain[len(chain)-1]
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.Data == want.Data && attr(c, "class") == attr(want, "class") && hasChain(c, chain[:len(chain)-1]) {
			return true
		}
	}
	return false
}

// markedBody returns the one element the page marks as the article body
// with schema.org microdata, when it holds at least half as much text as
// the best-scoring element found; else nil.
func (s *scorer) markedBody(doc, best *html.Node) *html.Node {
	var found []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && hasWord(attr(n, "itemprop"), "articleBody") {
			found = append(found, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if len(found) != 1 {
		return nil
	}
	st := s.st[found[0]]
	if st == nil || st.text < 200 || (best != nil && s.st[best] != nil && 2*st.text < s.st[best].text) {
		return nil
	}
	return found[0]
}
