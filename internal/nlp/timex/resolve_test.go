package timex

import (
	"testing"
	"time"

	"github.com/newsfold/newsfold/internal/news"
)

func TestResolveWeekday(t *testing.T) {
	tests := []struct {
		wd     time.Weekday
		rel    int
		anchor string
		future bool
		want   string
	}{
		{time.Friday, relPlain, "2011-01-02", false, "2010-12-31"}, // across the new year
		{time.Sunday, relPlain, "2011-01-02", false, "2011-01-02"}, // the day itself
		{time.Sunday, relLast, "2011-01-02", false, "2010-12-26"},
		{time.Sunday, relNext, "2011-01-02", false, "2011-01-09"},
		{time.Monday, relPlain, "2011-01-02", true, "2011-01-03"},
		{time.Monday, relPlain, "2011-01", false, ""}, // needs a day
	}
	for _, tt := range tests {
		got, ok := resolveWeekday(tt.wd, tt.rel, date(t, tt.anchor), tt.future)
		if !ok {
			got = news.Date{}
		}
		if got.String() != tt.want {
			t.Errorf("resolveWeekday(%v, %d, %s, %v) = %q, want %q", tt.wd, tt.rel, tt.anchor, tt.future, got, tt.want)
		}
	}
}

func TestMonthYear(t *testing.T) {
	tests := []struct {
		month, rel int
		anchor     string
		future     bool
		want       string
	}{
		{12, relPlain, "2011-01-05", false, "2010-12"},
		{1, relPlain, "2011-01-05", false, "2011-01"},
		{3, relPlain, "2011-01-05", true, "2011-03"},
		{12, relPlain, "2011-12-05", true, "2011-12"},
		{1, relLast, "2011-01-05", false, "2010-01"},
		{2, relLast, "2011-01-05", false, "2010-02"},
		{1, relNext, "2011-01-05", false, "2012-01"},
		{6, relThis, "2011-01-05", false, "2011-06"},
	}
	for _, tt := range tests {
		if got := monthYear(tt.month, tt.rel, date(t, tt.anchor), tt.future); got.String() != tt.want {
			t.Errorf("monthYear(%d, %d, %s, %v) = %q, want %q", tt.month, tt.rel, tt.anchor, tt.future, got, tt.want)
		}
	}
}

func TestShift(t *testing.T) {
	tests := []struct {
		from string
		u    unit
		n    int
		want string
	}{
		{"2011-01-31", unitDay, 1, "2011-02-01"},
		{"2011-01-31", unitWeek, -1, "2011-01-24"},
		{"2011-01-31", unitMonth, 1, "2011-02"},
		{"2011-01", unitMonth, -1, "2010-12"},
		{"2011", unitYear, -10, "2001"},
		{"2011", unitMonth, 1, ""},  // a year gives no month
		{"2011-01", unitDay, 2, ""}, // a month gives no day
		{"", unitYear, 1, ""},       // nothing to count from
	}
	for _, tt := range tests {
		got, ok := shift(date(t, tt.from), tt.u, tt.n)
		if !ok {
			got = news.Date{}
		}
		if got.String() != tt.want {
			t.Errorf("shift(%s, %d, %d) = %q, want %q", tt.from, tt.u, tt.n, got, tt.want)
		}
	}
}

func TestTense(t *testing.T) {
	tests := []struct {
		text string
		want tense
	}{
		{"The minister said Monday that talks failed.", tensePast},
		{"The envoys will meet Monday.", tenseFuture},
		{"The envoys meet Monday.", tenseUnknown},
		{"The envoys, who met last year, gather Monday.", tenseUnknown},
		{"A debate to air Monday was taped.", tenseFuture},
		{"He went to the port Monday.", tensePast},
	}
	for _, tt := range tests {
		p := scan(tt.text)
		var m *mention
		for i := range p.mentions {
			if p.mentions[i].kind == exWeekday {
				m = &p.mentions[i]
			}
		}
		if m == nil {
			t.Fatalf("no weekday found in %q", tt.text)
		}
		if got := p.tense(m); got != tt.want {
			t.Errorf("tense in %q = %d, want %d", tt.text, got, tt.want)
		}
	}
}
