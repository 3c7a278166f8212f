package compare

import "github.com/newsfold/newsfold/internal/news"

// maxCrossLinks bounds the pairs across groups a sentence joins.
const maxCrossLinks = 4

// statementGroups gives the groups two or more articles carry, most
// important first, each with every member's sentence.
func statementGroups(groups []*group, stmts []*statement, arts []*news.Article) []news.StatementGroup {
	var out []news.StatementGroup
	for _, g := range groups {
		if len(g.members) < 2 {
			continue
		}
		sg := news.StatementGroup{Text: stmts[g.best].text}
		for _, i := range g.members {
			sg.Sentences = append(sg.Sentences, news.Sentence{Article: arts[stmts[i].art].ID, Text: stmts[i].text})
		}
		out = append(out, sg)
	}
	return out
}

// allExclusives lists every statement that is not furniture and that no
// other article carries, most important first.
func allExclusives(groups []*group, stmts []*statement, sims simTable, arts []*news.Article) []news.Exclusive {
	var out []news.Exclusive
	for _, g := range groups {
		st := stmts[g.best]
		if len(g.members) != 1 || st.boiler || sims.linked[g.best] {
			continue
		}
		out = append(out, news.Exclusive{Article: arts[st.art].ID, Text: st.text})
	}
	return out
}

// crossLinks returns, as groups of two, the close pairs of sentences
// that alignment left in different groups: a sentence that joins two
// claims other articles carry apart stands in both. A sentence takes
// part in at most maxCrossLinks, its closest.
func crossLinks(groups []*group, stmts []*statement, pairs []scoredPair) []*group {
	groupOf := make([]int, len(stmts))
	for k, g := range groups {
		for _, i := range g.members {
			groupOf[i] = k
		}
	}
	var out []*group
	links := make([]uint8, len(stmts))
	for _, p := range pairs {
		if p.sim < extraMin {
			break // pairs come closest first
		}
		if groupOf[p.i] == groupOf[p.j] || links[p.i] >= maxCrossLinks || links[p.j] >= maxCrossLinks {
			continue
		}
		links[p.i]++
		links[p.j]++
		g := &group{members: []int{p.i, p.j}, best: p.i, score: p.sim}
		g.roots = []int{stmts[p.i].root}
		if r := stmts[p.j].root; r != g.roots[0] {
			g.roots = append(g.roots, r)
		}
		out = append(out, g)
	}
	return out
}
