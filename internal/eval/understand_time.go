package eval

import (
	"strings"

	"github.com/newsfold/newsfold/internal/news"
)

// understandTimeMatch rates how well a predicted time's text matches a
// gold time's: 3 for the same text (case and spacing aside), 2 when one
// text's words stand in a row within the other's, 1 when the predicted
// text holds at least half the gold's words, 0 for no match.
func understandTimeMatch(gold, pred string) int {
	gw, pw := understandWords(gold), understandWords(pred)
	switch {
	case understandName(gold) == understandName(pred) && strings.TrimSpace(pred) != "":
		return 3
	case len(gw) == 0 || len(pw) == 0:
		return 0
	case understandContains(gw, pw) || understandContains(pw, gw):
		return 2
	case understandOverlap(gw, pw) >= 0.5:
		return 1
	}
	return 0
}

// understandContains reports whether the words of part stand in a row
// within whole.
func understandContains(whole, part []string) bool {
	for i := 0; i+len(part) <= len(whole); i++ {
		j := 0
		for j < len(part) && whole[i+j] == part[j] {
			j++
		}
		if j == len(part) {
			return true
		}
	}
	return false
}

// understandMatchTimes pairs gold and predicted times one to one, in
// passes from the best kind of text match to the weakest: in each pass
// every gold time still unmatched, in order, takes the earliest unused
// predicted time that matches it that well. So an exact text is always
// preferred to a partial one. It returns, for each gold time, the index of
// its predicted time or -1.
func understandMatchTimes(gold []UnderstandTime, pred []news.TimeExpr) []int {
	match := make([]int, len(gold))
	for i := range match {
		match[i] = -1
	}
	used := make([]bool, len(pred))
	for rank := 3; rank >= 1; rank-- {
		for i, g := range gold {
			if match[i] >= 0 {
				continue
			}
			for j, p := range pred {
				if !used[j] && understandTimeMatch(g.Text, p.Text) >= rank {
					match[i], used[j] = j, true
					break
				}
			}
		}
	}
	return match
}
