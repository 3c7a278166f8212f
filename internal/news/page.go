package news

// PageKind says how a page's content is written.
type PageKind string

const (
	// KindText is a page already flattened to visible text, one block a line.
	KindText PageKind = "text"
	// KindHTML is a page as served, in HTML.
	KindHTML PageKind = "html"
)

// Page is one document as read from a source, before extraction.
type Page struct {
	// ID names the page: its path relative to the argument it was found
	// under, or for JSON Lines input the line's own id (else FILE:LINE).
	ID string
	// Path is where the page was read from, for messages.
	Path string
	// Kind is the form of Content.
	Kind PageKind
	// Content is the page's text or HTML, valid UTF-8.
	Content string
	// Clean says the text is the article alone, without page furniture
	// (as a JSON Lines record's "text" is), so extraction keeps all of it.
	Clean bool

	// Hints a source may carry beside the content (JSON Lines fields);
	// empty when unknown.
	URL    string
	Title  string
	Date   string // as given, e.g. "2010-02-20"
	Source string // outlet name
}
