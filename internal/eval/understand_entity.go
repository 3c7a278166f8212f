package eval

import "github.com/newsfold/newsfold/internal/news"

// understandEntityKey is an entity as compared: normalised name and type.
type understandEntityKey struct {
	name string
	typ  news.EntityType
}

func understandEntitySet(ents []news.Entity, only news.EntityType) map[understandEntityKey]bool {
	set := map[understandEntityKey]bool{}
	for _, e := range ents {
		if only != "" && e.Type != only {
			continue
		}
		if n := understandName(understandOwnName(e)); n != "" {
			set[understandEntityKey{n, e.Type}] = true
		}
	}
	return set
}

// understandOwnName is the name e's article writes itself: its
// ArticleName when the story renamed it, else its Name.
func understandOwnName(e news.Entity) string {
	if e.ArticleName != "" {
		return e.ArticleName
	}
	return e.Name
}

func (s *UnderstandScores) understandEntities(g UnderstandGold, a *news.Article) {
	for _, only := range []news.EntityType{"", news.Person} {
		gs, ps := understandEntitySet(g.Entities, only), understandEntitySet(a.Entities, only)
		shared := 0
		for k := range gs {
			if ps[k] {
				shared++
			}
		}
		if only == news.Person {
			s.GoldPersons += len(gs)
			s.PredPersons += len(ps)
			s.MatchedPersons += shared
		} else {
			s.GoldEntities += len(gs)
			s.PredEntities += len(ps)
			s.MatchedEntities += shared
		}
	}
}

func (s *UnderstandScores) understandAliases(g UnderstandGold, a *news.Article) {
	predNames := make([]map[string]bool, len(a.Entities))
	for i, e := range a.Entities {
		predNames[i] = understandEntityNames(e)
	}
	for _, e := range g.Entities {
		if e.Type != news.Person {
			continue
		}
		mentions := map[string]bool{}
		for _, m := range e.Mentions {
			if n := understandName(m); n != "" {
				mentions[n] = true
			}
		}
		if len(mentions) < 2 {
			continue
		}
		s.AliasPersons++
		for _, names := range predNames {
			if understandAll(mentions, names) {
				s.MergedPersons++
				break
			}
		}
	}
}

// understandAll reports whether every key of want is in have.
func understandAll(want, have map[string]bool) bool {
	for k := range want {
		if !have[k] {
			return false
		}
	}
	return true
}
