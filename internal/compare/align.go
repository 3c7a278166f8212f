package compare

import (
	"cmp"
	"math"
	mathbits "math/bits"
	"slices"
	"sort"
)

// Alignment thresholds: a pair of sentences is a candidate when its
// similarity reaches pairMin, and two groups merge when the average
// similarity between their sentences reaches linkMin. A pair at least
// extraMin close that alignment left in two groups is a statement of its
// own, and a sentence with one of another article at least echoMin close
// is never an exclusive.
const (
	simFloor = 0.1
	pairMin  = 0.2
	linkMin  = 0.15
	extraMin = 0.25
	echoMin  = pairMin
)

// A sentence holding a name no other article writes reports something
// of its own unless a sentence of another article comes ownNameSlack
// closer than echoMin to it: the shared words of a sentence with a new
// name are more often the story's common ground than its claim.
const ownNameSlack = 0.1

// A sentence of another original counts as close to a statement, for
// the exclusives the reports list, only when the two share at least
// closeMinShared terms: one shared word ("school") is the story's common
// ground more often than a claim told twice.
const closeMinShared = 2

// echoNeed is the similarity a sentence of another article needs to
// keep st from being an exclusive.
func echoNeed(st *statement) float64 {
	if st.ownName {
		return echoMin + ownNameSlack
	}
	return echoMin
}

// markOwnNames marks the statements holding a name that no other article
// of the story writes.
func markOwnNames(stmts []*statement) {
	arts := map[string]int{} // name -> the article writing it, or -1 when several do
	for _, st := range stmts {
		for _, n := range st.names {
			if a, ok := arts[n]; !ok {
				arts[n] = st.art
			} else if a != st.art {
				arts[n] = -1
			}
		}
	}
	for _, st := range stmts {
		for _, n := range st.names {
			if arts[n] == st.art {
				st.ownName = true
				break
			}
		}
	}
}

// keepShare is how close to a sentence's closest in another article a
// pair must come to stay a candidate: a sentence may carry two claims of
// another article's, or one claim twice (as a paraphrase and as the
// quotation it sums up), so its runner-up counts when nearly as close.
const keepShare = 0.8

// group is a set of aligned statements, at most one per article.
type group struct {
	members []int // statement indices, in story order
	roots   []int // distinct originals carrying it
	best    int   // statement with the best wording
	score   float64
}

// weighTerms turns term counts into unit tf-idf vectors sorted by term,
// idf taken over the story's statements.
func weighTerms(stmts []*statement, nTerms int) {
	df := make([]int, nTerms)
	for _, st := range stmts {
		for _, tw := range st.vec {
			df[tw.term]++
		}
	}
	n := float64(len(stmts))
	idf := make([]float64, nTerms)
	for t, d := range df {
		if d > 0 {
			idf[t] = math.Log(1 + n/float64(d))
		}
	}
	for _, st := range stmts {
		norm := 0.0
		for i, tw := range st.vec {
			tf := 1.0 // 1 + log 1
			if tw.w != 1 {
				tf = 1 + math.Log(tw.w)
			}
			w := tf * idf[tw.term]
			st.vec[i].w = w
			norm += w * w
		}
		norm = math.Sqrt(norm)
		for i := range st.vec {
			if norm > 0 {
				st.vec[i].w /= norm
			}
		}
		sortByTerm(st.vec)
	}
}

// sortByTerm sorts a vector of distinct terms by term. A sentence's
// terms mostly come in the order the story first used them, so a short
// vector is sorted by insertion.
func sortByTerm(v []termWeight) {
	if len(v) > 32 {
		slices.SortFunc(v, func(a, b termWeight) int { return cmp.Compare(a.term, b.term) })
		return
	}
	for i := 1; i < len(v); i++ {
		for j := i; j > 0 && v[j].term < v[j-1].term; j-- {
			v[j], v[j-1] = v[j-1], v[j]
		}
	}
}

// similarity scores how far two statements say the same thing: the
// content-word cosine, raised when their names and figures agree and when
// both lead their articles.
func similarity(a, b *statement, dot float64) float64 {
	s := dot
	if len(a.nameIDs) > 0 && len(b.nameIDs) > 0 {
		shared := 0
		for _, x := range a.nameIDs {
			for _, y := range b.nameIDs {
				if x == y {
					shared++
					break
				}
			}
		}
		s += 0.1 * float64(shared) / float64(max(len(a.nameIDs), len(b.nameIDs)))
	}
	for _, x := range a.numbers {
		for _, y := range b.numbers {
			switch {
			case x.value == y.value && x.key == y.key:
				s += 0.05
			case closeCounts(x, y):
				s += 0.15 // one count of people, reported differently
			}
		}
	}
	if a.pos < alignLeadShare && b.pos < alignLeadShare {
		s += alignLeadBonus // leads report the story's core event
	}
	return min(s, 1)
}

// Sentences both in the first alignLeadShare of their articles are raised by
// alignLeadBonus.
const (
	alignLeadShare = 0.2
	alignLeadBonus = 0.1
)

// simTable holds the similarities at or above simFloor between
// statements: for every statement its later neighbours, sorted by index,
// and whether a statement of another original is close enough to it to
// have been aligned with it.
type simTable struct {
	later  [][]neighbour
	echoed []bool
	linked []bool // a sentence of another article is at least echoMin close
	// closest is, for every statement, the similarity of the closest
	// sentence of another original sharing closeMinShared terms with it
	// (0 below simFloor).
	closest []float64
}

type neighbour struct {
	j   int
	sim float64
}

// get returns the similarity of statements i and j, 0 below simFloor.
func (t simTable) get(i, j int) float64 {
	if i > j {
		i, j = j, i
	}
	row := t.later[i]
	k := sort.Search(len(row), func(x int) bool { return row[x].j >= j })
	if k < len(row) && row[k].j == j {
		return row[k].sim
	}
	return 0
}

// scoredPair is a candidate alignment.
type scoredPair struct {
	i, j int
	sim  float64
}

// similarities computes, through an inverted index, the similarity of
// every pair of statements from different articles that share a term,
// keeping those at or above simFloor.
func similarities(stmts []*statement, nTerms int) (simTable, []scoredPair) {
	type posting struct {
		i, art int
		w      float64
	}
	// The postings of term t are flat[first[t]:first[t+1]], in statement
	// order, all terms' in one block.
	first := make([]int, nTerms+1)
	for _, st := range stmts {
		for _, tw := range st.vec {
			first[tw.term+1]++
		}
	}
	for t := 0; t < nTerms; t++ {
		first[t+1] += first[t]
	}
	flat := make([]posting, first[nTerms])
	// later[t] is the first of term t's postings past the statement being
	// scored, which only moves on; while filling, the next free place.
	later := make([]int, nTerms)
	copy(later, first)
	for i, st := range stmts {
		for _, tw := range st.vec {
			flat[later[tw.term]] = posting{i, st.art, tw.w}
			later[tw.term]++
		}
	}
	copy(later, first)
	sims := simTable{later: make([][]neighbour, len(stmts)), echoed: make([]bool, len(stmts)), linked: make([]bool, len(stmts)), closest: make([]float64, len(stmts))}
	var pairs []scoredPair
	acc := make([]float64, len(stmts))
	shared := make([]uint16, len(stmts))          // terms statement i shares with each, beside acc
	touched := make([]uint64, (len(stmts)+63)/64) // bit set of the statements acc holds
	var row, arena []neighbour
	for i, st := range stmts {
		for _, tw := range st.vec {
			k, end := later[tw.term], first[tw.term+1]
			for k < end && flat[k].i <= i {
				k++
			}
			later[tw.term] = k
			for _, p := range flat[k:end] {
				if p.art == st.art {
					continue
				}
				touched[p.i>>6] |= 1 << (p.i & 63)
				acc[p.i] += tw.w * p.w
				shared[p.i]++
			}
		}
		row = row[:0]
		for w := (i + 1) >> 6; w < len(touched); w++ { // in index order
			for bits := touched[w]; bits != 0; bits &= bits - 1 {
				j := w<<6 + mathbits.TrailingZeros64(bits)
				s := similarity(st, stmts[j], acc[j])
				acc[j] = 0
				nShared := shared[j]
				shared[j] = 0
				if s < simFloor {
					continue
				}
				row = append(row, neighbour{j, s})
				echoI, echoJ := s >= echoNeed(st), s >= echoNeed(stmts[j])
				sims.linked[i] = sims.linked[i] || echoI
				sims.linked[j] = sims.linked[j] || echoJ
				if s >= pairMin {
					pairs = append(pairs, scoredPair{i, j, s})
				}
				if stmts[j].root != st.root {
					sims.echoed[i] = sims.echoed[i] || echoI && s >= pairMin
					sims.echoed[j] = sims.echoed[j] || echoJ && s >= pairMin
					if nShared >= closeMinShared {
						sims.closest[i] = max(sims.closest[i], s)
						sims.closest[j] = max(sims.closest[j], s)
					}
				}
			}
			touched[w] = 0
		}
		if len(row) == 0 {
			continue
		}
		// Rows are carved from blocks rather than grown one by one; each
		// block is twice the last, up to 4096 neighbours.
		if cap(arena)-len(arena) < len(row) {
			arena = make([]neighbour, 0, max(min(4096, 2*cap(arena)+len(stmts)), len(row)))
		}
		start := len(arena)
		arena = append(arena, row...)
		sims.later[i] = arena[start:len(arena):len(arena)]
	}
	pairs = keepBest(stmts, pairs)
	slices.SortFunc(pairs, byCloseness)
	return sims, pairs
}

// keepBest keeps the candidate pairs in which one sentence is the
// other's closest in its article, or nearly (keepShare): a sentence says
// a thing once or twice in an article, so a pair no side comes near
// preferring is an echo of a better one.
func keepBest(stmts []*statement, pairs []scoredPair) []scoredPair {
	nArts := 0
	for _, st := range stmts {
		nArts = max(nArts, st.art+1)
	}
	best := make([]float64, len(stmts)*nArts) // statement, other article -> closest
	for _, p := range pairs {
		a, b := p.i*nArts+stmts[p.j].art, p.j*nArts+stmts[p.i].art
		best[a] = max(best[a], p.sim)
		best[b] = max(best[b], p.sim)
	}
	kept := pairs[:0]
	for _, p := range pairs {
		if p.sim >= keepShare*best[p.i*nArts+stmts[p.j].art] || p.sim >= keepShare*best[p.j*nArts+stmts[p.i].art] {
			kept = append(kept, p)
		}
	}
	return kept
}

// byCloseness orders candidate pairs closest first, then by index.
func byCloseness(a, b scoredPair) int {
	// Similarities are never NaN, so plain comparisons order them.
	switch {
	case a.sim > b.sim:
		return -1
	case a.sim < b.sim:
		return 1
	case a.i != b.i:
		return a.i - b.i
	}
	return a.j - b.j
}

// addLinks raises the similarity of linked sentences and merges them into
// the candidate pairs, kept in order.
func addLinks(stmts []*statement, sims simTable, pairs, links []scoredPair) []scoredPair {
	if len(links) == 0 {
		return pairs
	}
	for _, l := range links {
		sims.raise(l.i, l.j, l.sim)
		sims.linked[l.i], sims.linked[l.j] = true, true
		if stmts[l.i].root != stmts[l.j].root {
			sims.echoed[l.i], sims.echoed[l.j] = true, true
		}
	}
	slices.SortFunc(links, byCloseness)
	merged := make([]scoredPair, 0, len(pairs)+len(links))
	for len(pairs) > 0 && len(links) > 0 {
		if byCloseness(links[0], pairs[0]) < 0 {
			merged, links = append(merged, links[0]), links[1:]
		} else {
			merged, pairs = append(merged, pairs[0]), pairs[1:]
		}
	}
	merged = append(merged, pairs...)
	return append(merged, links...)
}

// alignStatements groups statements that say the same thing: pairs are
// taken best first, and two groups merge when they share no article and
// their average similarity reaches linkMin.
func alignStatements(stmts []*statement, sims simTable, pairs []scoredPair) []*group {
	groupOf := make([]int, len(stmts))
	members := make([][]int, len(stmts))
	for i := range stmts {
		groupOf[i] = i
		members[i] = []int{i}
	}
	for _, p := range pairs {
		gi, gj := groupOf[p.i], groupOf[p.j]
		if gi == gj || shareArticle(stmts, members[gi], members[gj]) {
			continue
		}
		total := 0.0
		for _, a := range members[gi] {
			for _, b := range members[gj] {
				total += sims.get(a, b)
			}
		}
		if total/float64(len(members[gi])*len(members[gj])) < linkMin {
			continue
		}
		for _, b := range members[gj] {
			groupOf[b] = gi
		}
		members[gi] = append(members[gi], members[gj]...)
		members[gj] = nil
	}
	var groups []*group
	for _, m := range members {
		if len(m) == 0 {
			continue
		}
		sort.Ints(m)
		g := &group{members: m}
		seen := map[int]bool{}
		for _, i := range m {
			if r := stmts[i].root; !seen[r] {
				seen[r] = true
				g.roots = append(g.roots, r)
			}
		}
		sort.Ints(g.roots)
		groups = append(groups, g)
	}
	return groups
}

func shareArticle(stmts []*statement, a, b []int) bool {
	for _, x := range a {
		for _, y := range b {
			if stmts[x].art == stmts[y].art {
				return true
			}
		}
	}
	return false
}
