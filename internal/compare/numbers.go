package compare

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// numberSlot is a figure and the noun (or verb) it counts: "12 people",
// "killed 15".
type numberSlot struct {
	value  float64
	lo, hi float64 // the values the wording allows ("at least 10": 10 and up)
	key    string  // stem of the counted word and its event, "people/kill"
	noun   string  // the counted word as written, lower case
	// label is what the figure counts, for a reader: the noun, or the
	// plural a describing word stands before ("three underwater pipes").
	label string
	event string // stem of the word saying what happened to them ("killing 12 people")
	// eventBefore is set when the event word stands before the figure.
	eventBefore bool
	approx      bool   // hedged: "about 120"
	text        string // the figure with its word, as written
}

var numberWords = map[string]float64{
	"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"hundred": 100, "dozen": 12, "dozens": 0, "hundreds": 0, "thousands": 0,
}

// numberInitials marks the bytes a figure or a number word opens with.
var numberInitials = func() (set [256]bool) {
	for k := range numberWords {
		set[k[0]] = true
	}
	for c := '0'; c <= '9'; c++ {
		set[c] = true
	}
	return set
}()

// numberWordShapes marks, by opening byte, the lengths of the number
// words.
var numberWordShapes = func() (shapes [256]uint64) {
	for k := range numberWords {
		shapes[k[0]] |= 1 << len(k)
	}
	return shapes
}()

var multipliers = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"m": 1e6, "bn": 1e9, "k": 1e3,
}

// parseNumber reads a figure written in digits ("1,200", "3.5") or as an
// ordinary number word.
func parseNumber(key string) (float64, bool) {
	if key == "" || !numberInitials[key[0]] || key[0] > '9' && (len(key) >= 64 || numberWordShapes[key[0]]&(1<<len(key)) == 0) {
		return 0, false // neither a number word nor a figure
	}
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
// Years, days of the month, times of day, figures in dates, runs of
// figures (telephone numbers) and partitives ("178 of 369") are left out.
func numberSlots(toks []token) []numberSlot {
	var out []numberSlot
	for i := 0; i < len(toks); i++ {
		v, last, ok := readFigure(toks, i)
		if !ok {
			continue
		}
		if !skipFigure(toks, i, last, v) {
			if s, ok := makeSlot(toks, i, last, v); ok {
				out = append(out, s)
			}
		}
		i = last
	}
	return out
}

// readFigure reads the figure at toks[i], with a multiplier written on
// it ("60bn") or after it ("3 million"), and the index of its last token.
func readFigure(toks []token, i int) (float64, int, bool) {
	key := toks[i].Key
	if key == "" || !numberInitials[key[0]] {
		return 0, i, false // neither a figure nor a number word
	}
	if strings.ContainsRune(toks[i].Raw, utf8.RuneError) {
		return 0, i, false // a character lost in decoding may have been part of it ("4½")
	}
	if end := strings.IndexFunc(key, func(r rune) bool { return (r < '0' || r > '9') && r != '.' && r != ',' }); end > 0 {
		m, ok := multipliers[key[end:]]
		if !ok {
			return 0, i, false
		}
		v, ok := parseNumber(key[:end])
		return v * m, i, ok
	}
	v, ok := parseNumber(key)
	if !ok || strings.Contains(toks[i].Raw, ":") {
		return 0, i, false
	}
	if i+1 < len(toks) {
		if m, ok := multipliers[toks[i+1].Key]; ok {
			return v * m, i + 1, true
		}
	}
	return v, i, true
}

// skipFigure reports figures that count nothing comparable.
func skipFigure(toks []token, first, last int, v float64) bool {
	if isDatePart(toks, first, v) {
		return true
	}
	digits := func(j int) bool { return j >= 0 && j < len(toks) && isNumberKey(toks[j].Key) }
	key := func(j int) string { return keyAt(toks, j) }
	switch {
	case digits(first-1) || digits(last+1):
		return true // a telephone number or a broken figure
	case (key(last+1) == "of" || key(last+1) == "out") && (digits(last+2) || digits(last+3)):
		return true // "178 of 369"
	case key(first-1) == "of" && digits(first-2):
		return true
	}
	return false
}

// makeSlot attaches the figure toks[first..last] to the word it counts:
// the next content word, or else the content word before it.
func makeSlot(toks []token, first, last int, v float64) (numberSlot, bool) {
	raw := toks[first].Raw
	noun := ""
	switch {
	case strings.ContainsAny(raw, "$£€¥"):
		noun = "amount " + string(raw[strings.IndexAny(raw, "$£€¥"):][:1])
	case strings.HasSuffix(raw, "%"):
		noun = "percent"
	}
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
	start := first
	if noun == "" && first > 0 && isContent(toks[first-1].Key) {
		noun = toks[first-1].Key
		start--
	}
	if noun == "" {
		return numberSlot{}, false
	}
	raws := make([]string, 0, end-start+1)
	for j := start; j <= end; j++ {
		raws = append(raws, toks[j].Raw)
	}
	s := numberSlot{value: v, noun: noun, label: noun, text: strings.Trim(strings.Join(raws, " "), ",.;:“”\"()")}
	if v != 1 && !looksPlural(noun) && end > last && end+1 < len(toks) {
		if k := toks[end+1].Key; isContent(k) && looksPlural(k) {
			s.label = k
		}
	}
	s.lo, s.hi, s.approx = figureRange(toks, first, last, v)
	s.event, s.eventBefore = slotEvent(toks, start, end)
	s.key = stem(noun) + "/" + s.event
	if peopleNouns[noun] {
		s.key = "people/" + s.event // "120 residents" and "140 people" count the same
	}
	return s, true
}

// looksPlural reports whether a lower-case word has the shape of a plural
// noun: it ends in "s" but not in "ss", "us" or "is" ("cables", not
// "bus", "crisis" or "press").
func looksPlural(w string) bool {
	n := len(w)
	return n > 3 && w[n-1] == 's' && w[n-2] != 's' && w[n-2] != 'u' && w[n-2] != 'i' && w[n-2] != '\''
}

// figureRange gives the values a hedged figure allows: "at least 10",
// "up to 120", "about 40", "between 140 and 150", and whether it is an
// approximation ("about 40").
func figureRange(toks []token, first, last int, v float64) (lo, hi float64, approx bool) {
	key := func(j int) string { return keyAt(toks, j) }
	k1, k2 := key(first-1), key(first-2)
	if k1 == "" && first > 0 {
		k1, k2 = key(first-2), key(first-3) // across a currency sign or dash
	}
	switch {
	case k1 == "between" || ((k1 == "and" || k1 == "to") && isNumberKey(k2)) ||
		((key(last+1) == "and" || key(last+1) == "to") && isNumberKey(strings.TrimLeft(key(last+2), "$£€"))):
		return 0, math.Inf(1), false // one end of a range
	case k1 == "least" || (k1 == "than" && k2 == "more") || k1 == "over" || k1 == "above" || k1 == "exceeding":
		return v, math.Inf(1), false
	case (k1 == "to" && k2 == "up") || k1 == "under" || k1 == "below" || (k1 == "than" && (k2 == "less" || k2 == "fewer")):
		return 0, v, false
	case approximators[k1]:
		return (1 - approxSpread) * v, (1 + approxSpread) * v, true
	}
	return v, v, false
}

// approxSpread is how far a figure given as "about N" may stand from N.
// Two figures both given as approximations are each outlet's own round
// estimate: they agree only when within approxSame of each other.
const (
	approxSpread = 0.15
	approxSame   = 0.05
)

// peopleNouns count people; a figure counting any of them fills one slot.
var peopleNouns = toSet(`people persons residents villagers passengers civilians inhabitants locals
evacuees survivors victims migrants refugees pilgrims tourists visitors workers miners
protesters demonstrators soldiers troops students children adults pupils patients`)

var approximators = toSet(`about around roughly approximately some nearly almost estimated an`)

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

// hedges qualify a figure without saying what it counts.
var hedges = toSet(`about nearly almost some approximately roughly around over under up estimated`)

// slotEvent finds the word that says what a figure counts happened:
// the content word just before the figure ("killing 12 people"), else
// one just after what it counts ("12 people were killed"). It reports
// whether the word stands before.
func slotEvent(toks []token, first, end int) (string, bool) {
	for j := first - 1; j >= 0 && j >= first-3; j-- {
		k := toks[j].Key
		if hedges[k] || k == "" {
			continue
		}
		if isContent(k) {
			return stem(k), true
		}
		if k != "least" && k != "than" && k != "more" && k != "at" {
			break
		}
	}
	for j := end + 1; j < len(toks) && j <= end+3; j++ {
		if k := toks[j].Key; isContent(k) {
			return stem(k), false
		}
	}
	return "", false
}

// timeUnits are nouns whose count grows as a story goes on ("after four
// days of riots"); they are compared only when a verb governs the figure
// ("served five months").
var timeUnits = toSet(`second seconds minute minutes hour hours day days night nights week weeks month months
year years decade decades century centuries`)

// identifierNouns follow figures that name rather than count.
var identifierNouns = toSet(`block street avenue road floor room route highway page chapter section article
amendment grade level phase stage round number no seat district precinct flight gate bus line platform
terminal game week-end`)
