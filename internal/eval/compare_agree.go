package eval

import (
	"fmt"

	"github.com/newsfold/newsfold/internal/news"
)

// CompareAgreement scores a second hand alignment of gold stories against
// the first, the way newsfold's alignment is scored: how far two people
// agree on which statements say the same thing and which only one article
// carries. Every story of second must be in gold with the same statements
// (ids, articles and texts). Quotations are not scored (their counts stay
// zero): the labels say which statements align, not how quotations are
// merged.
func CompareAgreement(gold, second []CompareGold) (CompareReport, error) {
	rep := CompareReport{Scored: "second"}
	byID := map[string]*CompareGold{}
	for i := range gold {
		byID[gold[i].Story] = &gold[i]
	}
	for _, s := range second {
		g, ok := byID[s.Story]
		if !ok {
			return rep, fmt.Errorf("eval compare: story %s of the second alignment is not in the gold", s.Story)
		}
		if err := sameStatements(*g, s); err != nil {
			return rep, fmt.Errorf("eval compare: story %s: %w", s.Story, err)
		}
		sc := ScoreCompare(*g, labelledStory(s))
		sc.Quotes, sc.QuotesMerged, sc.Unmerged = 0, 0, nil
		rep.Stories = append(rep.Stories, sc)
		rep.Total.Add(sc.CompareCounts)
	}
	return rep, nil
}

// sameStatements reports an error unless a and b split the story into
// the same statements.
func sameStatements(a, b CompareGold) error {
	if len(a.Statements) != len(b.Statements) {
		return fmt.Errorf("%d statements in the gold, %d in the second alignment", len(a.Statements), len(b.Statements))
	}
	for i, st := range a.Statements {
		if b.Statements[i] != st {
			return fmt.Errorf("statement %d differs: gold %s %q, second %s %q", i, st.ID, st.Text, b.Statements[i].ID, b.Statements[i].Text)
		}
	}
	return nil
}

// labelledStory turns a hand alignment into the story newsfold would have
// given had it aligned the same way: a statement group for each group,
// and every statement in no group and not boilerplate an exclusive.
func labelledStory(g CompareGold) *news.Story {
	text := map[string]GoldStatement{}
	for _, st := range g.Statements {
		text[st.ID] = st
	}
	s := &news.Story{}
	for _, grp := range g.Groups {
		var sg news.StatementGroup
		for _, id := range grp {
			st := text[id]
			sg.Sentences = append(sg.Sentences, news.Sentence{Article: st.Article, Text: st.Text})
		}
		s.Statements = append(s.Statements, sg)
	}
	_, exclusive := g.roles()
	for _, st := range g.Statements {
		if exclusive[st.ID] {
			s.Exclusives = append(s.Exclusives, news.Exclusive{Article: st.Article, Text: st.Text})
		}
	}
	return s
}
