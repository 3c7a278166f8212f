// Package quote finds direct quotations in an article's body and who said
// them, resolving pronoun and descriptive speakers to named people.
package quote

import "github.com/newsfold/newsfold/internal/news"

// Find sets a.Quotes from a's body; it uses a.Entities to name speakers.
func Find(a *news.Article) {}
