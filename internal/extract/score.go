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
	case l.chars < 70 && l.shortSentence():
		return kindSentence
	case l.chars < 40:
		return kindShort
	case l.chars >= 300:
		return kindGood
	}
	latin := l.capped+l.lower > 0
	if latin && l.words > 3 && float64(l.capped) > 0.7*float64(l.words) {
		return kindNeutral // a headline in Title Case
	}
	if !l.closed {
		if latin && l.chars >= 60 && l.lower >= l.capped && l.stops*5 >= l.words {
			return kindLoose
		}
		return kindNeutral
	}
	if latin && l.stops*10 < l.words {
		return kindNeutral
	}
	if l.chars < 70 {
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
	kinds := make([]kind, len(ls))
	for i, l := range ls {
		kinds[i] = l.kind
	}
	score := make([]float64, len(ls))
	prose, inComments := 0.0, false
	for i, l := range ls {
		if prose >= commentsAfter && l.words <= 8 && commentsHeading.MatchString(l.text) {
			inComments = true
		}
		prev, next := kindBad, kindBad
		if i > 0 {
			prev = kinds[i-1]
		}
		if i+1 < len(ls) {
			next = kinds[i+1]
		}
		switch kinds[i] {
		case kindBad:
			score[i] = badScore
		case kindShort:
			score[i] = -1.5
		case kindNeutral:
			if prev == kindGood && next == kindGood {
				score[i] = l.weight() / 2
			} else {
				score[i] = -3
			}
		case kindSentence:
			if proseKind(prev) || proseKind(next) {
				score[i] = l.weight() / 2
			} else {
				score[i] = -1.5
			}
		case kindLoose:
			if prev == kindGood || next == kindGood {
				score[i] = l.weight() / 2
			} else {
				score[i] = -3
			}
		case kindGood:
			score[i] = l.weight()
			if prev != kindGood && next != kindGood {
				score[i] /= 2
				if (prev == kindBad || next == kindBad) && l.chars < teaserMax {
					score[i] = min(score[i], 4)
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
var commentsHeading = regexp.MustCompile(`(?i)\b(comments?|responses|replies|discussion)\b`)

const (
	commentsAfter    = 150.0
	commentsDiscount = 0.3
)

// badScore is the score of a furniture line.
const badScore = -8.0
