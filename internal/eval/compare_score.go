package eval

import (
	"path"
	"sort"
	"strings"
	"unicode"

	"github.com/newsfold/newsfold/internal/news"
)

// CompareCounts are the raw counts behind the statement-alignment,
// exclusive and quotation scores; counts add up across stories.
type CompareCounts struct {
	GoldPairs, PredPairs, BothPairs int // pairs of aligned statements
	GoldExcl, PredExcl, BothExcl    int // exclusive statements
	Quotes, QuotesMerged            int // quotations several articles carry, and those merged
	// ShownExcl counts the exclusives the reports list (a few an article,
	// most important first), ShownBoth those of them the gold has too.
	ShownExcl, ShownBoth int
}

// Add adds o's counts to c.
func (c *CompareCounts) Add(o CompareCounts) {
	c.GoldPairs += o.GoldPairs
	c.PredPairs += o.PredPairs
	c.BothPairs += o.BothPairs
	c.GoldExcl += o.GoldExcl
	c.PredExcl += o.PredExcl
	c.BothExcl += o.BothExcl
	c.Quotes += o.Quotes
	c.QuotesMerged += o.QuotesMerged
	c.ShownExcl += o.ShownExcl
	c.ShownBoth += o.ShownBoth
}

// AlignP, AlignR and AlignF1 score the aligned pairs.
func (c CompareCounts) AlignP() float64  { return ratio(c.BothPairs, c.PredPairs) }
func (c CompareCounts) AlignR() float64  { return ratio(c.BothPairs, c.GoldPairs) }
func (c CompareCounts) AlignF1() float64 { return harmonic(c.AlignP(), c.AlignR()) }

// ExclP, ExclR and ExclF1 score the exclusive statements.
func (c CompareCounts) ExclP() float64  { return ratio(c.BothExcl, c.PredExcl) }
func (c CompareCounts) ExclR() float64  { return ratio(c.BothExcl, c.GoldExcl) }
func (c CompareCounts) ExclF1() float64 { return harmonic(c.ExclP(), c.ExclR()) }

// ShownP is the precision of the exclusives the reports list.
func (c CompareCounts) ShownP() float64 { return ratio(c.ShownBoth, c.ShownExcl) }

// QuoteMerge is the share of shared quotations merged into one entry.
func (c CompareCounts) QuoteMerge() float64 { return ratio(c.QuotesMerged, c.Quotes) }

// ratio is n/d, and 1 when there is nothing to find (d == 0).
func ratio(n, d int) float64 {
	if d == 0 {
		return 1
	}
	return float64(n) / float64(d)
}

func harmonic(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// CompareStoryScore is one gold story's outcome, with the statements
// behind every error for reading.
type CompareStoryScore struct {
	Story string
	CompareCounts
	Unmapped   int         // predicted sentences no gold statement matches
	MissedPair [][2]string // gold pairs newsfold did not align (statement texts)
	FalsePair  [][2]string // pairs newsfold aligned that the gold does not
	MissedExcl []string    // gold exclusives newsfold aligned or dropped
	FalseExcl  []string    // newsfold's exclusives the gold aligns
	Unmerged   []string    // shared quotations not merged, by one statement
}

// ScoreCompare scores a story newsfold compared (with every exclusive
// listed, see compare.Options) against its gold. Boilerplate statements
// count on neither side.
func ScoreCompare(g CompareGold, s *news.Story) CompareStoryScore {
	out := CompareStoryScore{Story: g.Story}
	m := newStatementMap(g)
	boiler, goldExcl := g.roles()

	gold := map[[2]string]bool{}
	for _, grp := range g.Groups {
		addPairs(gold, grp, m, boiler)
	}
	pred := map[[2]string]bool{}
	for _, sg := range s.Statements {
		var ids []string
		for _, sen := range sg.Sentences {
			id := m.find(sen.Article, sen.Text)
			if id == "" {
				out.Unmapped++
				continue
			}
			ids = append(ids, id)
		}
		addPairs(pred, ids, m, boiler)
	}
	out.GoldPairs, out.PredPairs = len(gold), len(pred)
	for _, p := range sortedPairs(gold) {
		if pred[p] {
			out.BothPairs++
		} else {
			out.MissedPair = append(out.MissedPair, [2]string{m.text[p[0]], m.text[p[1]]})
		}
	}
	for _, p := range sortedPairs(pred) {
		if !gold[p] {
			out.FalsePair = append(out.FalsePair, [2]string{m.text[p[0]], m.text[p[1]]})
		}
	}

	predExcl := map[string]bool{}
	for _, e := range s.Exclusives {
		if id := m.find(e.Article, e.Text); id != "" && !boiler[id] {
			predExcl[id] = true
		} else if id == "" {
			out.Unmapped++
		}
	}
	out.GoldExcl, out.PredExcl = len(goldExcl), len(predExcl)
	for _, st := range g.Statements {
		switch {
		case goldExcl[st.ID] && predExcl[st.ID]:
			out.BothExcl++
		case goldExcl[st.ID]:
			out.MissedExcl = append(out.MissedExcl, st.ID+" "+st.Text)
		case predExcl[st.ID]:
			out.FalseExcl = append(out.FalseExcl, st.ID+" "+st.Text)
		}
	}

	seenQuote := map[string]bool{}
	for _, grp := range g.Groups {
		shared := sharedQuote(grp, m)
		key := strings.Join(shared, " ")
		if len(shared) < 2 || seenQuote[key] {
			continue
		}
		seenQuote[key] = true
		out.Quotes++
		if quoteMerged(shared, m, s.Quotes) {
			out.QuotesMerged++
		} else {
			out.Unmerged = append(out.Unmerged, m.text[shared[0]])
		}
	}
	return out
}

// roles gives, by statement id, the statements that carry no reporting
// (boilerplate) and those only their article carries (in no group and
// not boilerplate): the gold's exclusives.
func (g CompareGold) roles() (boiler, exclusive map[string]bool) {
	boiler = map[string]bool{}
	for _, id := range g.Boilerplate {
		boiler[id] = true
	}
	grouped := map[string]bool{}
	for _, grp := range g.Groups {
		for _, id := range grp {
			grouped[id] = true
		}
	}
	exclusive = map[string]bool{}
	for _, st := range g.Statements {
		if !grouped[st.ID] && !boiler[st.ID] {
			exclusive[st.ID] = true
		}
	}
	return boiler, exclusive
}

// ScoreShown counts the exclusives a report lists for a story and those
// of them the gold calls exclusive; a sentence no gold statement matches,
// or gold boilerplate, counts as listed wrongly.
func ScoreShown(g CompareGold, shown []news.Exclusive) (listed, right int) {
	m := newStatementMap(g)
	_, exclusive := g.roles()
	for _, e := range shown {
		listed++
		if id := m.find(e.Article, e.Text); exclusive[id] {
			right++
		}
	}
	return listed, right
}

// addPairs adds every unordered pair of non-boilerplate statements of
// different articles among ids.
func addPairs(set map[[2]string]bool, ids []string, m *statementMap, boiler map[string]bool) {
	for i, a := range ids {
		for _, b := range ids[i+1:] {
			if boiler[a] || boiler[b] || m.article[a] == m.article[b] {
				continue
			}
			if b < a {
				a, b = b, a
			}
			set[[2]string{a, b}] = true
		}
	}
}

func sortedPairs(set map[[2]string]bool) [][2]string {
	out := make([][2]string, 0, len(set))
	for p := range set {
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i][0] != out[j][0] {
			return out[i][0] < out[j][0]
		}
		return out[i][1] < out[j][1]
	})
	return out
}

// statementMap finds the gold statement a predicted sentence stands for.
type statementMap struct {
	article map[string]string   // statement id -> gold article id
	text    map[string]string   // statement id -> text
	byArt   map[string][]string // gold article id -> its statement ids, in order
	words   map[string][]string // statement id -> its distinct words
	norm    map[string]string   // statement id -> normalised text
	goldArt map[string]string   // gold article id, also without extension -> gold article id
}

func newStatementMap(g CompareGold) *statementMap {
	m := &statementMap{
		article: map[string]string{}, text: map[string]string{}, byArt: map[string][]string{},
		words: map[string][]string{}, norm: map[string]string{}, goldArt: map[string]string{},
	}
	for _, a := range g.Articles {
		m.goldArt[a] = a
		m.goldArt[trimExt(a)] = a
	}
	for _, st := range g.Statements {
		m.article[st.ID] = st.Article
		m.text[st.ID] = st.Text
		m.byArt[st.Article] = append(m.byArt[st.Article], st.ID)
		w := wordsOf(st.Text)
		m.words[st.ID] = distinct(w)
		m.norm[st.ID] = strings.Join(w, " ")
	}
	return m
}

// goldArticle gives the gold id of a predicted article id, which may
// carry a file extension the gold leaves off or the reverse.
func (m *statementMap) goldArticle(id string) string {
	if a, ok := m.goldArt[id]; ok {
		return a
	}
	return m.goldArt[trimExt(id)]
}

func trimExt(id string) string { return strings.TrimSuffix(id, path.Ext(id)) }

// find gives the gold statement of article art whose normalised text
// equals text's, else the one sharing the most words with text when that
// is at least half the statement's words; "" when none.
func (m *statementMap) find(art, text string) string {
	ga := m.goldArticle(art)
	if ga == "" {
		return ""
	}
	w := wordsOf(text)
	norm := strings.Join(w, " ")
	for _, id := range m.byArt[ga] {
		if m.norm[id] == norm {
			return id
		}
	}
	have := map[string]bool{}
	for _, x := range w {
		have[x] = true
	}
	best, bestShare := "", 0.0
	for _, id := range m.byArt[ga] {
		gw := m.words[id]
		if len(gw) == 0 {
			continue
		}
		n := 0
		for _, x := range gw {
			if have[x] {
				n++
			}
		}
		if share := float64(n) / float64(len(gw)); share >= 0.5 && share > bestShare {
			best, bestShare = id, share
		}
	}
	return best
}

// wordsOf lower-cases text and splits it into runs of letters and digits.
func wordsOf(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

func distinct(w []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range w {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}
