package feed

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"

	"golang.org/x/net/html/charset"
)

// maxDepth is how deep elements are kept; feeds need five or six levels,
// deeper ones (XHTML content, hostile nesting) are read as text only.
const maxDepth = 32

// Namespaces a feed's own elements may be in.
const (
	nsAtom    = "http://www.w3.org/2005/Atom"
	nsAtom03  = "http://purl.org/atom/ns#"
	nsRSS10   = "http://purl.org/rss/1.0/"
	nsRSS09   = "http://my.netscape.com/rdf/simple/0.9/"
	nsRDF     = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	nsDC      = "http://purl.org/dc/elements/1.1/"
	nsContent = "http://purl.org/rss/1.0/modules/content/"
	nsXML     = "http://www.w3.org/XML/1998/namespace"
)

// node is one element of a feed document.
type node struct {
	space    string // namespace URL, or the prefix when undeclared
	name     string // local name, lower-cased
	attrs    []xml.Attr
	base     string // the address relative links inside resolve against
	children []*node
	parts    []part // character data and child elements in order
}

// part is a run of character data or a child element.
type part struct {
	text  string
	child *node
}

// readTree reads the document's root element with everything in it. It
// returns the root read so far along with any error that stopped it.
func readTree(r io.Reader, feedURL string) (*node, error) {
	d := xml.NewDecoder(r)
	d.Strict = false
	d.Entity = xml.HTMLEntity
	d.CharsetReader = charset.NewReaderLabel
	var root *node
	var stack []*node // open elements kept as nodes
	depth := 0        // open elements, kept or not
	for {
		tok, err := d.Token()
		if err == io.EOF {
			if root == nil {
				return nil, nil
			}
			if depth > 0 {
				return root, errors.New("document ends inside an element")
			}
			return root, nil
		}
		if err != nil {
			return root, syntaxError(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth > maxDepth {
				continue
			}
			n := &node{space: t.Name.Space, name: strings.ToLower(t.Name.Local), attrs: t.Attr}
			n.base = feedURL
			if len(stack) > 0 {
				n.base = stack[len(stack)-1].base
			}
			if b := n.attr(nsXML, "base"); b != "" {
				n.base = resolveBase(n.base, b)
			}
			if root == nil {
				root = n
			} else {
				parent := stack[len(stack)-1]
				parent.children = append(parent.children, n)
				parent.parts = append(parent.parts, part{child: n})
			}
			stack = append(stack, n)
		case xml.EndElement:
			if depth == 0 {
				continue
			}
			if depth <= maxDepth && len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
			depth--
			if depth == 0 && root != nil {
				return root, nil
			}
		case xml.CharData:
			if len(stack) > 0 {
				top := stack[len(stack)-1]
				top.parts = append(top.parts, part{text: string(t)})
			}
		}
	}
}

// syntaxError words a decoder error for a message.
func syntaxError(err error) error {
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		return fmt.Errorf("line %d: %s", se.Line, se.Msg)
	}
	return err
}

// attr returns the value of the attribute named local in namespace space
// ("" matches any namespace).
func (n *node) attr(space, local string) string {
	for _, a := range n.attrs {
		if !strings.EqualFold(a.Name.Local, local) {
			continue
		}
		if space == "" || a.Name.Space == space || (space == nsXML && a.Name.Space == "xml") {
			return a.Value
		}
	}
	return ""
}

// in reports whether the node is in one of the namespaces, the empty
// namespace standing for elements with none.
func (n *node) in(spaces ...string) bool {
	for _, s := range spaces {
		if n.space == s {
			return true
		}
	}
	return false
}

// child returns the first child with the local name in one of the
// namespaces, or nil.
func (n *node) child(name string, spaces ...string) *node {
	for _, c := range n.children {
		if c.name == name && c.in(spaces...) {
			return c
		}
	}
	return nil
}

// childText returns the text of the first child with the local name in
// one of the namespaces that has any, trimmed.
func (n *node) childText(name string, spaces ...string) string {
	for _, c := range n.children {
		if c.name == name && c.in(spaces...) {
			if s := strings.TrimSpace(c.textContent()); s != "" {
				return s
			}
		}
	}
	return ""
}

// resolveBase applies an xml:base value to the base in force.
func resolveBase(base, ref string) string {
	r, err := url.Parse(strings.TrimSpace(ref))
	if err != nil {
		return base
	}
	b, err := url.Parse(base)
	if err != nil || base == "" {
		return r.String()
	}
	return b.ResolveReference(r).String()
}

// textContent returns all character data inside the node, its
// descendants' included, a child's text set off by spaces.
func (n *node) textContent() string {
	if len(n.parts) == 1 && n.parts[0].child == nil {
		return n.parts[0].text
	}
	var b strings.Builder
	n.writeText(&b)
	return b.String()
}

func (n *node) writeText(b *strings.Builder) {
	for _, p := range n.parts {
		if p.child == nil {
			b.WriteString(p.text)
			continue
		}
		b.WriteByte(' ')
		p.child.writeText(b)
		b.WriteByte(' ')
	}
}
