package entity

import (
	"strings"

	"github.com/newsfold/newsfold/internal/news"
)

// MergeStory gives the same entity the same canonical name across the
// articles of one story: a person one article names only by surname takes
// the full name another article gives ("Roe" becomes "Jane Roe"), and the
// forms of one full name ("Jane Roe", "Jane Q. Roe") take the one most of
// the story's articles write, the longer when as many write each. Quote
// speakers are renamed with their entities. A renamed entity keeps the
// name its own article writes in ArticleName, and a story merged again
// (with articles added) is named afresh from those names. Names typed
// with other apostrophes or dashes take the form most articles write.
func MergeStory(arts []*news.Article) {
	// The full names of people across the story, with how many articles
	// write each.
	var full []storyName
	at := map[string]int{}
	for _, a := range arts {
		if a == nil {
			continue
		}
		seen := map[string]bool{}
		for _, e := range a.Entities {
			own := ownName(e)
			if e.Type != news.Person || !strings.Contains(own, " ") || seen[own] {
				continue
			}
			seen[own] = true
			i, ok := at[own]
			if !ok {
				i = len(full)
				at[own] = i
				full = append(full, storyName{words: strings.Fields(own)})
			}
			full[i].articles++
		}
	}
	for _, a := range arts {
		if a == nil {
			continue
		}
		var renames map[string]string
		for i := range a.Entities {
			e := &a.Entities[i]
			if e.Type != news.Person {
				continue
			}
			own := ownName(*e)
			to := storyFormOf(strings.Fields(own), full)
			if to == "" {
				to = own
			}
			if to != e.Name {
				if renames == nil {
					renames = map[string]string{}
				}
				renames[e.Name] = to
				rename(e, to)
			}
		}
		if len(renames) == 0 {
			continue
		}
		mergeSameName(a)
		for i := range a.Quotes {
			if to, ok := renames[a.Quotes[i].Speaker]; ok {
				a.Quotes[i].Speaker = to
			}
		}
	}
	unifySpellings(arts)
}

// ownName returns the name e's own article writes: a story merged before
// may have renamed it.
func ownName(e news.Entity) string {
	if e.ArticleName != "" {
		return e.ArticleName
	}
	return e.Name
}

// rename gives e the story's name to, keeping in ArticleName the name
// the article itself writes when that differs.
func rename(e *news.Entity, to string) {
	own := ownName(*e)
	e.Name = to
	e.ArticleName = ""
	if own != to {
		e.ArticleName = own
	}
}

// storyName is a person's full name as the story's articles write it.
type storyName struct {
	words    []string
	articles int // how many articles write it
}

// storyFormOf returns the story's name for the person words names: of
// the full names sharing its surname (and first name, when words has
// one), the one most articles write, the longest when as many write each;
// "" when there is none or their first names disagree.
func storyFormOf(words []string, full []storyName) string {
	if len(words) == 0 {
		return ""
	}
	last := stripParticle(words[len(words)-1])
	var best *storyName
	for i := range full {
		f := &full[i]
		if stripParticle(f.words[len(f.words)-1]) != last {
			continue
		}
		if len(words) > 1 && f.words[0] != words[0] {
			continue
		}
		if best != nil && !sameFirst(best.words, f.words) {
			return ""
		}
		if best == nil || f.articles > best.articles || (f.articles == best.articles && len(f.words) > len(best.words)) {
			best = f
		}
	}
	if best == nil {
		return ""
	}
	return strings.Join(best.words, " ")
}

func sameFirst(a, b []string) bool { return a[0] == b[0] }

// mergeSameName joins entities of one type that ended up with one name,
// keeping the first and its mentions.
func mergeSameName(a *news.Article) {
	at := map[string]int{}
	out := a.Entities[:0]
	for _, e := range a.Entities {
		k := string(e.Type) + "\x00" + e.Name
		if i, ok := at[k]; ok {
			for _, m := range e.Mentions {
				if !contains(out[i].Mentions, m) {
					out[i].Mentions = append(out[i].Mentions, m)
				}
			}
			continue
		}
		at[k] = len(out)
		out = append(out, e)
	}
	a.Entities = out
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// unifySpellings gives names of one type that differ only in how their
// apostrophes, quotation marks and dashes are typed ("St Anne’s Church",
// "St Anne's Church") one form across the story: the form most articles
// write, the first written when as many write each. Quote speakers follow.
func unifySpellings(arts []*news.Article) {
	type form struct {
		name     string
		articles int
	}
	forms := map[string][]form{} // by type and folded name, in order first written
	for _, a := range arts {
		if a == nil {
			continue
		}
		seen := map[string]bool{}
		for _, e := range a.Entities {
			cur := spelledName(e)
			if seen[string(e.Type)+"\x00"+cur] {
				continue
			}
			seen[string(e.Type)+"\x00"+cur] = true
			k := string(e.Type) + "\x00" + foldMarks(cur)
			fs := forms[k]
			i := 0
			for i < len(fs) && fs[i].name != cur {
				i++
			}
			if i == len(fs) {
				fs = append(fs, form{name: cur})
			}
			fs[i].articles++
			forms[k] = fs
		}
	}
	for _, a := range arts {
		if a == nil {
			continue
		}
		var renames map[string]string
		for i := range a.Entities {
			e := &a.Entities[i]
			fs := forms[string(e.Type)+"\x00"+foldMarks(spelledName(*e))]
			if len(fs) < 2 {
				continue
			}
			best := fs[0]
			for _, f := range fs[1:] {
				if f.articles > best.articles {
					best = f
				}
			}
			if best.name == e.Name {
				continue
			}
			if renames == nil {
				renames = map[string]string{}
			}
			if e.Type == news.Person {
				renames[e.Name] = best.name
			}
			rename(e, best.name)
		}
		if renames == nil {
			continue
		}
		mergeSameName(a)
		for i := range a.Quotes {
			if to, ok := renames[a.Quotes[i].Speaker]; ok {
				a.Quotes[i].Speaker = to
			}
		}
	}
}

// spelledName is the name e goes by before spellings are unified: the
// story's name for a person (set by MergeStory just before), the name its
// own article writes for anything else, so that a story merged again is
// unified afresh.
func spelledName(e news.Entity) string {
	if e.Type == news.Person {
		return e.Name
	}
	return ownName(e)
}

// foldMarks writes typographic apostrophes, quotation marks and dashes
// as their plain forms.
func foldMarks(s string) string {
	return markFolder.Replace(s)
}

var markFolder = strings.NewReplacer("’", "'", "‘", "'", "ʼ", "'", "“", "\"", "”", "\"", "–", "-", "—", "-", "‐", "-")
