package compare

import (
	"strconv"
	"strings"

	"github.com/newsfold/newsfold/internal/news"
)

// explicitDates finds dates written with a month name: "Nov 28",
// "28 November 2005", "October 19". A date without a day is left out.
func explicitDates(toks []token) []news.Date {
	var out []news.Date
	for i, t := range toks {
		m := monthNumber(t.Key)
		if m == 0 || (t.Key == "may" && !startsUpper(t.Raw)) || (t.Key == "march" && !startsUpper(t.Raw)) {
			continue
		}
		d := news.Date{Month: m}
		if i+1 < len(toks) {
			if v, err := strconv.Atoi(strings.TrimRight(toks[i+1].Key, "stndrh")); err == nil && v >= 1 && v <= 31 {
				d.Day = v
				if i+2 < len(toks) {
					d.Year = yearOf(toks[i+2].Key)
				}
			}
		}
		if d.Day == 0 && i > 0 {
			if v, err := strconv.Atoi(strings.TrimRight(toks[i-1].Key, "stndrh")); err == nil && v >= 1 && v <= 31 {
				d.Day = v
				if i+1 < len(toks) {
					d.Year = yearOf(toks[i+1].Key)
				}
			}
		}
		if d.Day > 0 && news.ValidDay(d.Year, d.Month, d.Day) {
			out = append(out, d)
		}
	}
	return out
}

func yearOf(key string) int {
	if len(key) != 4 {
		return 0
	}
	v, err := strconv.Atoi(key)
	if err != nil || v < 1800 || v > 2100 {
		return 0
	}
	return v
}

func startsUpper(s string) bool {
	r := firstRune(trimOpeners(s))
	return r >= 'A' && r <= 'Z'
}

func monthNumber(key string) int {
	key = strings.TrimSuffix(key, ".")
	if key == "" || len(key) >= 64 || monthShapes[key[0]]&(1<<len(key)) == 0 {
		return 0 // no month's name: spare the lookup
	}
	if m, ok := monthIndex[key]; ok {
		return m
	}
	return 0
}

// monthShapes marks, by opening byte, the lengths of the months' names.
var monthShapes = func() (shapes [256]uint64) {
	for k := range monthIndex {
		shapes[k[0]] |= 1 << len(k)
	}
	return shapes
}()

var monthIndex = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
	"sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

var monthNames = func() map[string]bool {
	m := make(map[string]bool, len(monthIndex))
	for k := range monthIndex {
		m[k] = true
	}
	return m
}()

var weekdays = toSet(`monday tuesday wednesday thursday friday saturday sunday`)
