package timex

import (
	"time"

	"github.com/newsfold/newsfold/internal/news"
)

// Windows for placing a date written without its year.
const (
	// aheadDays is how far after the article date a past-tense day may
	// fall ("the 5 December issue" of a weekly, in a 30 November article).
	aheadDays = 7
	// attributiveDays is how near the article date a date naming a thing
	// ("the Sept. 11 attacks") must fall to be taken as this year's.
	attributiveDays = 45
)

// resolve returns the date m stands for, given the article date anchor,
// the tense of its clause, and the date of the expression before it in
// the sentence (zero when none).
func (m *mention) resolve(anchor news.Date, tn tense, before news.Date) (news.Date, bool) {
	future := tn == tenseFuture
	var d news.Date
	var ok bool
	switch m.kind {
	case exAbsolute:
		d, ok = m.resolveAbsolute(anchor, tn)
	case exWeekday:
		d, ok = resolveWeekday(m.weekday, m.rel, anchor, future)
	case exDayOffset:
		d, ok = shift(anchor, unitDay, m.n)
	case exUnitOffset:
		d, ok = shift(anchor, m.unit, m.n)
	case exLinked:
		d, ok = shift(before, m.unit, m.n)
	}
	if !ok || !valid(d) {
		return news.Date{}, false
	}
	return d, true
}

// valid reports whether d has a year and exists.
func valid(d news.Date) bool {
	switch {
	case d.Year < 1 || d.Year > 9999 || d.Month < 0 || d.Month > 12:
		return false
	case d.Month == 0:
		return d.Day == 0
	case d.Day == 0:
		return true
	}
	return news.ValidDay(d.Year, d.Month, d.Day)
}

// resolveAbsolute completes a date written without its year: a day in a
// past clause is the latest such day up to a few days after the article
// date, in a future clause the first from a few days before it, and with
// no tense to go by the nearest; a month is this year's or, in a past
// clause, last year's when it has not come yet.
func (m *mention) resolveAbsolute(anchor news.Date, tn tense) (news.Date, bool) {
	d := m.date
	if d.Year != 0 {
		return d, true
	}
	if m.hasYearOffset && anchor.Year != 0 {
		d.Year = anchor.Year + m.yearOffset
		return d, true
	}
	if anchor.Year == 0 || anchor.Month == 0 {
		return news.Date{}, false
	}
	if d.Day == 0 {
		return monthYear(d.Month, m.rel, anchor, tn == tenseFuture), true
	}
	at := dayOf(anchor)
	var best time.Time
	found := false
	for y := anchor.Year - 1; y <= anchor.Year+1; y++ {
		if !news.ValidDay(y, d.Month, d.Day) {
			continue
		}
		c := time.Date(y, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
		switch tn {
		case tenseFuture:
			if !c.Before(at.AddDate(0, 0, -aheadDays)) && (!found || c.Before(best)) {
				best, found = c, true
			}
		case tensePast:
			if !c.After(at.AddDate(0, 0, aheadDays)) && (!found || c.After(best)) {
				best, found = c, true
			}
		default:
			if !found || absDays(c.Sub(at)) < absDays(best.Sub(at)) {
				best, found = c, true
			}
		}
	}
	if !found {
		return news.Date{}, false
	}
	if m.attributive && absDays(best.Sub(at)) > attributiveDays {
		return news.Date{}, false
	}
	return news.DateOf(best), true
}

// monthYear places a month written without its year.
func monthYear(month, rel int, anchor news.Date, future bool) news.Date {
	y := anchor.Year
	switch {
	case rel == relThis:
	case rel == relLast:
		if month >= anchor.Month {
			y--
		}
	case rel == relNext:
		if month <= anchor.Month {
			y++
		}
	case future:
		if month < anchor.Month {
			y++
		}
	default:
		if month > anchor.Month {
			y--
		}
	}
	return news.Date{Year: y, Month: month}
}

// resolveWeekday finds the day of the week wd nearest the article date in
// the direction rel and the tense call for: a past "Monday" is the latest
// Monday on or before the article date.
func resolveWeekday(wd time.Weekday, rel int, anchor news.Date, future bool) (news.Date, bool) {
	if anchor.Precision() != "day" {
		return news.Date{}, false
	}
	at := dayOf(anchor)
	back := (int(at.Weekday()) - int(wd) + 7) % 7
	ahead := (int(wd) - int(at.Weekday()) + 7) % 7
	var days int
	switch {
	case rel == relLast:
		if back == 0 {
			back = 7
		}
		days = -back
	case rel == relNext:
		if ahead == 0 {
			ahead = 7
		}
		days = ahead
	case future:
		days = ahead
	default:
		days = -back
	}
	return news.DateOf(at.AddDate(0, 0, days)), true
}

// shift moves d by n units, giving a date at the unit's precision; d must
// be known at least that precisely.
func shift(d news.Date, u unit, n int) (news.Date, bool) {
	switch u {
	case unitYear:
		if d.Year == 0 {
			return news.Date{}, false
		}
		return news.Date{Year: d.Year + n}, true
	case unitMonth:
		if d.Year == 0 || d.Month == 0 {
			return news.Date{}, false
		}
		t := time.Date(d.Year, time.Month(d.Month)+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
		return news.Date{Year: t.Year(), Month: int(t.Month())}, true
	case unitWeek:
		n *= 7
	}
	if d.Precision() != "day" {
		return news.Date{}, false
	}
	return news.DateOf(dayOf(d).AddDate(0, 0, n)), true
}

// dayOf returns the first day d covers, the 15th for a month.
func dayOf(d news.Date) time.Time {
	day := d.Day
	if day == 0 {
		day = 15
	}
	m := d.Month
	if m == 0 {
		m = 7
	}
	return time.Date(d.Year, time.Month(m), day, 0, 0, 0, 0, time.UTC)
}

func absDays(d time.Duration) int {
	n := int(d.Hours() / 24)
	if n < 0 {
		return -n
	}
	return n
}
