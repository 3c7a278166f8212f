package compare

import (
	"sort"
	"strings"

	"github.com/newsfold/newsfold/internal/news"
)

// Caps on the lists a story keeps.
const (
	MaxFacts            = 10
	MaxExclusives       = 3 // per article
	MaxSummarySentences = 4
)

// salience gives each name the share of originals that mention it.
func salience(stmts []*statement, nRoots int) map[string]float64 {
	seen := map[string]map[int]bool{}
	for _, st := range stmts {
		for _, n := range st.names {
			if seen[n] == nil {
				seen[n] = map[int]bool{}
			}
			seen[n][st.root] = true
		}
	}
	out := make(map[string]float64, len(seen))
	for n, roots := range seen {
		out[n] = float64(len(roots)) / float64(nRoots)
	}
	return out
}

// usable reports whether a statement may stand as a fact, an exclusive or
// a summary sentence: not furniture, not mostly quotation.
func usable(st *statement) bool {
	return !st.boiler && st.quoteShare < 0.5
}

// scoreGroups picks each group's best wording and scores its importance
// from how many originals carry it, how early it comes in them and how
// salient its names are.
func scoreGroups(groups []*group, stmts []*statement, sims simTable, roots []int, nRoots int, sal map[string]float64) {
	for _, g := range groups {
		bestScore := -1e9
		pos := 0.0
		for _, i := range g.members {
			st := stmts[i]
			pos += 1 - st.pos
			s := 0.3 * float64(min(st.content, 25)) / 25
			for _, j := range g.members {
				if j != i {
					s += sims.get(i, j)
				}
			}
			if !usable(st) {
				s -= 2
			}
			if messy(st.text) {
				s -= 0.5 // a caption or credit glued on
			}
			if roots[st.art] != st.art {
				s -= 0.2 // prefer an original's wording to a reprint's
			}
			if s > bestScore {
				bestScore, g.best = s, i
			}
		}
		pos /= float64(len(g.members))
		best := stmts[g.best]
		names := 0.0
		seen := map[string]bool{}
		for _, n := range best.names {
			if !seen[n] {
				seen[n] = true
				names += sal[n]
			}
		}
		if len(seen) > 0 {
			names /= float64(len(seen))
		}
		g.score = 2*float64(len(g.roots))/float64(nRoots) + pos + names + 0.2*float64(min(best.content, 20))/20
	}
	sort.SliceStable(groups, func(a, b int) bool { return groups[a].score > groups[b].score })
}

// facts lists the groups several originals carry, most important first.
func facts(groups []*group, stmts []*statement, arts []*news.Article) []news.Fact {
	var out []news.Fact
	for _, g := range groups {
		if len(g.roots) < 2 || !usable(stmts[g.best]) {
			continue
		}
		f := news.Fact{Text: stmts[g.best].text}
		for _, i := range g.members {
			f.Articles = append(f.Articles, arts[stmts[i].art].ID)
		}
		out = append(out, f)
		if len(out) == MaxFacts {
			break
		}
	}
	return out
}

// shownClosestMax is how close the nearest sentence of another original
// may come to a statement the reports list as exclusive. It is stricter
// than what keeps a statement out of every group (echoMin): a reader
// takes a listed exclusive at its word, and the most important sentences
// are the likeliest to be told elsewhere in other words.
const shownClosestMax = 0.12

// exclusives lists, most important first, the statements only one
// original (with its reprints) carries, at most MaxExclusives an article.
// A story with a single original has none.
func exclusives(groups []*group, stmts []*statement, sims simTable, arts []*news.Article, nRoots int) []news.Exclusive {
	if nRoots < 2 {
		return nil
	}
	var out []news.Exclusive
	count := map[int]int{}
	for _, g := range groups {
		st := stmts[g.best]
		if len(g.roots) != 1 || !usable(st) || st.content < 4 || count[st.root] >= MaxExclusives || echoed(g.best, sims) || sims.closest[g.best] >= shownClosestMax {
			continue
		}
		count[st.root]++
		out = append(out, news.Exclusive{Article: arts[st.art].ID, Text: st.text})
	}
	return out
}

// messy reports whether a sentence carries page text glued to it: a
// caption or credit in brackets near its start, or several bracketed
// asides.
func messy(text string) bool {
	if strings.Count(text, "(") >= 3 {
		return true
	}
	close := strings.IndexByte(text, ')')
	return close >= 0 && close < 40 && strings.Count(text, "(") >= 2
}

// echoed reports whether another original has a sentence close enough to
// statement i to have been aligned with it, had that sentence not joined
// another group.
func echoed(i int, sims simTable) bool {
	return sims.echoed[i]
}
