package entity

import "github.com/newsfold/newsfold/internal/news"

// Mention is one place in an article's body where an entity is named.
type Mention struct {
	Paragraph  int
	Start, End int // byte offsets of the name in the paragraph, titles left out
	// TitleStart is where a title written against the name starts
	// ("Mr." in "Mr. Roe"); Start when there is none.
	TitleStart int
	Name       string // the entity's canonical name, as in Article.Entities
	Type       news.EntityType
	Gender     Gender
	// Role is a lower-case role noun written with the name: a title
	// ("spokesman Jane Roe") or an apposition ("Jane Roe, the spokesman").
	Role string
}

// Locate returns where the body names the article's entities, in reading
// order. It reads a.Entities for the canonical names, so it gives the names
// MergeStory chose when run after it; names not among a.Entities are left
// out. Gender comes from titles ("Mrs.") or a common first name.
func Locate(a *news.Article) []Mention {
	an := analyze("", a.Paragraphs)
	nameOf := make(map[string]int, len(a.Entities)*3)
	for i, e := range a.Entities {
		for _, m := range e.Mentions {
			if _, ok := nameOf[m]; !ok {
				nameOf[m] = i
			}
		}
	}
	out := make([]Mention, 0, len(an.cands))
	for ci, g := range an.groupOf {
		c := &an.cands[ci]
		if g < 0 || c.para < 0 {
			continue
		}
		e, ok := nameOf[c.text]
		if !ok {
			continue
		}
		grp := an.groups[g]
		gender := grp.gender
		if gender == Unknown {
			gender = FirstNameGender(firstWord(a.Entities[e].Name))
		}
		out = append(out, Mention{
			Paragraph: c.para, Start: c.start, End: c.end, TitleStart: c.surfStart,
			Name: a.Entities[e].Name, Type: a.Entities[e].Type, Gender: gender, Role: c.role,
		})
	}
	// Candidates come in reading order except heading lines, which are
	// added last; put them back in place.
	sortMentions(out)
	return out
}

func firstWord(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			return s[:i]
		}
	}
	return s
}

func sortMentions(ms []Mention) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && before(ms[j], ms[j-1]); j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

func before(a, b Mention) bool {
	if a.Paragraph != b.Paragraph {
		return a.Paragraph < b.Paragraph
	}
	return a.Start < b.Start
}
