package feed

import "strings"

// readAtom reads an Atom 1.0 (or 0.3) document.
func readAtom(root *node) *Feed {
	own := []string{"", nsAtom, nsAtom03, root.space}
	f := &Feed{Format: "atom"}
	f.Title = atomText(root.child("title", own...))
	f.Link = atomLink(root.base, root)
	for _, e := range root.elements("entry", own...) {
		f.Items = append(f.Items, readAtomEntry(e, own))
	}
	return f
}

func readAtomEntry(e *node, own []string) Item {
	it := Item{
		Title: atomText(e.child("title", own...)),
		URL:   atomLink(e.base, e),
		ID:    collapseSpace(e.childText("id", own...)),
	}
	if it.URL == "" {
		it.URL = absoluteURL("", it.ID) // an id that is an http(s) address
	}
	if it.ID == "" {
		it.ID = it.URL
	}
	it.Published = firstDate(e,
		dated{"published", own}, dated{"issued", own}, dated{"updated", own},
		dated{"modified", own}, dated{"created", own}, dated{"date", dcSpaces})
	summary := e.child("summary", own...)
	if summary == nil || strings.TrimSpace(summary.textContent()) == "" {
		summary = e.child("content", own...)
	}
	it.Summary = shorten(atomText(summary), SummaryLimit)
	return it
}

// atomText returns an Atom text construct as plain text: type "text" as
// written, "html" with its markup read, "xhtml" as the text of its
// elements. A missing element gives "".
func atomText(n *node) string {
	if n == nil {
		return ""
	}
	switch strings.ToLower(strings.TrimSpace(n.attr("", "type"))) {
	case "", "text", "text/plain":
		return collapseSpace(n.textContent())
	case "xhtml":
		return collapseSpace(n.textContent())
	default: // html, text/html, and anything else
		if src := n.attr("", "src"); src != "" {
			return "" // content elsewhere
		}
		return plainText(n.textContent())
	}
}
