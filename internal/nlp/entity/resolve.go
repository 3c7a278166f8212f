package entity

import (
	"slices"
	"strings"

	"github.com/newsfold/newsfold/internal/news"
)

// group is one entity of an article: the candidates that name it.
type group struct {
	typ   news.EntityType
	name  string
	words []string // the fullest name's words
	first int      // index of the first candidate, for ordering
}

// analysis is what the tagger finds in one article.
type analysis struct {
	cands   []candidate
	groupOf []int // candidate index -> group index, -1 when not an entity
	groups  []*group
}

// resolve groups the candidates into entities: a surname with the full
// name it shortens, every way of writing a place under its canonical name.
func resolve(cands []candidate) *analysis {
	an := &analysis{cands: cands, groupOf: make([]int, len(cands))}
	for i := range an.groupOf {
		an.groupOf[i] = -1
	}
	byKey := map[string]int{} // type + "\x00" + key -> group
	join := func(ci int, typ news.EntityType, key string) {
		k := string(typ) + "\x00" + key
		g, ok := byKey[k]
		if !ok {
			g = len(an.groups)
			an.groups = append(an.groups, &group{typ: typ, first: ci})
			byKey[k] = g
		}
		an.groupOf[ci] = g
	}
	// Full names of people, and organisations and places by their words.
	for ci := range cands {
		c := &cands[ci]
		switch {
		case c.typ == "-":
		case c.typ == news.Place:
			join(ci, news.Place, placeName(c.key()))
		case c.typ == news.Org || (c.typ == "" && c.orgHint):
			join(ci, news.Org, c.key())
		case len(c.words) >= 2:
			join(ci, news.Person, c.key())
		}
	}
	joinNamesakeOrgs(an, byKey)
	mergeFullNames(an, byKey)
	joinNicknames(an, byKey)
	surnames := an.surnameIndex()
	// One-word names: a surname, or a name with its own evidence.
	for pass := 0; pass < 2; pass++ {
		for ci := range cands {
			c := &cands[ci]
			if an.groupOf[ci] >= 0 || c.typ == "-" || len(c.words) != 1 {
				continue
			}
			if g := surnames.lookup(an, c.words[0], ci); g >= 0 {
				an.groupOf[ci] = g
				continue
			}
			key := c.words[0]
			if pass == 0 {
				switch {
				case c.strongPlace && c.typ == "" && !c.personHint && lex.places.Get(strings.ToLower(key)) == "" && lex.firstNames.Get(strings.ToLower(key)) != Unknown:
					join(ci, news.Place, key) // "near Austin": a town that is also a first name
				case c.typ == news.Person || (!c.doubtful && lex.firstNames.Get(strings.ToLower(key)) != Unknown):
					join(ci, news.Person, key)
				case c.personHint && (!c.doubtful || (c.speaks && !pluralNoun(key))):
					join(ci, news.Person, key)
				}
				continue
			}
			for _, typ := range [...]news.EntityType{news.Person, news.Org, news.Place} {
				if g, ok := byKey[string(typ)+"\x00"+key]; ok {
					an.groupOf[ci] = g
					break
				}
			}
			if an.groupOf[ci] < 0 && c.placeHint && !c.doubtful {
				// Only a name no other mention types: "in Roe" may be
				// said of a person named elsewhere.
				join(ci, news.Place, key)
			}
		}
	}
	an.dropUnevidenced()
	an.finish()
	return an
}

// joinNamesakeOrgs moves a name written elsewhere in the article as an
// organisation's ("Pell Tarrow, L.L.C." ... "dissolve Pell Tarrow") to that
// organisation when nothing says it is a person's.
func joinNamesakeOrgs(an *analysis, byKey map[string]int) {
	var moves map[int]int // person group -> organisation group
	for k, g := range byKey {
		name, ok := strings.CutPrefix(k, string(news.Person)+"\x00")
		if !ok {
			continue
		}
		if og, ok := byKey[string(news.Org)+"\x00"+name]; ok {
			if moves == nil {
				moves = map[int]int{}
			}
			moves[g] = og
		}
	}
	if len(moves) == 0 {
		return
	}
	for ci, g := range an.groupOf {
		if _, ok := moves[g]; ok && personEvidence(&an.cands[ci]) {
			delete(moves, g)
		}
	}
	for ci, g := range an.groupOf {
		if og, ok := moves[g]; ok {
			an.groupOf[ci] = og
			if ci < an.groups[og].first {
				an.groups[og].first = ci
			}
		}
	}
	for g := range moves {
		delete(byKey, string(news.Person)+"\x00"+an.cands[an.groups[g].first].key())
	}
}

// mergeFullNames joins full names that differ only by middle names or
// initials ("Jane Roe", "Jane Q. Roe") under the longer.
func mergeFullNames(an *analysis, byKey map[string]int) {
	people := []int{}
	for g, grp := range an.groups {
		if grp.typ == news.Person {
			people = append(people, g)
		}
	}
	byFirst := map[string][]int{}
	for _, g := range people {
		w := an.cands[an.groups[g].first].words[0]
		byFirst[w] = append(byFirst[w], g)
	}
	into := map[int]int{}
	for _, a := range people {
		wa := an.cands[an.groups[a].first].words
		for _, b := range byFirst[wa[0]] {
			wb := an.cands[an.groups[b].first].words
			if a == b || len(wb) <= len(wa) {
				continue
			}
			if wa[0] == wb[0] && (wa[len(wa)-1] == wb[len(wb)-1] || isInitial(wa[len(wa)-1])) {
				into[a] = b
				break
			}
		}
	}
	mergeNicknames(an, people, into)
	if len(into) == 0 {
		return
	}
	for ci, g := range an.groupOf {
		if g < 0 {
			continue
		}
		for {
			t, ok := into[g]
			if !ok {
				break
			}
			g = t
		}
		an.groupOf[ci] = g
		if an.groups[g].first > ci {
			an.groups[g].first = ci
		}
	}
	for k, g := range byKey {
		if t, ok := into[g]; ok {
			byKey[k] = t
		}
	}
}

// mergeNicknames joins a full name written with a short first name to the
// one written with the full first name: "Ed Roe" to "Edward Roe".
func mergeNicknames(an *analysis, people []int, into map[int]int) {
	bySurname := map[string][]int{}
	for _, g := range people {
		w := an.cands[an.groups[g].first].words
		if len(w) >= 2 {
			bySurname[w[len(w)-1]] = append(bySurname[w[len(w)-1]], g)
		}
	}
	for _, gs := range bySurname {
		for _, a := range gs {
			if _, done := into[a]; done {
				continue
			}
			fa := lower(an.cands[an.groups[a].first].words[0])
			for _, b := range gs {
				fb := lower(an.cands[an.groups[b].first].words[0])
				if a != b && fa != fb && slices.Contains(lex.nicknames.Get(fa), fb) {
					into[a] = b
					break
				}
			}
		}
	}
}

// surnameIndex lists, for each surname, the candidates that write a
// person's full name ending with it, in reading order.
type surnameIndex map[string][]int

func (an *analysis) surnameIndex() surnameIndex {
	idx := surnameIndex{}
	for cj, g := range an.groupOf {
		if g < 0 || an.groups[g].typ != news.Person {
			continue
		}
		ws := an.cands[cj].words
		for len(ws) > 2 && hasLower(nameSuffixes, ws[len(ws)-1]) {
			ws = ws[:len(ws)-1] // "Jane Roe Jr." is Roe
		}
		if len(ws) >= 2 {
			last := stripParticle(ws[len(ws)-1])
			idx[last] = append(idx[last], cj)
			if !isInitial(ws[0]) {
				idx["\x00"+ws[0]] = append(idx["\x00"+ws[0]], cj)
			}
			if nick := nickname(ws); nick != "" {
				idx["\x00"+nick] = append(idx["\x00"+nick], cj) // "Jo" for Jane "Jo" Roe
			}
		}
	}
	return idx
}

// lookup returns the person group whose full name ends with word, the one
// named most recently before candidate ci when several are, else the first;
// -1 when none.
func (idx surnameIndex) lookup(an *analysis, word string, ci int) int {
	list := idx[stripParticle(word)]
	if len(list) == 0 {
		// A first name alone: "Sandra" for "Sandra Roe".
		list = idx["\x00"+word]
	}
	if len(list) == 0 || hasLower(nameSuffixes, word) {
		return -1
	}
	k, _ := slices.BinarySearch(list, ci)
	if k > 0 {
		return an.groupOf[list[k-1]]
	}
	return an.groupOf[list[0]]
}

// stripParticle drops a name particle: "al-Hakim" -> "Hakim".
func stripParticle(w string) string {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return w // a particle is written in lower case
	}
	if i := strings.IndexAny(w, "-‐"); i > 0 && i <= 3 {
		return w[i+1:]
	}
	return w
}

// placeName is a place's canonical name.
func placeName(key string) string {
	if c := lex.places.Get(strings.ToLower(key)); c != "" {
		return c
	}
	return key
}

// finish names each group and lists its mentions, dropping groups no
// candidate remains in.
func (an *analysis) finish() {
	for ci, g := range an.groupOf {
		if g < 0 {
			continue
		}
		grp := an.groups[g]
		c := &an.cands[ci]
		if grp.first > ci {
			grp.first = ci
		}
		if len(c.words) > len(grp.words) || (len(c.words) == len(grp.words) && len(c.key()) > len(strings.Join(grp.words, " "))) {
			grp.words = c.words
		}
	}
	for _, grp := range an.groups {
		switch grp.typ {
		case news.Place:
			grp.name = placeName(strings.Join(grp.words, " "))
		default:
			grp.name = strings.Join(grp.words, " ")
		}
	}
}

// isInitial reports whether w is an initial such as "W.".
func isInitial(w string) bool { return len(w) == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z' }

// pluralNoun reports whether a capitalised word opening a sentence looks
// like a plural common noun ("Environmentalists said").
func pluralNoun(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us")
}
