// Package feed reads news feeds: RSS 2.0 (and the 0.9x versions before
// it), RSS 1.0 (RDF) and Atom 1.0. It takes a feed document as served and
// the address it was fetched from, and gives the feed's title and its
// items: title, absolute link, publication time, a plain-text summary and
// the item's own identifier.
//
// The reader is tolerant of the feeds found in the field: undeclared
// namespace prefixes, HTML entities, CDATA sections, titles escaped twice,
// legacy character sets, relative links, dates in any of the RFC 822,
// RFC 1123 and RFC 3339 families with named or numeric zones, and items
// with parts missing. A document that is not a feed at all (an HTML page,
// JSON, an empty body) gives an error wrapping ErrNotFeed.
package feed
