package entity

import (
	"strings"

	"github.com/newsfold/newsfold/internal/news"
)

// MergeStory gives the same entity the same canonical name across the
// articles of one story: a person one article names only by surname takes
// the full name another article gives ("Roe" becomes "Jane Roe"), and a
// full name takes the longest form of it ("Jane Roe" becomes "Jane Q.
// Roe"). Quote speakers are renamed with their entities.
func MergeStory(arts []*news.Article) {
	// The fullest names of people across the story.
	var full [][]string
	for _, a := range arts {
		if a == nil {
			continue
		}
		for _, e := range a.Entities {
			if e.Type == news.Person && strings.Contains(e.Name, " ") {
				full = append(full, strings.Fields(e.Name))
			}
		}
	}
	if len(full) == 0 {
		return
	}
	for _, a := range arts {
		if a == nil {
			continue
		}
		renames := map[string]string{}
		for i := range a.Entities {
			e := &a.Entities[i]
			if e.Type != news.Person {
				continue
			}
			if to := fullerName(strings.Fields(e.Name), full); to != "" && to != e.Name {
				renames[e.Name] = to
				e.Name = to
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
}

// fullerName returns the story's fullest name that words shortens: one
// sharing its surname (and first name, when words has one), with the most
// words; "" when there is none or the candidates disagree.
func fullerName(words []string, full [][]string) string {
	if len(words) == 0 {
		return ""
	}
	last := stripParticle(words[len(words)-1])
	var best []string
	ambiguous := false
	for _, f := range full {
		if stripParticle(f[len(f)-1]) != last || len(f) < len(words) {
			continue
		}
		if len(words) > 1 && f[0] != words[0] {
			continue
		}
		switch {
		case best == nil || len(f) > len(best):
			if best != nil && !sameFirst(best, f) {
				ambiguous = true
			}
			best = f
		case !sameFirst(best, f):
			ambiguous = true
		}
	}
	if best == nil || ambiguous {
		return ""
	}
	return strings.Join(best, " ")
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
