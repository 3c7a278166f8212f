package htmlbody

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// dateLayouts are the forms of machine-readable dates pages declare, the
// most precise first.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05",
	"2006-01-02",
	"2006/01/02",
	"20060102",
	time.RFC1123Z,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon Jan 2 2006 15:04:05 GMT-0700",
}

// normaliseDate returns s as RFC 3339 when it carries a time with a
// numeric zone, as YYYY-MM-DD when it carries only a date (or a time
// without a zone), or "" when no date can be read from it.
func normaliseDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	for _, layout := range dateLayouts {
		t, err := time.Parse(layout, s)
		if err != nil {
			continue
		}
		if !plausibleYear(t.Year()) {
			return ""
		}
		if strings.Contains(layout, "15") && strings.ContainsAny(layout, "Z7") {
			return t.Format(time.RFC3339)
		}
		return t.Format("2006-01-02")
	}
	return looseDate(s)
}

func plausibleYear(y int) bool { return y >= 1900 && y <= 2200 }

var (
	// numericDate is a year, month and day in that order.
	numericDate = regexp.MustCompile(`\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b`)
	// monthFirstDate is "November 19, 2019" or "Nov 19 2019".
	monthFirstDate = regexp.MustCompile(`(?i)\b([a-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b`)
	// dayFirstDate is "19 November 2019" or "19 Nov. 2019".
	dayFirstDate = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)? ([a-z]{3,9})\.?,? (\d{4})\b`)
)

// looseDate finds a day written in a free form inside s, such as
// "November 19, 2019, 07:47 PM EST", and returns it as YYYY-MM-DD.
func looseDate(s string) string {
	if m := numericDate.FindStringSubmatch(s); m != nil {
		return ymd(m[1], m[2], m[3])
	}
	if m := monthFirstDate.FindStringSubmatch(s); m != nil {
		if mon := monthNumber(m[1]); mon > 0 {
			return ymd(m[3], strconv.Itoa(mon), m[2])
		}
	}
	if m := dayFirstDate.FindStringSubmatch(s); m != nil {
		if mon := monthNumber(m[2]); mon > 0 {
			return ymd(m[3], strconv.Itoa(mon), m[1])
		}
	}
	return ""
}

// ymd formats a year, month and day given as digits, or "" when they are
// no real day.
func ymd(year, month, day string) string {
	y, _ := strconv.Atoi(year)
	m, _ := strconv.Atoi(month)
	d, _ := strconv.Atoi(day)
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if !plausibleYear(y) || t.Month() != time.Month(m) || t.Day() != d {
		return ""
	}
	return t.Format("2006-01-02")
}

// monthNumber returns the number of an English month name or its
// three-letter abbreviation, or 0.
func monthNumber(name string) int {
	name = strings.ToLower(name)
	for i := time.January; i <= time.December; i++ {
		full := strings.ToLower(i.String())
		if name == full || (len(name) >= 3 && strings.HasPrefix(full, name)) {
			return int(i)
		}
	}
	return 0
}
