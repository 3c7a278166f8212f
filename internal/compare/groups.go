package compare

import "github.com/newsfold/newsfold/internal/news"

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
func allExclusives(groups []*group, stmts []*statement, arts []*news.Article) []news.Exclusive {
	var out []news.Exclusive
	for _, g := range groups {
		st := stmts[g.best]
		if len(g.members) != 1 || st.boiler {
			continue
		}
		out = append(out, news.Exclusive{Article: arts[st.art].ID, Text: st.text})
	}
	return out
}
