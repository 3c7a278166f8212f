// Package htmlbody finds the main article of an HTML page. It takes the
// page's HTML and gives the article's body paragraphs, with navigation,
// comments, related-article lists, captions, share and subscribe boxes and
// advertisements left out, and the metadata the page declares: title,
// byline, site name, publication date, canonical URL and language.
//
// The body is found in four steps. The parsed tree is cleaned of elements
// that never hold article text and of blocks whose tag, class or id names
// page furniture, unless they hold much of the page's prose. Every run of
// prose (text between two block boundaries, so text split by <br> counts)
// is scored and its score given to the containers above it, less the
// farther up they are, and the best container weighed against its links
// is taken, with the siblings that read as article text or, for articles
// split into wrapped sections, the sections alike to it; an element the
// page marks as the article body in schema.org microdata is taken instead
// when it holds enough of the text. Its blocks are
// written out one paragraph each, and blocks that are teasers for other
// pages (mostly link text), the headline and one-word furniture labels
// are dropped. When the result looks poor the search is retried with less
// cleaning, and an article body declared in the page's JSON-LD wins over
// a much shorter extraction or one that holds few of its words.
package htmlbody
