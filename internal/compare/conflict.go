package compare

import (
	"math"
	"slices"
	"strings"

	"github.com/newsfold/newsfold/internal/news"
)

// Aligned sentences must be at least this similar before their figures
// or dates are compared; close counts of people need only be aligned.
const (
	conflictNumberSim = 0.45
	conflictDateSim   = 0.5
)

// conflicts finds slots that aligned sentences of different originals
// (in a group, or a close pair across groups) fill differently: a figure counting the same thing, or the calendar
// date of the same event; and titles given as former in one article and
// current in another.
func conflicts(groups []*group, stmts []*statement, sims simTable, arts []*news.Article) []news.Conflict {
	var out []news.Conflict
	seen := map[string]bool{}
	add := func(c news.Conflict) {
		key := c.About
		for _, v := range c.Values {
			key += "\x00" + v.Article + "\x00" + v.Text
		}
		if !seen[key] {
			seen[key] = true
			out = append(out, c)
		}
	}
	for _, g := range groups {
		if len(g.roots) < 2 {
			continue
		}
		for _, c := range numberConflicts(g, stmts, sims, arts) {
			add(c)
		}
		if c, ok := dateConflict(g, stmts, sims, arts); ok {
			add(c)
		}
	}
	roots := articleRoots(arts)
	if !slices.ContainsFunc(roots, func(r int) bool { return r != roots[0] }) {
		return out // one original: a title cannot be given two ways
	}
	return append(out, titleConflicts(arts, roots, titledParagraphs(arts, stmts))...)
}

// titledParagraphs marks, article by article, the paragraphs a sentence
// of which may hold a title word. Every word of a paragraph stands in
// one of its sentences or in a dateline stripped from one, so a
// paragraph left unmarked holds no title word.
func titledParagraphs(arts []*news.Article, stmts []*statement) [][]bool {
	titled := make([][]bool, len(arts))
	for i, a := range arts {
		titled[i] = make([]bool, len(a.Paragraphs))
	}
	for _, st := range stmts {
		if st.titled {
			titled[st.art][st.para] = true
		}
	}
	return titled
}

// maxFigures is the most figures a sentence may hold for its figures to
// be compared; sentences listing more are tallies, not one slot.
const maxFigures = 2

// numberConflicts compares the figures of a group's sentences, noun by noun.
func numberConflicts(g *group, stmts []*statement, sims simTable, arts []*news.Article) []news.Conflict {
	var keys []string
	for x, i := range g.members {
		for _, j := range g.members[x+1:] {
			a, b := stmts[i], stmts[j]
			if a.root == b.root || !namesMeet(a, b) {
				continue
			}
			sim := sims.get(i, j)
			for _, sa := range a.numbers {
				sb, ok := comparableSlot(b, sa.key)
				if !ok || sim < conflictNumberSim && !(sim >= pairMin && closeCounts(sa, sb)) {
					continue
				}
				if _, ok := comparableSlot(a, sa.key); !ok || rangesMeet(sa, sb) || hasValue(a.numbers, sb.value) || hasValue(b.numbers, sa.value) {
					continue
				}
				if !containsString(keys, sa.key) {
					keys = append(keys, sa.key)
				}
			}
		}
	}
	var out []news.Conflict
	for _, k := range keys {
		c := news.Conflict{}
		values := map[float64]bool{}
		for _, i := range g.members {
			st := stmts[i]
			s, ok := comparableSlot(st, k)
			if !ok {
				continue
			}
			if c.About == "" {
				c.About = slotName(s)
			}
			values[s.value] = true
			c.Values = append(c.Values, news.ConflictValue{Article: arts[st.art].ID, Text: st.text})
		}
		if len(values) >= 2 {
			out = append(out, c)
		}
	}
	return out
}

// comparableSlot returns the sentence's figure counting key when the
// sentence holds few figures, only this one counts its noun, and the noun
// counts something that does not grow with time or name a place.
func comparableSlot(st *statement, key string) (numberSlot, bool) {
	if len(st.numbers) > maxFigures {
		return numberSlot{}, false
	}
	s, ok := onlySlot(st.numbers, key)
	if !ok || identifierNouns[s.noun] || (timeUnits[s.noun] && !s.eventBefore) {
		return numberSlot{}, false
	}
	for _, o := range st.numbers {
		if o.noun == s.noun && o.key != s.key {
			return numberSlot{}, false
		}
	}
	return s, true
}

// rangesMeet reports whether two hedged figures can both be true. Two
// approximations meet only when nearly equal.
func rangesMeet(a, b numberSlot) bool {
	if a.approx && b.approx {
		return math.Abs(a.value-b.value) <= approxSame*max(a.value, b.value)
	}
	return a.lo <= b.hi && b.lo <= a.hi
}

// namesMeet reports whether two sentences can be about the same people:
// the people the articles' entities find in them overlap (or one names
// no one), and when both open with a name, each name is found in the
// other sentence.
func namesMeet(a, b *statement) bool {
	if !overlapOrEmpty(a.people, b.people) {
		return false
	}
	if a.opener != "" && b.opener != "" && a.opener != b.opener {
		return containsString(b.names, a.opener) || containsString(a.names, b.opener)
	}
	return true
}

// closeCounts reports whether two figures count people to whom the same
// thing happened ("about 120 residents were evacuated", "140 people were
// evacuated") and stand close enough (within peopleRatio) to be two
// reports of one count rather than counts of two events: aligned
// sentences giving them conflict even when worded apart.
func closeCounts(a, b numberSlot) bool {
	if !strings.HasPrefix(a.key, "people/") || a.event == "" || a.key != b.key || a.value <= 0 || b.value <= 0 {
		return false
	}
	return max(a.value, b.value) <= peopleRatio*min(a.value, b.value)
}

// peopleRatio is how far apart two counts of people may stand and still
// be two reports of one count.
const peopleRatio = 1.5

func slotName(s numberSlot) string {
	switch {
	case strings.HasPrefix(s.key, "people/"):
		return "number of people"
	case strings.HasPrefix(s.noun, "amount"):
		return "amount"
	case s.noun == "percent":
		return "percentage"
	}
	return "number of " + s.label
}

// onlySlot returns the slot counting key when there is exactly one.
func onlySlot(slots []numberSlot, key string) (numberSlot, bool) {
	var found numberSlot
	n := 0
	for _, s := range slots {
		if s.key == key {
			found = s
			n++
		}
	}
	return found, n == 1
}

func hasValue(slots []numberSlot, v float64) bool {
	for _, s := range slots {
		if s.value == v {
			return true
		}
	}
	return false
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// dateConflict compares the written dates of a group's closely aligned
// sentences that each give exactly one.
func dateConflict(g *group, stmts []*statement, sims simTable, arts []*news.Article) (news.Conflict, bool) {
	found := false
	for x, i := range g.members {
		for _, j := range g.members[x+1:] {
			a, b := stmts[i], stmts[j]
			if a.root == b.root || len(a.dates) != 1 || len(b.dates) != 1 || sims.get(i, j) < conflictDateSim {
				continue
			}
			if datesDiffer(a.dates[0], b.dates[0]) {
				found = true
			}
		}
	}
	if !found {
		return news.Conflict{}, false
	}
	c := news.Conflict{About: "date of " + eventPhrase(stmts[g.best].text)}
	for _, i := range g.members {
		if st := stmts[i]; len(st.dates) == 1 {
			c.Values = append(c.Values, news.ConflictValue{Article: arts[st.art].ID, Text: st.text})
		}
	}
	return c, true
}

func datesDiffer(a, b news.Date) bool {
	if a.Month != b.Month || a.Day != b.Day {
		return true
	}
	return a.Year != 0 && b.Year != 0 && a.Year != b.Year
}

// eventPhrase shortens a sentence to its first words, for a label.
func eventPhrase(s string) string {
	f := strings.Fields(s)
	if len(f) > 8 {
		return strings.Join(f[:8], " ") + " …"
	}
	return strings.TrimRight(s, ".")
}

// overlapOrEmpty reports whether a and b share a name or one is empty.
func overlapOrEmpty(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	for _, x := range a {
		if containsString(b, x) {
			return true
		}
	}
	return false
}
