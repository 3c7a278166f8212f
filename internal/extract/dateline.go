package extract

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/newsfold/newsfold/internal/news"
)

// months maps English month names and abbreviations, lower case, to their
// numbers.
var months = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

const (
	monthPattern = `(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`
	placeWord    = `[\p{Lu}][\p{L}'’.\-]*`
)

// datelinePattern matches the dateline an article may open with:
//
//	WASHINGTON, Nov 28 (AFP) –
//	Prague, 30 November 2005 (RFE/RL) --
//	NEW YORK, Nov 28:
//	HOUSTON —
//	LONDON (Reuters) -
//	PARIS, March 3, 2011 /PRNewswire/ --
var datelinePattern = regexp.MustCompile(`^` +
	`(?P<place>` + placeWord + `(?:\s+` + placeWord + `){0,3}(?:,\s+` + placeWord + `(?:\s+` + placeWord + `){0,2})?)` +
	`(?:,?\s+(?P<date>` +
	`(?P<m1>` + monthPattern + `)\.?\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<y1>\d{4}))?` +
	`|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m2>` + monthPattern + `)\.?(?:,?\s+(?P<y2>\d{4}))?` +
	`))?` +
	`(?:\s*(?:\((?P<credit>[^()]{1,40})\)|/(?P<wire>[^/]{1,30})/))?` +
	`\s*(?P<sep>--|–|—|-|:)\s+`)

// agencyLead matches a wire agency's credit opening a paragraph: "AFP: ",
// "(RFE/RL) ", "AFP - ".
var agencyLead = regexp.MustCompile(`^(?:\((?P<paren>[^()]{1,40})\)\s+|(?P<bare>[\p{L}/ .-]{2,40}?)\s*(?::|--|–|—|-)\s+)`)

// parseDateline reads a dateline at the start of text. It returns the
// dateline, the wire agency it credits ("" when none), the text after it,
// and whether text opens with a dateline.
func parseDateline(text string) (dl news.Dateline, agency, rest string, ok bool) {
	m := datelinePattern.FindStringSubmatchIndex(text)
	if m == nil {
		return news.Dateline{}, "", text, false
	}
	group := func(name string) string {
		i := datelinePattern.SubexpIndex(name)
		if m[2*i] < 0 {
			return ""
		}
		return text[m[2*i]:m[2*i+1]]
	}
	place := strings.TrimRight(group("place"), ",")
	credit := group("credit") + group("wire")
	date, hasDate := datelineDate(group("m1")+group("m2"), group("d1")+group("d2"), group("y1")+group("y2"))
	if group("date") != "" && !hasDate {
		return news.Dateline{}, "", text, false
	}
	if sep := group("sep"); sep == "-" && !strings.HasSuffix(text[:m[2*datelinePattern.SubexpIndex("sep")]], " ") {
		return news.Dateline{}, "", text, false // a hyphenated word, not a dash
	}
	if !plausiblePlace(place) {
		return news.Dateline{}, "", text, false
	}
	if credit != "" && !plausibleCredit(credit) {
		return news.Dateline{}, "", text, false
	}
	switch {
	case hasDate || credit != "":
	case group("sep") != ":" && isUpperText(place):
	case group("sep") != ":" && upperHead(place):
	default:
		return news.Dateline{}, "", text, false
	}
	rest = strings.TrimSpace(text[m[1]:])
	if rest == "" {
		return news.Dateline{}, "", text, false
	}
	dl = news.Dateline{
		Place: place,
		Text:  strings.TrimSpace(text[:m[1]]),
		Date:  date,
	}
	return dl, creditAgency(credit), rest, true
}

// hasDateline reports whether text opens with a dateline.
func hasDateline(text string) bool {
	_, _, _, ok := parseDateline(text)
	return ok
}

// datelineDate builds the date of a dateline from its month name, day and
// year (which may be empty), checking the day exists.
func datelineDate(month, day, year string) (news.Date, bool) {
	if month == "" {
		return news.Date{}, false
	}
	mo := months[strings.ToLower(strings.TrimSuffix(month, "."))]
	d, err := strconv.Atoi(day)
	if err != nil || mo == 0 {
		return news.Date{}, false
	}
	y := 0
	if year != "" {
		if y, err = strconv.Atoi(year); err != nil {
			return news.Date{}, false
		}
	}
	if !news.ValidDay(y, mo, d) {
		return news.Date{}, false
	}
	return news.Date{Year: y, Month: mo, Day: d}, true
}

// plausiblePlace reports whether s can name a dateline's place: not a
// function word ("The", "On") nor a month, and not too long.
func plausiblePlace(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(s) > 40 {
		return false
	}
	first := strings.ToLower(strings.Trim(words[0], ".,"))
	return !stopWords[first] && months[first] == 0 && !leadLabels[first]
}

// leadLabels are the words of labels that open a paragraph the way a
// dateline's place does: "BREAKING —", "UPDATE —", "EXCLUSIVE —".
var leadLabels = toSet(`breaking update updated exclusive watch listen opinion analysis editorial
live video photos correction clarification note editor's editors advisory warning urgent flash`)

// plausibleCredit reports whether s can be a dateline's credit: a wire
// agency or an outlet's short name, not a remark in brackets.
func plausibleCredit(s string) bool {
	if agencyName(s) != "" {
		return true
	}
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		if stopWords[strings.ToLower(w)] {
			return false
		}
	}
	return isUpperText(s) || strings.Contains(strings.ToLower(s), "wire")
}

// upperHeadMin is the fewest letters of a place in capitals before a
// region in ordinary case, as in "OAKDALE, Westshire –".
const upperHeadMin = 3

// upperHead reports whether a place is written as a town in capitals and
// a region after a comma in ordinary case: "OAKDALE, Westshire".
func upperHead(place string) bool {
	town, region, ok := strings.Cut(place, ",")
	return ok && strings.TrimSpace(region) != "" && isUpperText(town) && len([]rune(town)) >= upperHeadMin
}

// isUpperText reports whether s has letters and no lower-case ones:
// "NEW YORK", "RFE/RL".
func isUpperText(s string) bool {
	letters := false
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
			return false
		case strings.ToLower(string(r)) != string(r):
			letters = true
		case r > 127 && strings.ToUpper(string(r)) != string(r):
			return false
		}
	}
	return letters
}

// stripAgencyLead removes a wire agency's credit opening text, as in
// "AFP: The ..." or "(RFE/RL) The ...", returning the agency and the rest.
func stripAgencyLead(text string) (agency, rest string) {
	m := agencyLead.FindStringSubmatch(text)
	if m == nil {
		return "", text
	}
	name := agencyName(m[1] + m[2])
	if name == "" {
		return "", text
	}
	return name, strings.TrimSpace(text[len(m[0]):])
}
