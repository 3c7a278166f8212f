package compare

import (
	"sort"
	"strings"

	"github.com/newsfold/newsfold/internal/news"
)

// Summary selection: relevance against redundancy (maximal marginal
// relevance), and the longest sentence a summary may take.
const (
	mmrLambda       = 0.55
	maxSummaryWords = 60
	summaryTarget   = 3
	leadBonus       = 0.3
	// maxHeadlineWords bounds a lead sentence taken whole as a headline.
	maxHeadlineWords = 16
)

// summarize chooses 2 to 4 statement groups that cover what most articles
// agree on, by maximal marginal relevance over the groups' best wordings,
// and writes them in reading order.
func summarize(groups []*group, stmts []*statement, nRoots int) []*statement {
	var cands []*group
	var rel []float64
	top := 0.0
	for _, g := range groups {
		if !summaryWorthy(stmts[g.best]) {
			continue
		}
		r := g.score
		for _, i := range g.members {
			if stmts[i].rank <= 1 {
				r += leadBonus // news leads summarise
				break
			}
		}
		cands = append(cands, g)
		rel = append(rel, r)
		top = max(top, r)
	}
	if len(cands) == 0 {
		return nil
	}
	var chosen []*group
	used := make([]bool, len(cands))
	for len(chosen) < MaxSummarySentences {
		bestIdx, bestVal := -1, -1e9
		for i, g := range cands {
			if used[i] {
				continue
			}
			red := 0.0
			for _, c := range chosen {
				red = max(red, dot(stmts[g.best].vec, stmts[c.best].vec))
			}
			v := mmrLambda*rel[i]/top - (1-mmrLambda)*red
			if v > bestVal {
				bestIdx, bestVal = i, v
			}
		}
		if bestIdx < 0 {
			break
		}
		g := cands[bestIdx]
		if len(chosen) >= summaryTarget && (len(g.roots) < 2 || nRoots < 3) {
			break
		}
		used[bestIdx] = true
		chosen = append(chosen, g)
	}
	sort.SliceStable(chosen, func(i, j int) bool { return meanPos(chosen[i], stmts) < meanPos(chosen[j], stmts) })
	out := make([]*statement, len(chosen))
	for i, g := range chosen {
		out[i] = stmts[g.best]
	}
	return out
}

func meanPos(g *group, stmts []*statement) float64 {
	p := 0.0
	for _, i := range g.members {
		p += stmts[i].pos
	}
	return p / float64(len(g.members))
}

func dot(a, b []termWeight) float64 {
	s := 0.0
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].term == b[j].term:
			s += a[i].w * b[j].w
			i++
			j++
		case a[i].term < b[j].term:
			i++
		default:
			j++
		}
	}
	return s
}

// summaryWorthy reports whether a sentence can stand in a summary on its
// own: no furniture, no quotation fragment, no first or second person
// outside quotes, no pronoun or connective pointing back to a sentence
// the reader has not seen.
func summaryWorthy(st *statement) bool {
	if !usable(st) || st.content < 5 || st.words > maxSummaryWords || messy(st.text) {
		return false
	}
	if st.quoteShare > 0.3 || strings.Count(st.text, "“") != strings.Count(st.text, "”") || strings.Count(st.text, "\"")%2 != 0 {
		return false
	}
	toks := st.toks
	if len(toks) == 0 || danglingOpeners[toks[0].Key] {
		return false
	}
	in := false
	for _, t := range toks {
		opens, closes := quoteMarks(t.Raw)
		if opens {
			in = !in || closes
		}
		if !in && personalPronouns[t.Key] {
			return false
		}
		if closes {
			in = false
		}
	}
	return true
}

// quoteMarks reports whether s holds an opening or straight double
// quotation mark, and whether it holds a closing one.
func quoteMarks(s string) (opens, closes bool) {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '"':
			opens = true
		case 0xE2: // the lead byte of “ and ”, never inside another character
			opens = opens || strings.HasPrefix(s[i:], "“")
			closes = closes || strings.HasPrefix(s[i:], "”")
		}
	}
	return opens, closes
}

var danglingOpeners = toSet(`he she it they this that these those his her its their him them but and or also
however meanwhile still yet so then there here such`)

var personalPronouns = toSet(`i i'm i've i'd i'll me my mine we we're we've we'd we'll our ours you you're
you've you'd you'll your yours`)

// headline picks the title most central to the story: the one sharing
// the most words with the other titles and with the story's main
// statements. Without titles it takes the best short lead sentence.
func headline(arts []*news.Article, roots []int, groups []*group, stmts []*statement, summary []*statement) string {
	core := map[string]float64{}
	for i, g := range groups {
		if i == 5 {
			break
		}
		for k := range stemsOf(stmts[g.best].toks) {
			core[k] += float64(len(g.roots))
		}
	}
	type cand struct {
		text  string
		stems map[string]bool
	}
	var cands []cand
	for i, a := range arts {
		t := collapse(a.Title)
		if roots[i] != i || !usableTitle(t) {
			continue
		}
		cands = append(cands, cand{t, stemSet(t)})
	}
	best, bestScore := "", -1.0
	for i, c := range cands {
		s := 0.0
		for j, o := range cands {
			if i != j {
				shared := 0
				for k := range c.stems {
					if o.stems[k] {
						shared++
					}
				}
				if n := min(len(c.stems), len(o.stems)); n > 0 {
					s += float64(shared) / float64(n)
				}
			}
		}
		// The weights are whole numbers, summed exactly in any order, so
		// near ties break the same way on every run.
		weight := 0.0
		for k := range c.stems {
			weight += core[k]
		}
		s += 0.1 * weight / float64(len(c.stems))
		if s > bestScore {
			best, bestScore = c.text, s
		}
	}
	if best != "" {
		return best
	}
	if len(summary) > 0 {
		// The summary opens with the story's lead.
		return headlineOf(summary[0].text)
	}
	for _, st := range stmts {
		if !st.boiler {
			return headlineOf(st.text)
		}
	}
	return ""
}

// asides open the clauses a headline made from a sentence leaves out:
// relative clauses and appositions set off by commas.
var asides = []string{"which ", "who ", "whom ", "whose ", "where ", "when ", "a ", "an ", "the ", "including ", "according "}

// headlineOf makes a headline of a lead sentence: the sentence without its
// asides between commas, cut to maxHeadlineWords words.
func headlineOf(sentence string) string {
	parts := strings.Split(sentence, ",")
	var b strings.Builder
	b.WriteString(parts[0])
	dropped := false
	for i := 1; i < len(parts); i++ {
		if i < len(parts)-1 && isAside(parts[i]) {
			dropped = true
			continue
		}
		if !dropped {
			// The comma stays only between clauses that both remain.
			b.WriteString(",")
		}
		b.WriteString(parts[i])
		dropped = false
	}
	words := strings.Fields(b.String())
	if len(words) <= maxHeadlineWords {
		return strings.Join(words, " ")
	}
	return strings.TrimRight(strings.Join(words[:maxHeadlineWords], " "), ",;:") + " …"
}

// isAside reports whether a clause between commas opens as an aside does.
func isAside(clause string) bool {
	lower := strings.ToLower(strings.TrimSpace(clause))
	for _, a := range asides {
		if strings.HasPrefix(lower, a) {
			return true
		}
	}
	return false
}

// usableTitle reports whether a title can head the story: a few words,
// not a navigation line.
func usableTitle(t string) bool {
	if len(strings.Fields(t)) < 3 {
		return false
	}
	lower := strings.ToLower(t)
	for _, p := range navigationPhrases {
		if strings.Contains(lower, p) {
			return false
		}
	}
	return true
}
