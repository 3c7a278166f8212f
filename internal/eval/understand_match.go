package eval

import (
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/newsfold/newsfold/internal/news"
)

// understandWords splits text into words: lower-cased runs of letters and
// digits, accents dropped. Everything else separates words.
func understandWords(text string) []string {
	return strings.FieldsFunc(understandFold(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// understandFold lower-cases text and drops its accents ("Zoë" and "zoe"
// agree).
func understandFold(text string) string {
	decomposed := norm.NFD.String(strings.ToLower(text))
	return strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Mn, r) {
			return -1
		}
		return r
	}, decomposed)
}

// understandOverlap is the share of gold's words that pred also has,
// counting repeated words as often as both have them (multiset
// intersection over gold's word count); 0 when gold has no words.
func understandOverlap(gold, pred []string) float64 {
	if len(gold) == 0 {
		return 0
	}
	have := map[string]int{}
	for _, w := range pred {
		have[w]++
	}
	shared := 0
	for _, w := range gold {
		if have[w] > 0 {
			have[w]--
			shared++
		}
	}
	return float64(shared) / float64(len(gold))
}

// understandApostrophes makes curly apostrophes straight.
var understandApostrophes = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u02bc", "'")

// understandName normalises a name for comparison: case and accents
// folded, whitespace folded, a leading "the " dropped, curly apostrophes
// made straight.
func understandName(s string) string {
	s = understandApostrophes.Replace(s)
	s = strings.Join(strings.Fields(understandFold(s)), " ")
	return strings.TrimPrefix(s, "the ")
}

// understandQuotePair is a gold quote and a predicted one that overlap
// enough to match.
type understandQuotePair struct {
	gold, pred int
	overlap    float64
}

// understandMatchQuotes pairs gold and predicted quotes one to one: every
// pair whose predicted text holds at least half the gold's words is a
// candidate, and candidates are taken greedily by overlap, highest first
// (ties in gold then predicted order). It returns, for each gold quote,
// the index of its predicted quote or -1.
func understandMatchQuotes(gold, pred []news.Quote) []int {
	predWords := make([][]string, len(pred))
	for j, p := range pred {
		predWords[j] = understandWords(p.Text)
	}
	var pairs []understandQuotePair
	for i, g := range gold {
		gw := understandWords(g.Text)
		for j := range pred {
			if o := understandOverlap(gw, predWords[j]); o >= 0.5 {
				pairs = append(pairs, understandQuotePair{i, j, o})
			}
		}
	}
	sort.SliceStable(pairs, func(a, b int) bool { return pairs[a].overlap > pairs[b].overlap })
	match := make([]int, len(gold))
	for i := range match {
		match[i] = -1
	}
	used := make([]bool, len(pred))
	for _, p := range pairs {
		if match[p.gold] < 0 && !used[p.pred] {
			match[p.gold] = p.pred
			used[p.pred] = true
		}
	}
	return match
}

// understandSameSpeaker reports whether a predicted speaker names the
// gold speaker: a gold null speaker wants none; otherwise the names agree
// when normalised, or the predicted name is the name or a mention of the
// gold entity the gold speaker names, or one name's words end the other's
// ("Okafor" and "Adaeze Okafor"), or the shorter name's words, two or
// more, are the longer's first and last with any between them in order
// (a middle initial or nickname added: "Adaeze Okafor" and "Adaeze N.
// Okafor").
func understandSameSpeaker(gold, pred string, goldEntities []news.Entity) bool {
	g, p := understandName(gold), understandName(pred)
	if g == "" || p == "" {
		return g == p
	}
	if g == p {
		return true
	}
	for _, e := range goldEntities {
		names := understandEntityNames(e)
		if names[g] && names[p] {
			return true
		}
	}
	gw, pw := understandWords(g), understandWords(p)
	return understandSuffix(gw, pw) || understandInner(gw, pw)
}

// understandEntityNames is the set of an entity's normalised names (the
// story's and its article's) and mentions.
func understandEntityNames(e news.Entity) map[string]bool {
	names := map[string]bool{understandName(e.Name): true}
	if e.ArticleName != "" {
		names[understandName(e.ArticleName)] = true
	}
	for _, m := range e.Mentions {
		names[understandName(m)] = true
	}
	return names
}

// understandSuffix reports whether the shorter of two non-empty word
// lists ends the longer.
func understandSuffix(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	tail := b[len(b)-len(a):]
	for i := range a {
		if a[i] != tail[i] {
			return false
		}
	}
	return true
}

// understandInner reports whether the shorter of two word lists, of at
// least two words, starts and ends as the longer does and has its other
// words in order in between.
func understandInner(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < 2 || a[0] != b[0] || a[len(a)-1] != b[len(b)-1] {
		return false
	}
	j := 1
	for _, w := range b[1 : len(b)-1] {
		if j < len(a)-1 && w == a[j] {
			j++
		}
	}
	return j == len(a)-1
}
