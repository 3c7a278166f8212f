package compare

import "slices"

// quoteLinkSim is the similarity given to two sentences of different
// articles that carry one quotation: the same words in the same mouth
// are the same statement however the sentences around them differ.
const quoteLinkSim = 0.6

// quoteLinks returns, for every set of matched quotations carried by
// several articles, the pairs of sentences that hold them.
func quoteLinks(items []quoteItem, members [][]int, stmts []*statement) []scoredPair {
	byArt := map[int][]int{}
	for i, st := range stmts {
		byArt[st.art] = append(byArt[st.art], i)
	}
	var out []scoredPair
	for _, m := range members {
		if len(m) < 2 {
			continue
		}
		var holders []int
		for _, k := range m {
			if i, ok := quoteHolder(items[k], byArt[items[k].art], stmts); ok {
				holders = append(holders, i)
			}
		}
		for x, i := range holders {
			for _, j := range holders[x+1:] {
				if stmts[i].art != stmts[j].art && !stmts[i].boiler && !stmts[j].boiler {
					out = append(out, scoredPair{min(i, j), max(i, j), quoteLinkSim})
				}
			}
		}
	}
	return out
}

// quoteHolder finds the sentence, among cands, in which a quotation
// starts: the first holding its opening words in order.
func quoteHolder(q quoteItem, cands []int, stmts []*statement) (int, bool) {
	head := q.keys[:min(len(q.keys), 4)]
	for _, i := range cands {
		keys := stmts[i].toks
		for s := 0; s+len(head) <= len(keys); s++ {
			ok := true
			for k, h := range head {
				if keys[s+k].Key != h {
					ok = false
					break
				}
			}
			if ok {
				return i, true
			}
		}
	}
	return 0, false
}

// raise sets the similarity of statements i < j to at least s.
func (t simTable) raise(i, j int, s float64) {
	row := t.later[i]
	k, found := slices.BinarySearchFunc(row, j, func(n neighbour, j int) int { return n.j - j })
	if found {
		row[k].sim = max(row[k].sim, s)
		return
	}
	t.later[i] = slices.Insert(row[:len(row):len(row)], k, neighbour{j, s})
}
