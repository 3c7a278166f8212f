package feed

import (
	"strconv"
	"strings"
	"time"
)

// ParseDate reads a feed date: RFC 3339 and its ISO 8601 relatives
// ("2006-01-02T15:04:05Z", without seconds or zone, a bare day) or the
// RFC 822 family ("Mon, 02 Jan 2006 15:04:05 GMT" with or without the
// weekday, seconds, or a four-digit year, full month names, and zones as
// offsets, "GMT", "UT", "Z", North American and common European names or
// military letters). A date without a zone is taken as UTC. It returns
// the zero time and false when s is no date it knows.
func ParseDate(s string) (time.Time, bool) {
	s = collapseSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	if t, ok := parseISO(s); ok {
		return t, true
	}
	return parseRFC822(s)
}

var isoLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05",
	"2006-01-02",
}

func parseISO(s string) (time.Time, bool) {
	if len(s) < 10 || s[4] != '-' {
		return time.Time{}, false
	}
	if strings.HasSuffix(s, "z") {
		s = s[:len(s)-1] + "Z"
	}
	for _, layout := range isoLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

var rfc822Layouts = []string{
	"2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04 -0700",
	"2 Jan 06 15:04:05 -0700",
	"2 Jan 06 15:04 -0700",
	"2 January 2006 15:04:05 -0700",
	"2 January 2006 15:04 -0700",
	"Jan 2 2006 15:04:05 -0700",
	"Jan 2 2006 15:04 -0700",
	"January 2 2006 15:04:05 -0700",
	"January 2 2006 15:04 -0700",
	"2 Jan 2006",
	"2 January 2006",
	"Jan 2 2006",
	"January 2 2006",
}

// parseRFC822 reads the RFC 822 family, after rewriting the zone as a
// numeric offset and dropping the weekday and stray punctuation.
func parseRFC822(s string) (time.Time, bool) {
	fields := strings.Fields(strings.NewReplacer(",", " ", "Sept ", "Sep ", "sept ", "sep ").Replace(s))
	if len(fields) > 0 && isWeekday(fields[0]) {
		fields = fields[1:]
	}
	if len(fields) < 3 || len(fields) > 7 {
		return time.Time{}, false
	}
	// A time written "15.04.05" or with a trailing "Z" glued on.
	for i, f := range fields {
		if strings.Count(f, ".") == 2 && len(f) <= 8 && i >= 3 {
			fields[i] = strings.ReplaceAll(f, ".", ":")
		}
	}
	// Trailing zones: "GMT", "+0100 (CET)", "UTC -05:00"; a numeric
	// offset wins over a name beside it.
	zone := ""
	for range 2 {
		if len(fields) < 4 {
			break
		}
		last := fields[len(fields)-1]
		off, ok := zoneOffset(last)
		if !ok {
			break
		}
		if zone == "" || last[0] == '+' || last[0] == '-' {
			zone = off
		}
		fields = fields[:len(fields)-1]
	}
	if last := fields[len(fields)-1]; zone == "" && len(fields) >= 4 && strings.Contains(last, ":") {
		if i := strings.LastIndexAny(last, "+-"); i > 0 {
			// "15:04:05+0100", the offset glued on.
			if off, ok := zoneOffset(last[i:]); ok {
				zone = off
				fields[len(fields)-1] = last[:i]
			}
		} else if strings.HasSuffix(last, "Z") {
			fields[len(fields)-1] = strings.TrimSuffix(last, "Z")
		}
	}
	if zone == "" {
		zone = "+0000"
	}
	if len(fields) > 3 {
		fields = append(fields, zone)
	}
	v := strings.Join(fields, " ")
	for _, layout := range rfc822Layouts {
		if t, err := time.Parse(layout, v); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

func isWeekday(f string) bool {
	f = strings.ToLower(strings.TrimRight(f, ",."))
	if len(f) < 3 {
		return false
	}
	for _, d := range []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"} {
		if strings.HasPrefix(d, f) {
			return true
		}
	}
	return false
}

// zoneNames are zone abbreviations feeds use, as offsets. Ambiguous ones
// (IST, CST as China) take their most common reading in feeds.
var zoneNames = map[string]string{
	"UT": "+0000", "UTC": "+0000", "GMT": "+0000", "Z": "+0000", "WET": "+0000",
	"EST": "-0500", "EDT": "-0400", "CST": "-0600", "CDT": "-0500",
	"MST": "-0700", "MDT": "-0600", "PST": "-0800", "PDT": "-0700",
	"AKST": "-0900", "AKDT": "-0800", "HST": "-1000", "AST": "-0400", "ADT": "-0300",
	"NST": "-0330", "NDT": "-0230",
	"BST": "+0100", "IST": "+0530", "WEST": "+0100", "CET": "+0100", "CEST": "+0200",
	"MET": "+0100", "MEST": "+0200", "EET": "+0200", "EEST": "+0300", "MSK": "+0300",
	"JST": "+0900", "KST": "+0900", "HKT": "+0800", "SGT": "+0800", "AWST": "+0800",
	"ACST": "+0930", "ACDT": "+1030", "AEST": "+1000", "AEDT": "+1100",
	"NZST": "+1200", "NZDT": "+1300",
}

// zoneOffset reads a zone as a numeric offset "+hhmm": an offset written
// "+hhmm", "+hh:mm", "+hh" or "+h", a known name, a name followed by an
// offset ("GMT+2"), or a military letter.
func zoneOffset(z string) (string, bool) {
	z = strings.Trim(z, "()")
	if z == "" {
		return "", false
	}
	if z[0] == '+' || z[0] == '-' {
		return numericOffset(z)
	}
	up := strings.ToUpper(z)
	if off, ok := zoneNames[up]; ok {
		return off, true
	}
	for _, name := range []string{"GMT", "UTC", "UT"} {
		if rest, ok := strings.CutPrefix(up, name); ok && rest != "" && (rest[0] == '+' || rest[0] == '-') {
			return numericOffset(rest)
		}
	}
	if len(up) == 1 && up[0] >= 'A' && up[0] <= 'Z' && up[0] != 'J' {
		return militaryOffset(up[0]), true
	}
	return "", false
}

func numericOffset(z string) (string, bool) {
	sign, digits := z[:1], strings.ReplaceAll(z[1:], ":", "")
	if digits == "" || len(digits) > 4 {
		return "", false
	}
	for _, c := range digits {
		if c < '0' || c > '9' {
			return "", false
		}
	}
	var h, m int
	switch len(digits) {
	case 1, 2:
		h, _ = strconv.Atoi(digits)
	case 3:
		h, _ = strconv.Atoi(digits[:1])
		m, _ = strconv.Atoi(digits[1:])
	case 4:
		h, _ = strconv.Atoi(digits[:2])
		m, _ = strconv.Atoi(digits[2:])
	}
	if h > 14 || m > 59 {
		return "", false
	}
	return sign + twoDigits(h) + twoDigits(m), true
}

func twoDigits(n int) string {
	return string([]byte{byte('0' + n/10), byte('0' + n%10)})
}

// militaryOffset gives the offset of a military zone letter (RFC 822;
// J is local time and not accepted).
func militaryOffset(c byte) string {
	switch {
	case c == 'Z':
		return "+0000"
	case c >= 'A' && c <= 'I':
		return "+" + twoDigits(int(c-'A'+1)) + "00"
	case c >= 'K' && c <= 'M':
		return "+" + twoDigits(int(c-'K'+10)) + "00"
	default: // N to Y
		return "-" + twoDigits(int(c-'N'+1)) + "00"
	}
}
