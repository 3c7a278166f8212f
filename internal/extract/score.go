package extract

import (
	"regexp"
	"strings"
)

// kind is a line's first reading, before its neighbours are looked at.
type kind int

const (
	kindBad      kind = iota // furniture, teaser or stamp
	kindShort                // a label: a heading, a menu entry, a name
	kindNeutral              // mid-length text that is not clearly a sentence
	kindLoose                // a sentence without its final stop
	kindSentence             // a short sentence
	kindGood                 // running prose
)

// Line reading tuning: widths are in characters (see width), scores in
// words of prose.
const (
	labelChars    = 40  // shorter lines are labels unless sentences
	paraChars     = 70  // shorter sentences are not paragraphs on their own
	longChars     = 300 // longer lines are prose whatever they look like
	looseChars    = 60  // the shortest sentence without a stop
	titleCaseRate = 0.7 // share of capitalised words that makes a headline

	labelScore   = -1.5 // a label: cheap, as a crosshead must be
	neutralScore = -3.0 // text that is not prose where it stands
	badScore     = -8.0 // furniture
	loneProseMax = 4.0  // most a short line of prose alone by furniture counts

	commentsHeadingWords = 8 // the longest comments heading
)

// weight is how much text a line carries, in words, or in six characters
// of width for scripts written without spaces, whichever is more.
func (l line) weight() float64 {
	return max(float64(l.words), float64(l.chars)/6)
}

// classify gives a line's first reading.
func (l line) classify() kind {
	switch {
	case l.furn || l.teaser:
		return kindBad
	case l.echoed, l.repeats > 1 && l.chars >= repeatedBlockChars:
		return kindBad
	case l.stamped >= stampMin && l.chars <= stampMaxChars:
		return kindShort
	case l.caption:
		return kindShort
	case l.chars < paraChars && l.shortSentence():
		return kindSentence
	case l.chars < labelChars:
		return kindShort
	case l.chars >= longChars:
		return kindGood
	}
	latin := l.capped+l.lower > 0
	if latin && l.words > 3 && float64(l.capped) > titleCaseRate*float64(l.words) {
		return kindNeutral // a headline in Title Case
	}
	if !l.closed {
		if latin && l.chars >= looseChars && l.lower >= l.capped && l.stops*5 >= l.words {
			return kindLoose
		}
		return kindNeutral
	}
	if latin && l.stops*10 < l.words {
		return kindNeutral
	}
	if l.chars < paraChars {
		return kindNeutral
	}
	return kindGood
}

// proseKind reports whether k reads as prose.
func proseKind(k kind) bool {
	return k == kindGood || k == kindLoose || k == kindSentence
}

// shortSentence reports whether a line is a short sentence of running
// text, such as "No one was hurt.": a few words, mostly lower case, with
// a function word, ending in a full stop, question or exclamation mark.
func (l line) shortSentence() bool {
	if l.words < 3 || l.stops == 0 || l.lower < l.capped || !l.closed {
		return false
	}
	t := strings.TrimRight(l.text, "\"'”’)]» ")
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?")
}

// scoreLines gives each line its weight for the body finder: prose counts
// for the article, everything else against it. A line of prose standing
// alone among furniture counts for less: that is the rhythm of teaser lists
// and comment threads, not of an article.
func scoreLines(ls []line) []float64 {
	score := make([]float64, len(ls))
	prose, inComments := 0.0, false
	for i, l := range ls {
		if prose >= commentsAfter && l.words <= commentsHeadingWords && commentsHeading.MatchString(l.text) {
			inComments = true
		}
		prev, next := kindBad, kindBad
		if i > 0 {
			prev = ls[i-1].kind
		}
		if i+1 < len(ls) {
			next = ls[i+1].kind
		}
		switch l.kind {
		case kindBad:
			score[i] = badScore
		case kindShort:
			score[i] = labelScore
		case kindNeutral:
			score[i] = neutralScore
			if prev == kindGood && next == kindGood {
				score[i] = l.weight() / 2
			}
		case kindSentence:
			score[i] = labelScore
			if proseKind(prev) || proseKind(next) {
				score[i] = l.weight() / 2
			}
		case kindLoose:
			score[i] = neutralScore
			if prev == kindGood || next == kindGood {
				score[i] = l.weight() / 2
			}
		case kindGood:
			score[i] = l.weight()
			if prev != kindGood && next != kindGood {
				score[i] /= 2
				if (prev == kindBad || next == kindBad) && l.chars < teaserMax {
					score[i] = min(score[i], loneProseMax)
				}
			}
		}
		if score[i] > 0 {
			prose += score[i]
			if inComments {
				score[i] *= commentsDiscount
			}
		}
	}
	scoreLists(ls, score)
	return score
}

// Lists and tables an article introduces with a colon ("Final standings
// after 36 races:") are short lines, which score as labels; inside such a
// list each item counts listItemScore for the article instead.
const (
	listItemScore  = 0.5
	listIntroWords = 5
	listMaxItems   = 400
)

// scoreLists raises the scores of the items of lists the article
// introduces, up to the next furniture line.
func scoreLists(ls []line, score []float64) {
	for i := 0; i < len(ls); i++ {
		if ls[i].words < listIntroWords || ls[i].kind == kindBad || !strings.HasSuffix(ls[i].text, ":") {
			continue
		}
		j := i + 1
		for ; j < len(ls) && j-i <= listMaxItems && ls[j].kind != kindBad; j++ {
			score[j] = max(score[j], listItemScore)
		}
		i = j - 1
	}
}

// Readers' comments follow the article under a heading that names them.
// Prose after such a heading, once an article's worth of prose has gone
// before it, counts commentsDiscount as much.
var commentsHeading = regexp.MustCompile(`(?i)(^\W*|\d\s*|\b(leave|post|add|show|view|read|see|all|top|rated|reader|readers'?|your)\s+(a\s+|the\s+)?)(comments?|responses|replies|discussion)\b`)

const (
	commentsAfter    = 150.0
	commentsDiscount = 0.3
)
