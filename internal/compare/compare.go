package compare

import (
	"strings"

	"github.com/newsfold/newsfold/internal/news"
)

// Options change what Compare keeps.
type Options struct {
	// AllExclusives lists every statement a single article carries,
	// uncapped and unfiltered (furniture aside), as measurement wants,
	// instead of the few most important ones a reader wants.
	AllExclusives bool
}

// Compare fills s's title, summary, quotes, facts, exclusives, conflicts,
// timeline and statement groups from arts, the story's articles in story
// order. It leaves s's ID, article list and first publication date alone.
func Compare(s *news.Story, arts []*news.Article) {
	CompareWith(s, arts, Options{})
}

// CompareWith is Compare with options.
func CompareWith(s *news.Story, arts []*news.Article, opts Options) {
	var live []*news.Article
	for _, a := range arts {
		if a != nil {
			live = append(live, a)
		}
	}
	arts = live
	if len(arts) == 0 {
		return
	}
	roots := articleRoots(arts)
	nRoots := 0
	for i, r := range roots {
		if i == r {
			nRoots++
		}
	}
	dict := make(map[string]int, storyBytes(arts)/wordsBytes)
	stmts := buildStatements(arts, roots, dict)
	markOwnNames(stmts)
	weighTerms(stmts, len(dict))
	sims, pairs := similarities(stmts, len(dict))
	quoteItems, quoteSets := matchQuotes(arts, roots)
	pairs = addLinks(stmts, sims, pairs, quoteLinks(quoteItems, quoteSets, stmts))
	groups := alignStatements(stmts, sims, pairs)
	scoreGroups(groups, stmts, sims, roots, nRoots, salience(stmts, nRoots))

	summary := summarize(groups, stmts, nRoots)
	texts := make([]string, len(summary))
	for i, st := range summary {
		texts[i] = st.text
	}
	s.Title = headline(arts, roots, groups, stmts, summary)
	s.Summary = strings.Join(texts, " ")
	s.Quotes = quoteEntries(quoteItems, quoteSets, arts)
	s.Facts = facts(groups, stmts, arts)
	if opts.AllExclusives {
		s.Exclusives = allExclusives(groups, stmts, sims, arts)
	} else {
		s.Exclusives = exclusives(groups, stmts, sims, arts, nRoots)
	}
	links := crossLinks(groups, stmts, pairs)
	s.Conflicts = conflicts(append(groups[:len(groups):len(groups)], links...), stmts, sims, arts)
	s.Timeline = timeline(arts)
	s.Statements = statementGroups(groups, stmts, arts)
	s.Statements = append(s.Statements, statementGroups(links, stmts, arts)...)
}
