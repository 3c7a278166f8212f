package compare

import (
	"strconv"
	"strings"

	"github.com/newsfold/newsfold/internal/news"
)

// numberSlot is a figure and the noun (or verb) it counts: "12 people",
// "killed 15".
type numberSlot struct {
	value float64
	key   string // stem of the counted word and its event, "people/kill"
	noun  string // the counted word as written, lower case
	event string // stem of the word saying what happened to them ("killing 12 people")
	text  string // the figure with its word, as written
}

var numberWords = map[string]float64{
	"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"hundred": 100, "dozen": 12, "dozens": 0, "hundreds": 0, "thousands": 0,
}

var multipliers = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"m": 1e6, "bn": 1e9, "k": 1e3,
}

// parseNumber reads a figure written in digits ("1,200", "3.5") or as an
// ordinary number word.
func parseNumber(key string) (float64, bool) {
	if v, ok := numberWords[key]; ok {
		return v, v > 0
	}
	if !isNumberKey(key) {
		return 0, false
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(key, ",", ""), 64)
	return v, err == nil
}

// numberSlots finds the figures of a sentence and what each counts.
// Years, days of the month, times of day and figures in dates are left out.
func numberSlots(toks []token) []numberSlot {
	var out []numberSlot
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		key := t.Key
		unit := ""
		switch {
		case strings.HasPrefix(t.Raw, "$") || strings.HasPrefix(t.Raw, "£") || strings.HasPrefix(t.Raw, "€"):
			unit = "amount"
		case strings.HasSuffix(t.Raw, "%"):
			unit = "percent"
		}
		// "60bn", "5m": split the multiplier off.
		if end := strings.IndexFunc(key, func(r rune) bool { return (r < '0' || r > '9') && r != '.' && r != ',' }); end > 0 {
			if m, ok := multipliers[key[end:]]; ok {
				v, ok := parseNumber(key[:end])
				if !ok {
					continue
				}
				out = appendSlot(out, toks, i, i, v*m, unit)
				continue
			}
		}
		v, ok := parseNumber(key)
		if !ok || strings.Contains(t.Raw, ":") || isDatePart(toks, i, v) {
			continue
		}
		last := i
		if i+1 < len(toks) {
			if m, ok := multipliers[toks[i+1].Key]; ok {
				v *= m
				last = i + 1
			}
		}
		out = appendSlot(out, toks, i, last, v, unit)
		i = last
	}
	return out
}

// appendSlot attaches the figure toks[first..last] to the word it counts:
// the next content word, or else the content word before it.
func appendSlot(out []numberSlot, toks []token, first, last int, v float64, unit string) []numberSlot {
	noun := unit
	end := last
	if noun == "" {
		for j := last + 1; j < len(toks) && j <= last+2; j++ {
			k := toks[j].Key
			if k == "percent" || k == "per" {
				noun, end = "percent", j
				break
			}
			if isContent(k) {
				if _, isNum := parseNumber(k); !isNum && !monthNames[k] {
					noun, end = k, j
				}
				break
			}
		}
	}
	if noun == "" && first > 0 && isContent(toks[first-1].Key) {
		noun = toks[first-1].Key
		first--
	}
	if noun == "" {
		return out
	}
	raws := make([]string, 0, end-first+1)
	for j := first; j <= end; j++ {
		raws = append(raws, toks[j].Raw)
	}
	text := strings.Trim(strings.Join(raws, " "), ",.;:“”\"()")
	event := slotEvent(toks, first, end)
	return append(out, numberSlot{value: v, key: stem(noun) + "/" + event, noun: noun, event: event, text: text})
}

// isDatePart reports whether the figure at toks[i] is a year or the day
// of a written date.
func isDatePart(toks []token, i int, v float64) bool {
	k := toks[i].Key
	if len(k) == 4 && v >= 1800 && v <= 2100 && !strings.Contains(k, ".") {
		return true
	}
	near := func(j int) bool {
		return j >= 0 && j < len(toks) && monthNames[strings.TrimSuffix(toks[j].Key, ".")]
	}
	if near(i-1) || near(i+1) {
		return true
	}
	if i+1 < len(toks) {
		switch toks[i+1].Key {
		case "am", "pm", "a.m", "p.m", "o'clock", "gmt", "utc", "th", "st", "nd", "rd":
			return true
		}
	}
	return false
}

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
	r := firstRune(strings.TrimLeft(s, "“\"‘'("))
	return r >= 'A' && r <= 'Z'
}

func monthNumber(key string) int {
	key = strings.TrimSuffix(key, ".")
	if m, ok := monthIndex[key]; ok {
		return m
	}
	return 0
}

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

// hedges qualify a figure without saying what it counts.
var hedges = toSet(`about nearly almost some approximately roughly around over under up`)

// slotEvent finds the word that says what a figure counts happened:
// the content word just before the figure ("killing 12 people"), else
// one just after what it counts ("12 people were killed").
func slotEvent(toks []token, first, end int) string {
	for j := first - 1; j >= 0 && j >= first-3; j-- {
		k := toks[j].Key
		if hedges[k] || k == "" {
			continue
		}
		if isContent(k) {
			return stem(k)
		}
		if k != "least" && k != "than" && k != "more" && k != "at" {
			break
		}
	}
	for j := end + 1; j < len(toks) && j <= end+3; j++ {
		if k := toks[j].Key; isContent(k) {
			return stem(k)
		}
	}
	return ""
}
