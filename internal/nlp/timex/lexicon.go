package timex

import (
	"time"

	"github.com/newsfold/newsfold/internal/nlp/wordlist"
)

// monthNames maps full month names to their numbers; they may stand alone
// ("in March").
var monthNames = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}

// monthAbbrevs maps abbreviated month names to their numbers; they count
// only beside a day or a year ("Nov. 28").
var monthAbbrevs = map[string]int{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

var weekdayNames = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday,
	"saturday": time.Saturday,
}

// weekdayAbbrevs count only when a date follows ("Mon, 28 Nov 2005").
var weekdayAbbrevs = map[string]time.Weekday{
	"sun": time.Sunday, "mon": time.Monday, "tue": time.Tuesday, "tues": time.Tuesday,
	"wed": time.Wednesday, "thu": time.Thursday, "thur": time.Thursday,
	"thurs": time.Thursday, "fri": time.Friday, "sat": time.Saturday,
}

// yearOffsets place "last year", "this year", "next year".
var yearOffsets = map[string]int{"last": -1, "this": 0, "next": 1}

// numberWords are the counts written out that relative expressions use.
var numberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
	"twelve": 12,
}

// abbreviations are words whose period does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "gen": true,
	"sen": true, "rep": true, "gov": true, "lt": true, "col": true, "capt": true,
	"sgt": true, "jr": true, "sr": true, "prof": true, "rev": true, "hon": true,
	"maj": true, "adm": true, "cmdr": true, "gens": true, "sens": true,
	"reps": true, "supt": true, "insp": true, "det": true, "fr": true, "vs": true,
	"no": true, "co": true, "corp": true, "inc": true, "ltd": true, "mt": true,
	"ft": true, "ave": true, "jan": true, "feb": true, "mar": true, "apr": true,
	"jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true, "mon": true, "tue": true,
	"tues": true, "thu": true, "thur": true, "thurs": true,
	"fri": true,
}

// monthCues are words after which a month name standing alone is a month
// ("in March", "since June", "the end of May").
var monthCues = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true,
	"from": true, "through": true, "throughout": true, "during": true,
	"of": true, "before": true, "after": true, "around": true, "early": true,
	"late": true, "mid": true, "last": true, "next": true, "this": true,
}

// yearCues are words after which a four-digit number is read as a year
// even when a lower-case word follows ("in 2003 troops ...", "the 2003 invasion").
var yearCues = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true,
	"from": true, "through": true, "during": true, "before": true,
	"after": true, "around": true, "circa": true, "of": true, "the": true,
	"early": true, "late": true, "mid": true, "spring": true, "summer": true,
	"autumn": true, "fall": true, "winter": true, "year": true,
	"between": true, "and": true, "to": true, "or": true,
}

// countNouns are nouns that, after a bare four-digit number, show the
// number is a count rather than a year ("1500 troops").
var countNouns = map[string]bool{
	"people": true, "troops": true, "soldiers": true, "men": true, "women": true,
	"children": true, "votes": true, "workers": true, "jobs": true,
	"deaths": true, "cases": true, "homes": true, "houses": true, "units": true,
	"copies": true, "tonnes": true, "tons": true, "feet": true, "metres": true,
	"meters": true, "miles": true, "kilometres": true, "kilometers": true,
	"km": true, "kg": true, "hectares": true, "acres": true, "dollars": true,
	"euros": true, "pounds": true, "barrels": true, "points": true,
	"times": true, "members": true, "residents": true, "students": true,
	"employees": true, "officers": true, "police": true, "refugees": true,
	"pages": true, "words": true, "hours": true, "minutes": true,
	"seconds": true, "days": true, "years": true, "cars": true,
	"vehicles": true, "rounds": true, "rockets": true, "missiles": true,
	"patients": true, "visitors": true, "fans": true, "participants": true,
	"delegates": true, "signatures": true, "calories": true, "bn": true,
	"million": true, "billion": true, "m": true, "mw": true, "gw": true,
}

// futureWords mark a clause about the future.
var futureWords = wordlist.New(map[string]bool{
	"will": true, "shall": true, "won't": true, "won’t": true,
	"scheduled": true, "upcoming": true, "planned": true,
	"expected": true, "expect": true, "expects": true,
	"intend": true, "intends": true,
	"would": true, "soon": true, "due": true, "runs": true, "starts": true,
	"begins": true, "opens": true, "resumes": true, "expires": true,
})

// intentWords mark a clause about the future before "to" ("plans to
// meet"); elsewhere they are as often nouns ("the budget plan").
var intentWords = map[string]bool{"plan": true, "plans": true, "hope": true, "hopes": true}

// pastWords mark a clause about the past, beside any word ending in "-ed".
var pastWords = wordlist.New(map[string]bool{
	"said": true, "told": true, "was": true, "were": true, "had": true,
	"did": true, "met": true, "made": true, "gave": true, "took": true,
	"went": true, "came": true, "saw": true, "sought": true, "held": true,
	"began": true, "spoke": true, "wrote": true, "left": true, "won": true,
	"lost": true, "fell": true, "rose": true, "led": true, "ran": true,
	"got": true, "put": true, "paid": true, "sent": true,
	"built": true, "brought": true, "thought": true, "felt": true, "kept": true,
	"heard": true, "meant": true, "became": true, "struck": true, "hit": true,
	"ago": true, "last": true, "yesterday": true,
})

// trigger is the kind of word that can start a time expression.
type trigger uint8

const (
	trigNone          trigger = iota
	trigWeekday               // "Monday"
	trigWeekdayAbbrev         // "Mon."
	trigMonth                 // "March", "Mar."
	trigNumber                // "three", "a"
	trigWord                  // "last", "today", "the" ...
)

// wordTriggers are the words other than names and numbers that start a
// time expression: "last week", "today", "the next day".
var wordTriggers = [...]string{"mid", "early", "late", "earlier", "later", "last",
	"next", "this", "today", "tonight", "yesterday", "tomorrow", "the"}

// triggers holds every word that can start a time expression with its
// kind, so that scanning passes over other words, and picks the reading
// of one that starts one, with one look-up. It is built once, from the
// tables above, and only read afterwards. The tables share no word.
var triggers = func() map[string]trigger {
	t := map[string]trigger{}
	for w := range monthNames {
		t[w] = trigMonth
	}
	for w := range monthAbbrevs {
		t[w] = trigMonth
	}
	for w := range numberWords {
		t[w] = trigNumber
	}
	for w := range weekdayNames {
		t[w] = trigWeekday
	}
	for w := range weekdayAbbrevs {
		t[w] = trigWeekdayAbbrev
	}
	for _, w := range wordTriggers {
		t[w] = trigWord
	}
	return t
}()

// triggerShapes are the shapes of the triggers.
var triggerShapes = shapesOf(triggers)

// determiners open a noun phrase.
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "their": true,
	"its": true, "our": true, "my": true, "your": true, "this": true, "that": true,
	"these": true, "those": true, "some": true, "any": true, "each": true,
	"every": true, "all": true, "both": true, "no": true,
}
