package htmlbody

import (
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
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
}

// normaliseDate returns s as RFC 3339 when it carries a time with a zone,
// as YYYY-MM-DD when it carries only a date, or "" when it is no date.
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
		if t.Year() < 1900 || t.Year() > 2200 {
			return ""
		}
		if strings.Contains(layout, "15") && strings.ContainsAny(layout, "Z7M") {
			return t.Format(time.RFC3339)
		}
		return t.Format("2006-01-02")
	}
	// A date followed by something unexpected: keep the day.
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil && t.Year() >= 1900 && t.Year() <= 2200 {
			return t.Format("2006-01-02")
		}
	}
	return ""
}
