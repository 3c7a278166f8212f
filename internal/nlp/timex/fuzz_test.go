package timex

import (
	"strings"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
)

func FuzzFind(f *testing.F) {
	seeds := []string{
		"DORVIN, Mar 8 (Meridian) - The council met Monday, a year ago, on 3 May 2009 and two days later.",
		"On 14 March, in the 12 March issue, mid-October, late 2006, last month, 2011-03-09.",
		"Monday, March 7, 2011. 11/28/2010 the 1990s 2,000 workers 4+1 May I? 29 February 10:30",
		"the next day", "Nov.", "28th of", "2005-", "in 2199-2200", "Aug. 14, 2003, blackout",
	}
	for _, s := range seeds {
		f.Add(s, 2011, 3, 9)
	}
	f.Add("On 31 December, last Friday", 1, 1, 1)
	f.Add("in March, a decade ago", 9999, 12, 31)
	f.Fuzz(func(t *testing.T, text string, y, m, d int) {
		anchor := news.Date{Year: y, Month: m, Day: d}
		if !valid(anchor) {
			anchor = news.Date{}
		}
		for _, te := range Find(text, anchor) {
			if !strings.Contains(text, te.Text) || te.Text == "" {
				t.Errorf("text %q not in input %q", te.Text, text)
			}
			if !strings.Contains(te.Sentence, strings.TrimSpace(te.Text)) || !strings.Contains(text, te.Sentence) {
				t.Errorf("sentence %q does not hold %q or is not in the input", te.Sentence, te.Text)
			}
			if !te.Value.HasYear() || !valid(te.Value) {
				t.Errorf("%q resolved to invalid %+v", te.Text, te.Value)
			}
			if _, err := news.ParseDate(te.Value.String()); err != nil {
				t.Errorf("%q resolved to %q: %v", te.Text, te.Value, err)
			}
			if te.Paragraph != 0 {
				t.Errorf("paragraph %d, want 0", te.Paragraph)
			}
		}
	})
}

func FuzzDateStory(f *testing.F) {
	f.Add("DORVIN, 8 March 2011 - The port closed.", "DORVIN, March 7 - Officials said Monday.", "Officials confirmed Monday.")
	f.Add("", "On Tuesday, March 8, 2011, it shut.", "Ten years ago, on March 8, 2001.")
	f.Fuzz(func(t *testing.T, p1, p2, p3 string) {
		arts := []*news.Article{
			{ID: "a", Paragraphs: strings.Split(p1, "\n")},
			{ID: "b", Title: p3, Paragraphs: []string{p2, p3}},
			{ID: "c", Paragraphs: []string{p3}, Dateline: &news.Dateline{Date: news.Date{Month: 3, Day: 7}}},
		}
		for _, a := range arts {
			DateArticle(a)
		}
		DateStory(arts)
		for _, a := range arts {
			switch a.PublishedBasis {
			case news.BasisNone:
				if !a.Published.IsZero() {
					t.Errorf("article %s: basis none with date %q", a.ID, a.Published)
				}
			case news.BasisText, news.BasisDateline, news.BasisStory, news.BasisMetadata:
				if !valid(a.Published) {
					t.Errorf("article %s: invalid date %+v", a.ID, a.Published)
				}
			default:
				t.Errorf("article %s: basis %q", a.ID, a.PublishedBasis)
			}
			for _, te := range a.Times {
				src := a.Title
				if te.Paragraph >= 0 {
					src = a.Paragraphs[te.Paragraph]
				}
				if !strings.Contains(src, te.Text) || !valid(te.Value) {
					t.Errorf("article %s: bad expression %+v", a.ID, te)
				}
			}
		}
	})
}
