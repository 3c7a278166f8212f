package extract

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/newsfold/newsfold/internal/news"
)

// stampLine matches a line that is nothing but the page's date stamp for
// the article, as printed beside the headline or byline:
//
//	Tuesday 4 March 2025 06:00
//	Updated: March 4, 2025 at 6:00 am
//	Published 2025-03-04
//	Thu 10 Apr 2025 07.00
//	Monday 2 March 2026, 4.15pm
//	Published 9:15 AM EST Nov 19, 2019
var stampLine = regexp.MustCompile(`(?i)^` +
	`(?:(?P<label>first published|last updated|published|updated|posted|modified)(?:\s+on)?\s*:?\s*)?` +
	`(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5}\s+)?(?:,|on)?\s*)?` +
	`(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\.?,?\s+)?` +
	`(?:` +
	`(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m1>` + monthPattern + `)\.?,?\s+(?P<y1>\d{4})` +
	`|(?P<m2>` + monthPattern + `)\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{4})` +
	`|(?P<y3>\d{4})-(?P<n3>\d{2})-(?P<d3>\d{2})` +
	`)` +
	`(?:\s*(?:,|at|-|–|—|\|)?\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}\)?)?)?` +
	`\s*$`)

// parseStamp reads a date stamp line, returning its date, whether the
// stamp gives an update rather than the first publication, and whether
// the line is a stamp at all.
func parseStamp(s string) (d news.Date, updated, ok bool) {
	m := stampLine.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return news.Date{}, false, false
	}
	g := func(name string) string { return m[stampLine.SubexpIndex(name)] }
	if y := g("y3"); y != "" {
		d, err := news.ParseDate(y + "-" + g("n3") + "-" + g("d3"))
		if err != nil {
			return news.Date{}, false, false
		}
		return d, isUpdateLabel(g("label")), true
	}
	d, valid := datelineDate(g("m1")+g("m2"), g("d1")+g("d2"), g("y1")+g("y2"))
	if !valid || d.Year == 0 {
		return news.Date{}, false, false
	}
	return d, isUpdateLabel(g("label")), true
}

func isUpdateLabel(label string) bool {
	l := strings.ToLower(label)
	return strings.Contains(l, "updated") || l == "modified"
}

// stampAfterBody is how many lines past the body's end a stamp labelled
// as the publication ("Published ...") may stand.
const stampAfterBody = 2

// findStamp returns the date the page prints for its article: a stamp
// line in the article's head, between the headline (or, with none found,
// a few lines before the body) and the first kept paragraph, or a
// "Published ..." line right after the body. Dates in teaser lists,
// footers and other articles lie outside both places and are not read.
// A first-publication stamp wins over an update's.
func findStamp(ls []line, keep []bool, titleAt, start, end int) news.Date {
	from := max(titleAt+1, start-stampHeadMax)
	if titleAt < 0 {
		from = max(0, start-stampHeadLines)
	}
	var found, update news.Date
	for i := from; i < len(ls) && i < end && (i < start || !keep[i]); i++ {
		d, upd, ok := parseStamp(ls[i].text)
		switch {
		case !ok:
		case upd && update.IsZero():
			update = d
		case !upd && found.IsZero():
			found = d
		}
	}
	if !found.IsZero() {
		return found
	}
	if !update.IsZero() {
		return update
	}
	for i := end; i < min(len(ls), end+stampAfterBody); i++ {
		low := strings.ToLower(ls[i].text)
		if !strings.HasPrefix(low, "published") && !strings.HasPrefix(low, "first published") && !strings.HasPrefix(low, "posted") {
			continue
		}
		if d, _, ok := parseStamp(ls[i].text); ok {
			return d
		}
	}
	return news.Date{}
}

// How many lines before the body are searched for a stamp: on a page
// whose headline was not found, and at most.
const (
	stampHeadLines = 4
	stampHeadMax   = 8
)

// isStampLine reports whether s is a date or time stamp: a full date, or
// a label such as "Updated 14:05".
func isStampLine(s string) bool {
	if _, _, ok := parseStamp(s); ok {
		return true
	}
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 6 || !strings.ContainsAny(s, "0123456789") {
		return false
	}
	_, err := strconv.Atoi(strings.Trim(f[0], ":"))
	return stampTerms[strings.ToLower(strings.Trim(f[0], ":"))] || err == nil || dateOnly.MatchString(strings.ToLower(s))
}
