package extract

import (
	"regexp"
	"strings"
)

// Cleaning tuning.
const (
	// linkRunMin is the shortest run of headline-like lines inside the
	// body that is taken for a list of links to other articles.
	linkRunMin = 3
	// standfirstMax is the most prose, in words, that may stand before the
	// article's first run of paragraphs and still be dropped as a
	// standfirst, a caption or a byline block.
	standfirstMax = 60.0
)

// inlineLink matches a line pointing to another article from inside the
// body: "Related: ...", "Also on ...", "SEE MORE: ...".
var inlineLink = regexp.MustCompile(`(?i)^\[?\s*(related|see also|see more|read more|read also|also read|more|watch|listen|don'?t miss|also on|recommended|trending|latest)\b\s*[:|\-–—]`)

// alsoOn matches "Also on site.com Headline" style lines.
var alsoOn = regexp.MustCompile(`(?i)^(also on|also read|read also|see also|don'?t miss)\b`)

// keepLines returns which of the body's lines, ls[start:end], are article
// text: it drops furniture, inline links to other articles, runs of
// headlines, and the standfirst, byline and caption lines that stand
// before the first run of paragraphs.
func keepLines(ls []line, start, end int) []bool {
	keep := make([]bool, len(ls))
	for i := start; i < end; i++ {
		l := ls[i]
		keep[i] = l.kind != kindBad && !l.caption && !inlineLink.MatchString(l.text) &&
			!(l.words <= promptMaxLineWords && alsoOn.MatchString(l.text))
	}
	dropLinkRuns(ls, keep, start, end)
	dropHead(ls, keep, start, end)
	dropAuthorNote(ls, keep, start, end)
	return keep
}

// headlineLike reports whether a line reads as a headline or a label
// rather than a sentence: no final stop, not running prose.
func headlineLike(l line) bool {
	k := l.kind
	return !l.closed && (k == kindShort || k == kindNeutral || k == kindLoose) && l.capped+l.lower > 0
}

// dropLinkRuns drops runs of linkRunMin or more headline-like lines: a box
// of links to other articles set inside the body.
func dropLinkRuns(ls []line, keep []bool, start, end int) {
	for i := start; i < end; {
		j := i
		for j < end && headlineLike(ls[j]) {
			j++
		}
		introduced := i > start && strings.HasSuffix(ls[i-1].text, ":")
		if j-i >= linkRunMin && !introduced {
			for k := i; k < j; k++ {
				keep[k] = false
			}
		}
		i = max(j, i+1)
	}
}

// dropHead drops what stands before the article's first two consecutive
// paragraphs when it is little prose broken by labels: a standfirst, a
// byline, a date stamp, a photo caption.
func dropHead(ls []line, keep []bool, start, end int) {
	dense := -1
	for i := start; i+1 < end; i++ {
		if ls[i].kind == kindGood && ls[i+1].kind == kindGood {
			dense = i
			break
		}
	}
	if dense <= start {
		return
	}
	prose, broken := 0.0, false
	for i := start; i < dense; i++ {
		switch {
		case hasDateline(ls[i].text):
			return
		case ls[i].kind == kindGood || ls[i].kind == kindLoose:
			prose += ls[i].weight()
		case ls[i].kind == kindBad || isBylineLine(ls[i].text):
			broken = true
		}
	}
	if !broken || prose > standfirstMax {
		return
	}
	for i := start; i < dense; i++ {
		keep[i] = false
	}
}

// authorHeading matches the heading of a note on the author closing an
// article: "About the author", "About Jane Doe", and the same in a few
// other languages ("Sobre ...", "Über ...").
var authorHeading = regexp.MustCompile(`^(?i:about|sobre|über|à propos de|a propos de|acerca de)\s+(?:(?i:the author|the writer|o autor|a autora|den autor|l'auteur)|\p{Lu}\p{L}+(?:\s+\p{Lu}[\p{L}.]*){0,3})$`)

// authorNoteLines is the most lines a note on the author runs to after
// its heading.
const authorNoteLines = 3

// dropAuthorNote drops a note on the author that closes the body: its
// heading and the few lines after it.
func dropAuthorNote(ls []line, keep []bool, start, end int) {
	for i := max(start, end-authorNoteLines-1); i < end; i++ {
		if !authorHeading.MatchString(ls[i].text) {
			continue
		}
		for j := i; j < end; j++ {
			keep[j] = false
		}
		return
	}
}
