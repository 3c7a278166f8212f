package feed

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"time"
)

// DefaultLimit is the largest feed document Parse reads when given no
// limit of its own.
const DefaultLimit = 16 << 20

// Errors Parse wraps.
var (
	// ErrNotFeed says the document is not an RSS or Atom feed.
	ErrNotFeed = errors.New("not an RSS or Atom feed")
	// ErrTooLarge says the document is longer than the limit.
	ErrTooLarge = errors.New("feed document too large")
)

// Feed is one feed document as read.
type Feed struct {
	// Format is "rss", "rdf" or "atom".
	Format string
	// Title is the feed's own title, as plain text; empty when the feed
	// gives none.
	Title string
	// Link is the site the feed belongs to, absolute; empty when unknown.
	Link string
	// Items are the feed's entries in document order.
	Items []Item
}

// Item is one entry of a feed.
type Item struct {
	// Title is the item's headline as plain text.
	Title string
	// URL is the article the item points at: an absolute http or https
	// address, or empty when the item gives none usable.
	URL string
	// Published is when the item was published (or, lacking that, last
	// updated); zero when the feed does not say or says it unreadably.
	Published time.Time
	// Summary is the item's description or content as plain text,
	// shortened to about SummaryLimit bytes.
	Summary string
	// ID is the item's own identifier (RSS guid, Atom id, RDF about);
	// the URL when the item has none.
	ID string
}

// SummaryLimit is about how many bytes of an item's description are kept.
const SummaryLimit = 2000

// Parse reads one feed document from r. feedURL is where the document was
// fetched from; relative links are resolved against it (or against an
// xml:base the document declares). At most limit bytes are read (limit 0
// or less means DefaultLimit); a longer document gives ErrTooLarge.
//
// A document whose XML breaks off after some items gives the items read
// so far and no error; one that breaks before any item gives the error.
func Parse(r io.Reader, feedURL string, limit int64) (*Feed, error) {
	if limit <= 0 {
		limit = DefaultLimit
	}
	counted := &countingReader{r: io.LimitReader(r, limit+1)}
	br := bufio.NewReader(counted)
	if err := skipPreamble(br); err != nil {
		return nil, err
	}
	root, treeErr := readTree(br, feedURL)
	if counted.n > limit {
		return nil, fmt.Errorf("parse feed: %w (over %d bytes)", ErrTooLarge, limit)
	}
	if root == nil {
		if treeErr != nil {
			return nil, fmt.Errorf("parse feed: %w: %v", ErrNotFeed, treeErr)
		}
		return nil, fmt.Errorf("parse feed: %w: no XML element", ErrNotFeed)
	}
	f, err := interpret(root)
	if err != nil {
		return nil, fmt.Errorf("parse feed: %w", err)
	}
	if treeErr != nil && len(f.Items) == 0 {
		return nil, fmt.Errorf("parse feed: %w", treeErr)
	}
	return f, nil
}

// interpret reads a feed out of a document's root element.
func interpret(root *node) (*Feed, error) {
	switch root.name {
	case "rss", "channel":
		return readRSS(root, "rss"), nil
	case "rdf":
		return readRSS(root, "rdf"), nil
	case "feed":
		return readAtom(root), nil
	case "html":
		return nil, fmt.Errorf("%w: an HTML page", ErrNotFeed)
	}
	return nil, fmt.Errorf("%w: root element <%s>", ErrNotFeed, root.name)
}

// skipPreamble drops a byte-order mark and leading white space, and
// rejects documents that are plainly not XML.
func skipPreamble(br *bufio.Reader) error {
	if bom, _ := br.Peek(3); bytes.Equal(bom, []byte{0xef, 0xbb, 0xbf}) {
		br.Discard(3)
	}
	for {
		b, err := br.Peek(1)
		if err == io.EOF || len(b) == 0 {
			return fmt.Errorf("parse feed: %w: empty document", ErrNotFeed)
		}
		if err != nil {
			return fmt.Errorf("parse feed: %w", err)
		}
		switch b[0] {
		case ' ', '\t', '\r', '\n':
			br.Discard(1)
		case '<':
			return nil
		case '{', '[':
			return fmt.Errorf("parse feed: %w: JSON, not XML", ErrNotFeed)
		default:
			return fmt.Errorf("parse feed: %w: does not start with '<'", ErrNotFeed)
		}
	}
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}
