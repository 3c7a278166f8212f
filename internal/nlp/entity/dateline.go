package entity

import (
	"strings"

	"github.com/newsfold/newsfold/internal/news"
)

// withDateline adds the places of an article's dateline, which extraction
// takes out of the body, to its entities: "KARLSTAD, Sweden" names Karlstad
// and Sweden. A place the body names too gains the dateline's spelling as a
// mention; the others come first, as the dateline opens the article.
func withDateline(ents []news.Entity, dl *news.Dateline) []news.Entity {
	if dl == nil || dl.Place == "" {
		return ents
	}
	var front []news.Entity
	for _, part := range strings.Split(dl.Place, ",") {
		written := strings.TrimSpace(part)
		if written == "" || len(written) > 60 {
			continue
		}
		name := datelinePlaceName(written)
		if i := placeIndex(ents, name); i >= 0 {
			if !contains(ents[i].Mentions, written) {
				ents[i].Mentions = append(ents[i].Mentions, written)
			}
			continue
		}
		if placeIndex(front, name) >= 0 {
			continue
		}
		front = append(front, news.Entity{Name: name, Type: news.Place, Mentions: []string{written}})
	}
	if len(front) == 0 {
		return ents
	}
	return append(front, ents...)
}

// datelinePlaceName is the canonical name of a place as a dateline writes
// it, often in capitals: "WASHINGTON" -> "Washington", "U.S." -> "United
// States".
func datelinePlaceName(written string) string {
	key := strings.ToLower(written)
	if c := lex.places.Get(key); c != "" {
		return c
	}
	if c := lex.places.Get(strings.TrimSuffix(key, ".")); c != "" {
		return c
	}
	if strings.ToUpper(written) != written {
		return written
	}
	words := strings.Fields(written)
	for i, w := range words {
		words[i] = titleWord(w)
	}
	return strings.Join(words, " ")
}

// placeIndex returns the index of the place named name in ents, -1 when
// there is none.
func placeIndex(ents []news.Entity, name string) int {
	for i, e := range ents {
		if e.Type == news.Place && strings.EqualFold(e.Name, name) {
			return i
		}
	}
	return -1
}
