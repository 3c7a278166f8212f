package htmlbody

import (
	"strings"

	"golang.org/x/net/html"
)

// block is one paragraph of output with what is known of it.
type block struct {
	text    string
	links   int // characters of text inside links
	anchors int // number of links
}

// writer turns elements into blocks of text, one a paragraph.
type writer struct {
	blocks  []block
	cur     strings.Builder
	links   int
	anchors int
	pre     int // depth of preformatted elements open
}

func (w *writer) flush() {
	var text string
	if w.pre > 0 {
		text = strings.TrimSpace(w.cur.String())
	} else {
		text = collapseSpace(w.cur.String())
	}
	w.cur.Reset()
	if text != "" {
		w.blocks = append(w.blocks, block{text: text, links: w.links, anchors: w.anchors})
	}
	w.links, w.anchors = 0, 0
}

func (w *writer) write(n *html.Node, inLink bool) {
	switch n.Type {
	case html.TextNode:
		w.cur.WriteString(n.Data)
		if inLink {
			w.links += runeLen(collapseSpace(n.Data))
		}
		return
	case html.ElementNode:
	default:
		return
	}
	if skipTags[n.Data] {
		return
	}
	if !isBlock(n) {
		if n.Data == "a" && !inLink {
			w.anchors++
		}
		link := inLink || n.Data == "a"
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.write(c, link)
		}
		return
	}
	w.flush()
	if n.Data == "pre" {
		w.pre++
		defer func() { w.pre-- }()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.write(c, inLink)
	}
	w.flush()
}
