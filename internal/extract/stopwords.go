package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// stopWords are common English function words. Their density tells running
// prose ("the talks were held in the capital") from labels and link lists
// ("World News Sports Weather").
var stopWords = toSet(`a about above after again against all also am an and any are as at
be because been before being below between both but by can could did do does doing down
during each few for from further had has have having he her here hers herself him himself
his how i if in into is it its itself just me more most my myself no nor not now of off on
once only or other our ours ourselves out over own same she should so some such than that
the their theirs them themselves then there these they this those through to too under until
up very was we were what when where which while who whom why will with would you your yours
yourself yourselves said says may might must shall since though yet upon per via`)

func toSet(words string) map[string]bool {
	set := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		set[w] = true
	}
	return set
}

// pageFunctionWords is how many of a page's most frequent short words are
// taken as its function words.
const pageFunctionWords = 25

// pageStopWords returns the English stop words together with the function
// words of the page's own language: the short lower-case words its longer
// lines use most ("di", "la", "und", "der"). Prose in any language that
// writes words apart is dense in them; menus and headlines are not.
func pageStopWords(texts []string) map[string]bool {
	count := make(map[string]int)
	for _, t := range texts {
		if utf8.RuneCountInString(t) < 40 {
			continue
		}
		for _, w := range tokens(t) {
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.IsLower(r) && utf8.RuneCountInString(w) <= 4 {
				count[w]++
			}
		}
	}
	words := make([]string, 0, len(count))
	for w, n := range count {
		if n >= 3 {
			words = append(words, w)
		}
	}
	sort.Slice(words, func(i, j int) bool {
		if count[words[i]] != count[words[j]] {
			return count[words[i]] > count[words[j]]
		}
		return words[i] < words[j]
	})
	set := make(map[string]bool, len(stopWords)+pageFunctionWords)
	for w := range stopWords {
		set[w] = true
	}
	for _, w := range words[:min(len(words), pageFunctionWords)] {
		set[strings.ToLower(w)] = true
	}
	return set
}
