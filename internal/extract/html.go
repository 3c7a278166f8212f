package extract

import (
	"fmt"

	"github.com/newsfold/newsfold/internal/extract/htmlbody"
)

// extractHTML finds the main article of an HTML page.
var extractHTML = htmlbody.Extract

// fromHTML extracts a page served as HTML: the main-content finder gives
// the paragraphs and metadata; paragraphs that are furniture by their
// wording or photo captions are dropped, as in flattened text, and a
// byline among the first ones is taken out. The finder has already placed
// the body, so the line-rhythm rules of the text path are not applied:
// they would only cut list items and short paragraphs it rightly kept.
func fromHTML(content string) (draft, error) {
	res, err := extractHTML(content)
	if err != nil {
		return draft{}, fmt.Errorf("html: %w", err)
	}
	d := draft{
		title:     res.Title,
		byline:    res.Byline,
		siteName:  res.SiteName,
		published: res.Published,
		url:       res.URL,
	}
	var texts []string
	for _, p := range res.Paragraphs {
		if p = collapseSpace(p); p != "" {
			texts = append(texts, p)
		}
	}
	ls := measure(texts)
	for i, l := range ls {
		if l.furn || l.caption {
			continue
		}
		if d.byline == "" {
			if n, ok := parseByline(l.text); ok && i < 3 {
				d.byline = n
				continue
			}
		}
		d.paras = append(d.paras, l.text)
	}
	return d, nil
}
