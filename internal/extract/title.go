package extract

import (
	"math"
	"regexp"
	"strings"
)

// Title finder tuning.
const (
	// titleWindow is how many lines before the body are searched for the
	// headline.
	titleWindow   = 15
	titleMinWords = 2
	titleMaxWords = 22
)

// findTitle returns the page's headline: a line standing shortly before
// the body that reads as a headline, not a label, byline, stamp or
// sentence. Longer lines are preferred to short labels, nearer ones to
// farther, and a headline the page shows again (in a breadcrumb, a
// document title) to one it shows once; a line of fewer than
// titleLabelWords words must be shown again to count at all.
//
// A headline set just above a longer line that also reads as one is the
// headline of a standfirst: the headline comes first, the standfirst
// after it. findTitle returns the headline's line index, or -1.
func findTitle(ls []line, bodyStart int, keep []bool) (string, int) {
	best, bestScore := -1, math.Inf(-1)
	from := max(0, bodyStart-titleWindow)
	for i := from; i < bodyStart || (i < len(ls) && i < bodyStart+2 && !keep[i]); i++ {
		l := ls[i]
		if !titleLike(l) {
			continue
		}
		again := shownAgain(ls, i)
		if l.words < titleLabelWords && !again {
			continue
		}
		score := 0.6*float64(min(l.words, 12)) - 0.3*float64(abs(bodyStart-i))
		if again {
			score += 5
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	if best < 0 {
		return "", -1
	}
	if best > from && headsStandfirst(ls[best-1], ls[best]) {
		best--
	}
	return ls[best].text, best
}

// headsStandfirst reports whether head, the line above standfirst, is the
// headline that standfirst follows: standfirst written as a sentence is
// (most words in lower case), head a headline of its own, shorter, not a
// breadcrumb trail.
func headsStandfirst(head, standfirst line) bool {
	return standfirst.lower > standfirst.capped && titleLike(head) && head.words >= titleLabelWords &&
		head.words < standfirst.words && !breadcrumb.MatchString(head.text)
}

// breadcrumb matches a trail of sections: "News / Region / Town",
// "Home > News".
var breadcrumb = regexp.MustCompile(`\s(?:/|>|›|»|\|)\s`)

// titleLabelWords is the fewest words of a headline shown only once.
const titleLabelWords = 4

// shownAgain reports whether the text of line i appears on another line
// of the page, alone or within a longer line; a caption repeating it (a
// photo credited to an agency) does not count.
func shownAgain(ls []line, i int) bool {
	t := ls[i].text
	if len(t) < 12 {
		return false
	}
	for j, l := range ls {
		if j != i && !l.caption && strings.Contains(l.text, t) {
			return true
		}
	}
	return false
}

// notHeadline matches what a headline does not hold: a time of day, a full
// date (also in figures: "13/06/2014"), a copyright sign, a prompt to
// click.
var notHeadline = regexp.MustCompile(`(?i)\b\d{1,2}:\d{2}\b|\b\d{1,4}[/.]\d{1,2}[/.]\d{2,4}\b|` + monthPattern + `\.? \d{1,2}, \d{4}|\d{1,2} ` + monthPattern + ` \d{4}|©|\bclick\b|\bopens in a new\b|\bnew window\b`)

// titleLike reports whether a line may be a headline.
func titleLike(l line) bool {
	if l.words < titleMinWords || l.words > titleMaxWords || l.furn || l.teaser {
		return false
	}
	t := strings.TrimSpace(l.text)
	if strings.HasSuffix(t, ".") || strings.HasSuffix(t, ":") || strings.HasSuffix(t, ",") {
		return false
	}
	if isBylineLine(t) || hasDateline(t) || l.echoed || l.caption || notHeadline.MatchString(t) {
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
