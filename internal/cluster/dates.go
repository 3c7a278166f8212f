package cluster

import "fmt"

// months maps English month names and their abbreviations to numbers.
var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// writtenDates finds days written as "June 13" or "13 June" and gives each
// as one feature, "06-13", so that the same day agrees however written.
func writtenDates(toks []token) []string {
	var out []string
	day := func(t token) int {
		if !t.digit || len(t.lower) > 2 {
			return 0
		}
		n := 0
		for _, r := range t.lower {
			if r < '0' || r > '9' {
				return 0
			}
			n = n*10 + int(r-'0')
		}
		if n < 1 || n > 31 {
			return 0
		}
		return n
	}
	for i, t := range toks {
		if !t.capital {
			continue
		}
		m, ok := months[t.lower]
		if !ok {
			continue
		}
		d := 0
		if i+1 < len(toks) {
			d = day(toks[i+1])
		}
		if d == 0 && i > 0 {
			d = day(toks[i-1])
		}
		if d > 0 {
			out = append(out, fmt.Sprintf("%02d-%02d", m, d))
		}
	}
	return out
}
