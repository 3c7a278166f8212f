package htmlbody

import (
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// Result is the article found in a page.
type Result struct {
	// Paragraphs is the article body, one paragraph, heading or list item
	// an entry.
	Paragraphs []string
	Title      string
	Byline     string
	SiteName   string
	// Published is the publication date as YYYY-MM-DD or RFC 3339, or "".
	Published string
	// URL is the page's canonical address, or "".
	URL string
	// Lang is the page's declared language, such as "en" or "en-US".
	Lang string
}

// Extract returns the main article of an HTML page: its body paragraphs
// (headings inside the article kept as their own paragraphs, lists as one
// paragraph per item, no navigation, comments, related-article lists,
// captions, share/subscribe boxes, ads), and the metadata found (title,
// byline, site name, publication date as YYYY-MM-DD or RFC3339 or "",
// canonical URL, language).
func Extract(page string) (Result, error) {
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return Result{}, fmt.Errorf("parse html: %w", err)
	}
	meta := readMeta(doc)
	var res Result
	meta.fill(&res)
	res.Paragraphs = body(doc, page, meta, res.Title)
	return res, nil
}

// body finds the article's paragraphs in doc, retrying with less cleaning
// (keeping hidden elements and those named as furniture, as some pages
// hide their article until a script runs) when the first try finds
// little. The article body the page declares in
// JSON-LD wins when it is much longer than what was found, or when what
// was found holds too few of its words to be the same article.
func body(doc *html.Node, page string, meta *pageMeta, title string) []string {
	paras := bodyOnce(doc, true, title)
	if textLen(paras) < 250 {
		again, err := html.Parse(strings.NewReader(page))
		if err == nil {
			if p := bodyOnce(again, false, title); textLen(p) > textLen(paras) {
				paras = p
			}
		}
	}
	if ld := meta.ld.body; runeLen(ld) > 200 && (runeLen(ld) > 2*textLen(paras) || wordCoverage(ld, paras) < 0.5) {
		paras = splitLines(ld)
	}
	return paras
}

// wordCoverage returns the share of the distinct words of text that occur
// in paras, ignoring case.
func wordCoverage(text string, paras []string) float64 {
	have := make(map[string]bool)
	for _, p := range paras {
		for _, w := range strings.FieldsFunc(strings.ToLower(p), notWordRune) {
			have[w] = true
		}
	}
	want := make(map[string]bool)
	found := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(text), notWordRune) {
		if want[w] {
			continue
		}
		want[w] = true
		if have[w] {
			found++
		}
	}
	if len(want) == 0 {
		return 1
	}
	return float64(found) / float64(len(want))
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// bodyOnce cleans doc (strict: furniture named by class or id and hidden
// elements too), finds the article container and writes its paragraphs.
func bodyOnce(doc *html.Node, strict bool, title string) []string {
	newCleaner(doc, strict).clean(doc)
	s := newScorer()
	s.measure(doc, false)
	s.scoreRuns(doc)
	top := s.top(doc)
	if top == nil {
		top = findFirst(doc, "body")
		if top == nil {
			return nil
		}
	}
	nodes := []*html.Node{top}
	if marked := s.markedBody(doc, top); marked != nil {
		// The page says where its article is.
		nodes[0] = marked
	} else {
		nodes = s.withSiblings(top)
	}
	w := &writer{}
	for _, n := range nodes {
		w.write(n, false)
	}
	return keep(w.blocks, title)
}

func textLen(paras []string) int {
	n := 0
	for _, p := range paras {
		n += runeLen(p)
	}
	return n
}

// splitLines splits text into its non-empty lines, collapsed.
func splitLines(text string) []string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if l = collapseSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}
