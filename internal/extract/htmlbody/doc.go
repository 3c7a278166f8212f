// Package htmlbody finds the main article of an HTML page. It takes the
// page's HTML and gives the article's body paragraphs, with navigation,
// comments, related-article lists, captions, share and subscribe boxes and
// advertisements left out, and the metadata the page declares: title,
// byline, site name, publication date, canonical URL and language.
//
// The body is found in three steps: the parsed tree is cleaned of elements
// that never hold article text and of blocks whose class or id names page
// furniture; every remaining container is scored by the paragraph text it
// holds, weighed against its links; and the best container's text blocks
// are written out as paragraphs. When the result looks poor the search is
// retried with less cleaning, and a long article body declared in the
// page's JSON-LD is preferred over a much shorter extraction.
package htmlbody
