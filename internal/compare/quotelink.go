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
		for x, kx := range m {
			for _, ky := range m[x+1:] {
				qx, qy := items[kx], items[ky]
				if qx.art == qy.art || apart(qx, qy) {
					continue
				}
				i, okx := sharedHolder(qx, qy, byArt[qx.art], stmts)
				j, oky := sharedHolder(qy, qx, byArt[qy.art], stmts)
				if okx && oky && !stmts[i].boiler && !stmts[j].boiler {
					out = append(out, scoredPair{min(i, j), max(i, j), quoteLinkSim})
				}
			}
		}
	}
	return out
}

// apart reports whether two wordings of one quotation are different cuts
// of a passage, sharing little: no run of quoteMinWords and under half
// the shorter's words. The sentences holding them say different things.
func apart(a, b quoteItem) bool {
	if run, _ := longestRunAt(a.ids, b.ids); run >= quoteMinWords {
		return false
	}
	return 2*sharedCount(a.words, b.words) < min(len(a.words), len(b.words))
}

// sharedHolder finds the sentence, among cands, holding the words
// quotation q shares with other: where their longest common run starts,
// or where q starts when they share no run of quoteMinWords.
func sharedHolder(q, other quoteItem, cands []int, stmts []*statement) (int, bool) {
	run, end := longestRunAt(q.keys, other.keys)
	if run < quoteMinWords {
		return quoteHolder(q.keys, cands, stmts)
	}
	return quoteHolder(q.keys[end-run:end], cands, stmts)
}

// quoteHolder finds the sentence, among cands, in which the quoted words
// keys start: the first holding their opening words in order.
func quoteHolder(keys []string, cands []int, stmts []*statement) (int, bool) {
	head := keys[:min(len(keys), 4)]
	for _, i := range cands {
		toks := stmts[i].toks
		for s := 0; s+len(head) <= len(toks); s++ {
			ok := true
			for k, h := range head {
				if toks[s+k].Key != h {
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
