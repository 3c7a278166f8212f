package htmlbody

import (
	"strings"

	"golang.org/x/net/html"
)

// stats is what the scorer knows of one element.
type stats struct {
	text  int     // characters of visible text
	links int     // characters of text inside links
	score float64 // content score from the text runs below it
	seen  bool    // the element was given a score
	// nested says the element holds other blocks (line breaks aside).
	nested bool
}

func (s *stats) linkDensity() float64 {
	if s.text == 0 {
		return 0
	}
	return float64(s.links) / float64(s.text)
}

// scorer finds the element that holds the article.
type scorer struct {
	st map[*html.Node]*stats
}

func newScorer() *scorer { return &scorer{st: make(map[*html.Node]*stats)} }

func (s *scorer) get(n *html.Node) *stats {
	st := s.st[n]
	if st == nil {
		st = &stats{}
		s.st[n] = st
	}
	return st
}

// measure fills in text and link lengths for n's subtree and returns n's.
// It reports too whether n is or holds a block other than a line break.
func (s *scorer) measure(n *html.Node, inLink bool) (text, links int, block bool) {
	switch n.Type {
	case html.TextNode:
		t := runeLen(collapseSpace(n.Data))
		if inLink {
			return t, t, false
		}
		return t, 0, false
	case html.ElementNode, html.DocumentNode:
	default:
		return 0, 0, false
	}
	link := inLink || (n.Type == html.ElementNode && n.Data == "a")
	nested := false
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		t, l, b := s.measure(c, link)
		text += t
		links += l
		nested = nested || b
	}
	st := s.get(n)
	st.text, st.links, st.nested = text, links, nested
	return text, links, nested || (isBlock(n) && n.Data != "br" && n.Data != "hr")
}

// scoreRuns gives every run of inline text under a block a score, and
// adds it to the block's containers: readability's scheme, with runs of
// text in place of paragraphs so that text split by <br> counts too.
//
// A block that holds one run of text and no other block is a paragraph
// however it is tagged, so its run's score goes to its container.
func (s *scorer) scoreRuns(n *html.Node) {
	type scored struct {
		block *html.Node
		score float64
	}
	var prose []scored
	runs := make(map[*html.Node]int)
	eachRun(n, func(block *html.Node, text string, linkChars int) {
		if text == "" {
			return
		}
		runs[block]++
		if l := runeLen(text); isProse(l, linkChars) {
			prose = append(prose, scored{block, runScore(text, l)})
		}
	})
	for _, p := range prose {
		para := paragraphTags[p.block.Data] || (runs[p.block] == 1 && !s.get(p.block).nested)
		s.credit(p.block, p.score, para)
	}
}

// runScore is the worth of one run of text: one, plus one per comma, plus
// one per hundred characters up to three.
func runScore(text string, length int) float64 {
	sc := 1.0 + float64(strings.Count(text, ",")+strings.Count(text, "，"))
	sc += min(float64(length)/100, 3)
	return sc
}

// credit adds a run's score to the block holding it and its ancestors,
// less the farther up they are.
// A paragraph's own score is not kept: it goes to its container.
func (s *scorer) credit(block *html.Node, sc float64, paragraph bool) {
	n := block
	if paragraph {
		n = n.Parent
	}
	for level := 0; n != nil && n.Type == html.ElementNode && level < 5; level++ {
		st := s.get(n)
		if !st.seen {
			st.seen = true
			st.score += initialScore(n)
		}
		switch level {
		case 0:
			st.score += sc
		case 1:
			st.score += sc / 2
		default:
			st.score += sc / float64(level*3)
		}
		n = n.Parent
	}
}

// initialScore is an element's score before any text, by its tag. Class
// and id names are not weighed: elements named as furniture are removed
// before scoring, and names of content containers proved a poor guide.
func initialScore(n *html.Node) float64 {
	sc := 0.0
	switch n.Data {
	case "article":
		sc += 10
	case "div", "main", "section":
		sc += 5
	case "pre", "td", "blockquote":
		sc += 3
	case "address", "ol", "ul", "dl", "dd", "dt", "li", "form":
		sc -= 3
	case "h1", "h2", "h3", "h4", "h5", "h6", "th":
		sc -= 5
	}
	return sc
}

// final is an element's score weighed against its links.
func (s *scorer) final(n *html.Node) float64 {
	st := s.st[n]
	if st == nil || !st.seen {
		return 0
	}
	return st.score * (1 - st.linkDensity())
}

// top returns the best-scoring element under root, the first in document
// order on a tie, or nil.
func (s *scorer) top(root *html.Node) *html.Node {
	var best *html.Node
	bestScore := 0.0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if f := s.final(n); f > bestScore {
			best, bestScore = n, f
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				walk(c)
			}
		}
	}
	walk(root)
	return best
}
