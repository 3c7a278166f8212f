package extract

import (
	"slices"

	"github.com/newsfold/newsfold/internal/news"
)

// draft is what one extraction path found, before the article is
// assembled.
type draft struct {
	paras     []string
	title     string
	byline    string
	siteName  string
	published string
	url       string
	stamp     news.Date // the date stamp printed beside the article
}

// fromText extracts a page already flattened to text, one block a line:
// it finds the body among the lines, cleans it, reads the headline,
// byline and date stamp from the lines above it and the outlet from the
// masthead and the copyright notice.
func fromText(content string) (draft, error) {
	ls := measure(joinBroken(splitLines(content)))
	start, end, ok := findBody(ls)
	if !ok {
		return shortPage(ls)
	}
	end = extendList(ls, end)
	keep := keepLines(ls, start, end)
	var d draft
	var titleAt int
	d.title, titleAt = findTitle(ls, start, keep)
	names, at := findByline(ls, start, end, titleAt)
	d.byline = names
	d.stamp = findStamp(ls, keep, titleAt, start, end)
	d.siteName = textOutlet(ls, end)
	opening := true // before the first paragraph of prose
	for i := start; i < end; i++ {
		if !keep[i] || slices.Contains(at, i) || opening && (ls[i].text == d.title || creditedCaption(ls[i])) {
			continue
		}
		opening = opening && ls[i].kind != kindGood
		d.paras = append(d.paras, ls[i].text)
	}
	return d, nil
}

// Short pages: a page of a few lines where nothing scores as an article's
// prose, such as a brief or a headline with a sentence, is taken whole
// but for its furniture and labels.
const (
	shortPageLines = 12
	shortPageWords = 3
)

// shortPage extracts a page too short for the body finder, or returns
// ErrNoArticle.
func shortPage(ls []line) (draft, error) {
	if len(ls) > shortPageLines {
		return draft{}, ErrNoArticle
	}
	var d draft
	for _, l := range ls {
		if l.kind != kindBad && l.words >= shortPageWords && !isBylineLine(l.text) {
			d.paras = append(d.paras, l.text)
		}
	}
	if len(d.paras) == 0 {
		return draft{}, ErrNoArticle
	}
	return d, nil
}
