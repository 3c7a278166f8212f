package compare

import (
	"strings"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
)

func TestTimelineEvents(t *testing.T) {
	year := func(y int) news.Date { return news.Date{Year: y} }
	day := func(y, m, d int) news.Date { return news.Date{Year: y, Month: m, Day: d} }
	tests := []struct {
		name     string
		sentence string
		text     string
		value    news.Date
		want     bool
	}{
		{"past happening", "The Kessel dam burst in 2029 after a week of rain.", "2029", year(2029), true},
		{"year qualifying a noun", "The mayor is already preparing for the 2032 election campaign in Brennmoor.", "2032", year(2032), false},
		{"year before a capitalised noun", "She called for a 2032 Brennmoor referendum on the dam.", "2032", year(2032), false},
		{"year after a preposition", "In 2029 Brennmoor rebuilt the old bridge over the river.", "2029", year(2029), true},
		{"a question is no happening", "Will the dam hold until March 3?", "March 3", day(2031, 3, 3), false},
		{"no verb", "Brennmoor, April 9, 2031, a town of rivers and bridges.", "April 9, 2031", day(2031, 4, 9), false},
		{"one end of a span", "The council approved savings of 70 million from 2033 to 2042 on Monday.", "2033", year(2033), false},
		{"the other end of a span", "The council approved savings of 70 million from 2033 to 2042 on Monday.", "2042", year(2042), false},
		{"a span with between", "Brennmoor rebuilt its bridges between 2029 and 2031.", "2031", year(2031), false},
		{"the end of a quotation opened before", "The truth is that the dam has kept every promise we rely on today.” he said.", "today", day(2031, 4, 9), false},
		{"a quotation closed and opened in the sentence", "“We are back,” Ada Brandt said on Tuesday as the dam reopened.", "Tuesday", day(2031, 4, 8), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &news.Article{ID: "a", Paragraphs: []string{tt.sentence},
				Times: []news.TimeExpr{{Text: tt.text, Value: tt.value, Sentence: tt.sentence}}}
			got := len(timeline([]*news.Article{a})) == 1
			if got != tt.want {
				t.Errorf("event kept = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestTimelineFinestDate checks that a sentence dated by a year and by a
// month of that year is listed under the month only, and that two days
// of one sentence are both kept.
func TestTimelineFinestDate(t *testing.T) {
	s1 := "The council met twice in Brennmoor during the months of June and July of 2029."
	s2 := "The dam was inspected on March 3, 2030 and closed on March 9, 2030."
	a := &news.Article{ID: "a", Paragraphs: []string{s1, s2}, Times: []news.TimeExpr{
		{Text: "June", Value: news.Date{Year: 2029, Month: 6}, Sentence: s1},
		{Text: "July of 2029", Value: news.Date{Year: 2029, Month: 7}, Sentence: s1},
		{Text: "2029", Value: news.Date{Year: 2029}, Sentence: s1},
		{Text: "March 3, 2030", Value: news.Date{Year: 2030, Month: 3, Day: 3}, Sentence: s2, Paragraph: 1},
		{Text: "March 9, 2030", Value: news.Date{Year: 2030, Month: 3, Day: 9}, Sentence: s2, Paragraph: 1},
	}}
	var got []string
	for _, e := range timeline([]*news.Article{a}) {
		got = append(got, e.Date.String())
	}
	if want := []string{"2029-06", "2029-07", "2030-03-03", "2030-03-09"}; strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("timeline dates %v, want %v", got, want)
	}
}

func TestTimelineMergesOneHappening(t *testing.T) {
	tuesday := news.Date{Year: 2031, Month: 4, Day: 8}
	mk := func(id, s string) *news.Article {
		return &news.Article{ID: id, Paragraphs: []string{s}, Times: []news.TimeExpr{{Text: "Tuesday", Value: tuesday, Sentence: s}}}
	}
	arts := []*news.Article{
		mk("a", "Mayor Ada Brandt opened the rebuilt Kessel bridge in Brennmoor on Tuesday before a crowd of hundreds."),
		mk("b", "Cheering crowds watched on Tuesday as Ada Brandt opened the Kessel bridge, rebuilt after the floods."),
		mk("c", "Schools in Oskby reopened on Tuesday for the first time since the storm."),
	}
	events := timeline(arts)
	if len(events) != 2 {
		t.Fatalf("got %d events, want the bridge opening merged and the schools apart: %+v", len(events), events)
	}
	if len(events[0].Articles) != 2 || len(events[1].Articles) != 1 {
		t.Errorf("articles per event = %v, %v", events[0].Articles, events[1].Articles)
	}
}
