package news

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Date is a calendar date known to some precision: a whole day, a month or
// a year. A zero field is unknown; a Date with Month and Day but no Year is
// partial (a dateline such as "Nov 28") and must be completed before use.
type Date struct {
	Year  int
	Month int
	Day   int
}

// IsZero reports whether nothing of the date is known.
func (d Date) IsZero() bool { return d.Year == 0 && d.Month == 0 && d.Day == 0 }

// HasYear reports whether the date is anchored to a year.
func (d Date) HasYear() bool { return d.Year != 0 }

// Precision names how much of the date is known: "day", "month", "year",
// or "" when the date has no year.
func (d Date) Precision() string {
	switch {
	case d.Year == 0:
		return ""
	case d.Month == 0:
		return "year"
	case d.Day == 0:
		return "month"
	}
	return "day"
}

// String formats the date as YYYY-MM-DD, YYYY-MM or YYYY by its precision;
// a date without a year formats as --MM-DD or --MM (ISO 8601's form for a
// date with the year left out), and the zero date as "".
func (d Date) String() string {
	switch {
	case d.IsZero():
		return ""
	case d.Year == 0 && d.Day == 0:
		return fmt.Sprintf("--%02d", d.Month)
	case d.Year == 0:
		return fmt.Sprintf("--%02d-%02d", d.Month, d.Day)
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// Time returns the first instant the date covers, in UTC, and false for a
// date without a year.
func (d Date) Time() (time.Time, bool) {
	if d.Year == 0 {
		return time.Time{}, false
	}
	m, day := d.Month, d.Day
	if m == 0 {
		m = 1
	}
	if day == 0 {
		day = 1
	}
	return time.Date(d.Year, time.Month(m), day, 0, 0, 0, 0, time.UTC), true
}

// DateOf returns the day of t.
func DateOf(t time.Time) Date {
	return Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
}

// Before reports whether d starts before e. Dates without a year sort first.
func (d Date) Before(e Date) bool {
	if d.Year != e.Year {
		return d.Year < e.Year
	}
	if d.Month != e.Month {
		return d.Month < e.Month
	}
	return d.Day < e.Day
}

// ParseDate reads YYYY, YYYY-MM or YYYY-MM-DD (anything after a day, such
// as a time of day, is ignored). It checks that the day exists.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if len(s) > 10 {
		s = s[:10]
	}
	parts := strings.Split(s, "-")
	if len(parts) == 0 || len(parts) > 3 || len(parts[0]) != 4 {
		return Date{}, fmt.Errorf("parse date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || v < 0 {
			return Date{}, fmt.Errorf("parse date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
		}
		n[i] = v
	}
	d := Date{Year: n[0], Month: n[1], Day: n[2]}
	if d.Year == 0 || d.Month > 12 || (len(parts) > 1 && d.Month == 0) || (len(parts) > 2 && !ValidDay(d.Year, d.Month, d.Day)) {
		return Date{}, fmt.Errorf("parse date %q: no such date", s)
	}
	return d, nil
}

// ValidDay reports whether day exists in the month (year 0 allows 29 February).
func ValidDay(year, month, day int) bool {
	if month < 1 || month > 12 || day < 1 {
		return false
	}
	y := year
	if y == 0 {
		y = 2000 // a leap year
	}
	return day <= time.Date(y, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
