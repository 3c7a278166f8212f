package timex

import (
	"time"

	"github.com/newsfold/newsfold/internal/news"
)

// exprKind is the form of a time expression, which decides what it needs
// to be resolved.
type exprKind uint8

const (
	// exAbsolute has its fields written out; a missing year comes from
	// the article date ("On 28 November", "in March").
	exAbsolute exprKind = iota
	// exWeekday names a day of the week ("Monday", "last Friday").
	exWeekday
	// exDayOffset counts days from the article date ("yesterday").
	exDayOffset
	// exUnitOffset counts units from the article date ("last month",
	// "two years ago").
	exUnitOffset
	// exLinked counts units from the date before it in the same sentence
	// ("in May 2003 ... two days later").
	exLinked
)

type unit uint8

const (
	unitDay unit = iota + 1
	unitWeek
	unitMonth
	unitYear
)

// Relations of a weekday or a month to the article date.
const (
	relPlain = 0  // "Monday", "in March": by the tense of the clause
	relLast  = -1 // "last Monday": strictly before
	relNext  = 1  // "next Monday": strictly after
	relThis  = 2  // "this Monday": in the current week or year
)

// mention is a time expression found in a text, not yet resolved.
type mention struct {
	start, end  int // bytes of the expression as written
	first, last int // tokens of the expression's core
	kind        exprKind
	date        news.Date    // exAbsolute: the fields written
	weekday     time.Weekday // exWeekday
	hasWeekday  bool         // an absolute date written with its weekday
	// yearOffset places an absolute month from the article's year
	// ("March last year") when hasYearOffset is set.
	yearOffset    int
	hasYearOffset bool
	rel           int  // exWeekday, exAbsolute month: relLast ...
	n             int  // offsets: signed count of units
	unit          unit // offsets
	attributive   bool // "the 5 December issue": a name more than a time
	modified      bool // has a modifier of its own ("mid-", "last")
	sent          int
}
