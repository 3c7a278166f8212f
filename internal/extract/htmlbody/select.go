package htmlbody

import (
	"strings"

	"golang.org/x/net/html"
)

// withSiblings returns top and those of its siblings that belong to the
// article too: containers that score well, and paragraphs of plain text.
func (s *scorer) withSiblings(top *html.Node) []*html.Node {
	parent := top.Parent
	if parent == nil || parent.Type != html.ElementNode {
		return []*html.Node{top}
	}
	topScore := s.final(top)
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
		if c.Data == "p" && s.plainParagraph(c) {
			out = append(out, c)
		}
	}
	return out
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
	t := strings.TrimSpace(textOf(p))
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?") || strings.HasSuffix(t, "\u201d")
}
