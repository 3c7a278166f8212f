package eval

// ClusterScores are the scores of a predicted grouping of articles into
// stories against a gold grouping: BCubed precision, recall and F1
// (Bagga & Baldwin 1998), pairwise precision, recall and F1 (as in
// Miranda et al. 2018), and the counts they rest on.
type ClusterScores struct {
	BCubedP, BCubedR, BCubedF1 float64
	PairP, PairR, PairF1       float64
	GoldStories, PredStories   int
	Articles                   int
}

// ScoreClusters scores pred against gold, both mapping an article ID to a
// story label. Only articles in both are scored: gold is restricted to the
// predicted IDs, as the reference scorer does.
func ScoreClusters(gold, pred map[string]string) ClusterScores {
	type cell struct{ g, p string }
	cells := map[cell]int{}
	goldSize := map[string]int{}
	predSize := map[string]int{}
	n := 0
	for id, p := range pred {
		g, ok := gold[id]
		if !ok {
			continue
		}
		n++
		cells[cell{g, p}]++
		goldSize[g]++
		predSize[p]++
	}
	s := ClusterScores{GoldStories: len(goldSize), PredStories: len(predSize), Articles: n}
	if n == 0 {
		return s
	}
	var tp, tpfp, tpfn int
	var bp, br float64
	for c, v := range cells {
		tp += clusterPairs(v)
		bp += float64(v*v) / float64(predSize[c.p])
		br += float64(v*v) / float64(goldSize[c.g])
	}
	for _, v := range predSize {
		tpfp += clusterPairs(v)
	}
	for _, v := range goldSize {
		tpfn += clusterPairs(v)
	}
	s.BCubedP, s.BCubedR = bp/float64(n), br/float64(n)
	s.BCubedF1 = clusterF1(s.BCubedP, s.BCubedR)
	if tpfp > 0 {
		s.PairP = float64(tp) / float64(tpfp)
	}
	if tpfn > 0 {
		s.PairR = float64(tp) / float64(tpfn)
	}
	s.PairF1 = clusterF1(s.PairP, s.PairR)
	return s
}

func clusterPairs(n int) int { return n * (n - 1) / 2 }

func clusterF1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
