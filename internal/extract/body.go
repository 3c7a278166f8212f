package extract

import "strings"

// gapScale sets how fast a run of non-prose lines grows in cost with its
// length: a run costing c counts as c·(1+|c|/gapScale). A crosshead or an
// advertisement slot inside an article costs little; a block of sharing
// buttons, tags and "related" links costs far more than its lines.
const gapScale = 15.0

// run is a maximal run of lines whose scores share a sign.
type run struct {
	start, end int // [start, end) over the page's lines
	value      float64
}

// findBody picks the article body among a flattened page's lines: lines
// are scored (prose for, everything else against), runs of non-prose lines
// cost more than their sum the longer they are, and the body is the
// stretch of runs with the highest total. It returns the half-open range
// [start, end) of lines, with ok false when the page holds no prose.
func findBody(ls []line) (start, end int, ok bool) {
	runs := scoreRuns(scoreLines(ls))
	best, cur := 0.0, 0.0
	curStart := 0
	for i, r := range runs {
		if cur <= 0 {
			cur, curStart = 0, i
		}
		cur += r.value
		if cur > best && r.value > 0 {
			best, start, end = cur, runs[curStart].start, r.end
		}
	}
	if best <= 0 {
		return 0, 0, false
	}
	return start, end, true
}

// scoreRuns groups scores into runs of prose (positive) and gaps (zero or
// negative), pricing each gap by its length.
func scoreRuns(score []float64) []run {
	var runs []run
	for i, s := range score {
		pos := s > 0
		if n := len(runs); n > 0 && (runs[n-1].value > 0) == pos {
			runs[n-1].value += s
			runs[n-1].end = i + 1
			continue
		}
		runs = append(runs, run{start: i, end: i + 1, value: s})
	}
	for i := range runs {
		if v := runs[i].value; v <= 0 {
			runs[i].value = v * (1 - v/gapScale)
		}
	}
	return runs
}

// listLookahead is how many lines past the body a line introducing a list
// ("Tour dates:") may stand.
const listLookahead = 2

// extendList carries the body's end past a list the article introduces
// with a colon, such as a schedule or a list of points, up to the next
// furniture line. Lists of short items score as labels, so the body finder
// stops before them.
func extendList(ls []line, end int) int {
	intro := -1
	for i := end - 1; i < min(len(ls), end+listLookahead); i++ {
		if i < 0 || ls[i].kind == kindBad {
			break
		}
		if strings.HasSuffix(ls[i].text, ":") {
			intro = i
		}
	}
	if intro < 0 {
		return end
	}
	j := intro + 1
	for j < len(ls) && ls[j].kind != kindBad && !commentsHeading.MatchString(ls[j].text) {
		j++
	}
	if j == intro+1 {
		return end
	}
	return j
}
