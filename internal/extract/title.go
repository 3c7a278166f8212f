package extract

import "strings"

// Title finder tuning.
const (
	// titleWindow is how many lines before the body are searched for the
	// headline.
	titleWindow   = 15
	titleMinWords = 2
	titleMaxWords = 30
)

// findTitle returns the page's headline: a short line standing shortly
// before the body that reads as a headline, not a label, byline, stamp or
// sentence. A headline the page shows twice, or glued after breadcrumbs in
// one line and alone in the next, is preferred; so is the nearest one.
func findTitle(ls []line, bodyStart int, keep []bool) string {
	best, bestScore := "", 0.0
	from := max(0, bodyStart-titleWindow)
	for i := from; i < bodyStart || (i < len(ls) && i < bodyStart+2 && !keep[i]); i++ {
		l := ls[i]
		if !titleLike(l) {
			continue
		}
		score := 10 - 0.5*float64(abs(bodyStart-i))
		if l.repeats > 1 || (i > 0 && len(ls[i-1].text) > len(l.text) && strings.HasSuffix(ls[i-1].text, l.text)) {
			score += 4
		}
		if l.capped*2 > l.words {
			score += 2
		}
		if score > bestScore {
			best, bestScore = l.text, score
		}
	}
	return best
}

// titleLike reports whether a line may be a headline.
func titleLike(l line) bool {
	if l.words < titleMinWords || l.words > titleMaxWords || l.furn || l.teaser {
		return false
	}
	t := strings.TrimSpace(l.text)
	if strings.HasSuffix(t, ".") || strings.HasSuffix(t, ":") || strings.HasSuffix(t, ",") {
		return false
	}
	if isBylineLine(t) || hasDateline(t) {
		return false
	}
	return l.capped > 0 || l.lower == 0
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// findByline returns the byline standing near the start of the body and
// the index of its line, or -1. A lone "By" followed by the names on the
// next line counts.
func findByline(ls []line, start, end int) (names string, at int) {
	for i := max(0, start-titleWindow); i < min(len(ls), start+3, end); i++ {
		t := ls[i].text
		if strings.EqualFold(strings.TrimSpace(t), "by") && i+1 < len(ls) {
			if n, ok := parseByline("By " + ls[i+1].text); ok {
				return n, i + 1
			}
			continue
		}
		if n, ok := parseByline(t); ok {
			return n, i
		}
	}
	return "", -1
}
