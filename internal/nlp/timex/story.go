package timex

import (
	"time"

	"github.com/newsfold/newsfold/internal/news"
)

// Limits of completing a date from a story.
const (
	// storyReachDays is how far from the story's dates a completed date
	// may fall.
	storyReachDays = 400
	// eventLeadDays is how long before an article's date the days it
	// reports still count as the story's news.
	eventLeadDays = 7
	// weekdayMiss and weekdayLate weigh, in days, a dateline whose weekday
	// differs from the one its lead names: a day later is common (the
	// event reported the morning after), anything else is not.
	weekdayLate = 2
	weekdayMiss = 30
	// yearBelowFloor weighs a year before one the article itself names.
	yearBelowFloor = 400
	// yearMargin is how much better, in days, the chosen year must fit
	// than any other; closer calls are left undecided.
	yearMargin = 60
)

// completeFromStory chooses the year of md, an article's month and day,
// nearest the story's dates, weighing the weekday its lead names and the
// years it mentions.
func completeFromStory(s *scanned, md news.Date, anchors []time.Time) (news.Date, bool) {
	wd, hasWeekday := s.weekdayCue()
	hard, soft := s.yearFloor()
	score := map[int]int{} // year -> best score
	for _, a := range anchors {
		for y := a.Year() - 1; y <= a.Year()+1; y++ {
			if !news.ValidDay(y, md.Month, md.Day) || y < hard {
				continue
			}
			c := time.Date(y, time.Month(md.Month), md.Day, 0, 0, 0, 0, time.UTC)
			dist := absDays(c.Sub(a))
			if dist > storyReachDays {
				continue
			}
			sc := dist
			if hasWeekday {
				switch (int(c.Weekday()) - int(wd) + 7) % 7 {
				case 0:
				case 1:
					sc += weekdayLate
				default:
					sc += weekdayMiss
				}
			}
			if y < soft {
				sc += yearBelowFloor
			}
			if old, ok := score[y]; !ok || sc < old {
				score[y] = sc
			}
		}
	}
	bestYear, best, second := 0, -1, -1
	for y, sc := range score {
		switch {
		case best < 0 || sc < best || sc == best && y < bestYear:
			bestYear, best, second = y, sc, best
		case second < 0 || sc < second:
			second = sc
		}
	}
	if best < 0 || (second >= 0 && second-best < yearMargin) {
		return news.Date{}, false
	}
	return news.Date{Year: bestYear, Month: md.Month, Day: md.Day}, true
}

// storyAnchors returns the dates a story's own-dated articles were
// published on or, when none is, the full dates written in its articles.
func storyAnchors(ss []*scanned) []time.Time {
	var out []time.Time
	for _, s := range ss {
		if ownBasis(s.a.PublishedBasis) && valid(s.a.Published) {
			out = append(out, dayOf(s.a.Published))
		}
	}
	if len(out) > 0 {
		return out
	}
	for _, s := range ss {
		for _, p := range s.paras {
			for i := range p.mentions {
				if d := p.mentions[i].date; p.mentions[i].kind == exAbsolute && d.Year != 0 && d.Day != 0 {
					out = append(out, dayOf(d))
				}
			}
		}
	}
	return out
}

func ownBasis(b news.Basis) bool {
	return b == news.BasisMetadata || b == news.BasisDateline || b == news.BasisText
}

// eventDays counts, for each day, how many dated articles of the story
// report it: their publication day and the days their text names in the
// week before.
func eventDays(ss []*scanned, times [][]news.TimeExpr) map[news.Date]int {
	count := map[news.Date]int{}
	for i, s := range ss {
		pub := s.a.Published
		if pub.Precision() != "day" {
			continue
		}
		at := dayOf(pub)
		seen := map[news.Date]bool{pub: true}
		for _, t := range times[i] {
			if t.Value.Precision() != "day" || seen[t.Value] {
				continue
			}
			if gap := at.Sub(dayOf(t.Value)); gap >= -24*time.Hour && gap <= eventLeadDays*24*time.Hour {
				seen[t.Value] = true
			}
		}
		for d := range seen {
			count[d]++
		}
	}
	return count
}

// dayFromEvents dates an article that has no date of its own by the
// weekday its lead names, when exactly one of the story's reported days
// (the best supported) falls on that weekday.
func dayFromEvents(s *scanned, events map[news.Date]int) (news.Date, bool) {
	wd, ok := s.weekdayCue()
	if !ok {
		return news.Date{}, false
	}
	best, bestN, tie := news.Date{}, 0, false
	for d, n := range events {
		if dayOf(d).Weekday() != wd {
			continue
		}
		switch {
		case n > bestN:
			best, bestN, tie = d, n, false
		case n == bestN:
			tie = true
		}
	}
	if bestN == 0 || tie {
		return news.Date{}, false
	}
	return best, true
}
