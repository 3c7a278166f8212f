package timex

import (
	"reflect"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
)

// art builds an article; dateline is "" for none, "MM-DD" for a dateline
// without its year, or a full date.
func art(t testing.TB, id, dateline, metadata string, paras ...string) *news.Article {
	t.Helper()
	a := &news.Article{ID: id, Paragraphs: paras, MetadataDate: date(t, metadata)}
	switch {
	case dateline == "":
	case len(dateline) == 5:
		d, err := news.ParseDate("2000-" + dateline)
		if err != nil {
			t.Fatal(err)
		}
		a.Dateline = &news.Dateline{Place: "DORVIN", Text: "DORVIN, " + dateline, Date: news.Date{Month: d.Month, Day: d.Day}}
	default:
		a.Dateline = &news.Dateline{Place: "DORVIN", Text: "DORVIN, " + dateline, Date: date(t, dateline)}
	}
	return a
}

func TestDateArticle(t *testing.T) {
	tests := []struct {
		name      string
		a         *news.Article
		wantDate  string
		wantBasis news.Basis
	}{
		{"metadata", art(t, "a", "03-08", "2011-03-08", "The port closed Monday."), "2011-03-08", news.BasisMetadata},
		{"dateline with year", art(t, "a", "2011-03-08", "", "The port closed."), "2011-03-08", news.BasisDateline},
		{"dateline left in the text", art(t, "a", "", "",
			"Harbour news",
			"DORVIN, 8 March 2011 (Meridian) -- The port of Dorvin closed after a storm hit the coast."),
			"2011-03-08", news.BasisDateline},
		{"lead gives the day", art(t, "a", "", "",
			"On Tuesday, March 8, 2011, the port of Dorvin closed after a storm hit the coast."),
			"2011-03-08", news.BasisText},
		{"dateline day written in full in the text", art(t, "a", "03-08", "",
			"The port closed after a storm.",
			"Officials said the closure of March 8, 2011, was the first in years."),
			"2011-03-08", news.BasisText},
		{"dateline without year alone", art(t, "a", "03-08", "",
			"The port closed Tuesday, the first closure since 2004."), "", ""},
		{"lead looks back", art(t, "a", "", "",
			"Ten years ago, on March 8, 2001, the port of Dorvin closed after a storm hit."), "", ""},
		{"history in the body", art(t, "a", "", "",
			"The port of Dorvin closed after a storm hit the coast.",
			"It last closed on March 8, 2001."), "", ""},
		{"nothing", art(t, "a", "", "", "The port closed."), "", ""},
		{"date stamp printed with the article", func() *news.Article {
			a := art(t, "a", "03-08", "", "The port closed Tuesday.")
			a.StampDate = news.Date{Year: 2011, Month: 3, Day: 8}
			return a
		}(), "2011-03-08", news.BasisText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			DateArticle(tt.a)
			if got := tt.a.Published.String(); got != tt.wantDate || tt.a.PublishedBasis != tt.wantBasis {
				t.Errorf("got %q basis %q, want %q basis %q", got, tt.a.PublishedBasis, tt.wantDate, tt.wantBasis)
			}
		})
	}
}

// dateStory runs the pipeline's two dating steps over arts.
func dateStory(arts ...*news.Article) {
	for _, a := range arts {
		DateArticle(a)
	}
	DateStory(arts)
}

func TestDateStory(t *testing.T) {
	type want struct {
		date  string
		basis news.Basis
	}
	// 2011-03-07 is a Monday.
	tests := []struct {
		name string
		arts []*news.Article
		want []want
	}{
		{
			name: "dateline year from the story",
			arts: []*news.Article{
				art(t, "a", "2011-03-09", "", "The Dorvin port reopened, officials said."),
				art(t, "b", "03-07", "", "The Dorvin port closed after a storm."),
			},
			want: []want{{"2011-03-09", news.BasisDateline}, {"2011-03-07", news.BasisStory}},
		},
		{
			name: "dateline across the new year",
			arts: []*news.Article{
				art(t, "a", "", "2011-01-02", "The Dorvin port reopened."),
				art(t, "b", "12-30", "", "The Dorvin port closed after a storm."),
			},
			want: []want{{"2011-01-02", news.BasisMetadata}, {"2010-12-30", news.BasisStory}},
		},
		{
			name: "years the article names rule out earlier ones",
			arts: []*news.Article{
				art(t, "a", "", "2011-01-02", "The Dorvin port reopened."),
				art(t, "b", "12-30", "", "The Dorvin port, closed in 2011 after a storm, stays shut."),
			},
			want: []want{{"2011-01-02", news.BasisMetadata}, {"2011-12-30", news.BasisStory}},
		},
		{
			name: "dateline half a year from the story is left undecided",
			arts: []*news.Article{
				art(t, "a", "", "2011-01-01", "The Dorvin port reopened."),
				art(t, "b", "07-02", "", "The Dorvin port closed after a storm."),
			},
			want: []want{{"2011-01-01", news.BasisMetadata}, {"", news.BasisNone}},
		},
		{
			name: "weekday cue dates an undated article",
			arts: []*news.Article{
				art(t, "a", "2011-03-09", "", "On 7 March, the Dorvin port closed after a storm."),
				art(t, "b", "", "", "Officials confirmed Monday that the Dorvin port had closed.",
					"It last closed in March."),
			},
			want: []want{{"2011-03-09", news.BasisDateline}, {"2011-03-07", news.BasisStory}},
		},
		{
			name: "weekday cue matching no reported day",
			arts: []*news.Article{
				art(t, "a", "2011-03-09", "", "On 7 March, the Dorvin port closed after a storm."),
				art(t, "b", "", "", "Officials confirmed Friday that the Dorvin port had closed."),
			},
			want: []want{{"2011-03-09", news.BasisDateline}, {"", news.BasisNone}},
		},
		{
			name: "undated article without cue stays undated",
			arts: []*news.Article{
				art(t, "a", "2011-03-09", "", "On Monday, the Dorvin port closed after a storm."),
				art(t, "b", "", "", "The Dorvin port has a long history of closures, its memoir says.",
					"It closed in 2004 and in 2008."),
			},
			want: []want{{"2011-03-09", news.BasisDateline}, {"", news.BasisNone}},
		},
		{
			name: "lone article with a dateline lacking its year",
			arts: []*news.Article{
				art(t, "a", "03-07", "", "The Dorvin port closed Monday after a storm, the first since 2004."),
			},
			want: []want{{"", news.BasisNone}},
		},
		{
			name: "story of undated articles",
			arts: []*news.Article{
				art(t, "a", "03-07", "", "The Dorvin port closed Monday."),
				art(t, "b", "", "", "Officials confirmed Monday that the port closed."),
			},
			want: []want{{"", news.BasisNone}, {"", news.BasisNone}},
		},
		{
			name: "full dates in the text anchor a story without publication dates",
			arts: []*news.Article{
				art(t, "a", "03-08", "", "The Dorvin port closed after the storm of March 7, 2011."),
			},
			want: []want{{"2011-03-08", news.BasisStory}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dateStory(tt.arts...)
			for i, a := range tt.arts {
				if got := a.Published.String(); got != tt.want[i].date || a.PublishedBasis != tt.want[i].basis {
					t.Errorf("article %s: got %q basis %q, want %q basis %q", a.ID, got, a.PublishedBasis, tt.want[i].date, tt.want[i].basis)
				}
			}
		})
	}
}

func TestDateStoryResolvesTimes(t *testing.T) {
	a := art(t, "a", "2011-03-09", "", "On 7 March, the Dorvin port closed after a storm.")
	b := art(t, "b", "03-08", "", "The Dorvin port closed Monday.", "Its owners bought it last month.")
	b.Title = "Port shut since Monday"
	dateStory(a, b)
	want := []news.TimeExpr{
		{Text: "Monday", Value: date(t, "2011-03-07"), Paragraph: -1, Sentence: "Port shut since Monday"},
		{Text: "Monday", Value: date(t, "2011-03-07"), Paragraph: 0, Sentence: "The Dorvin port closed Monday."},
		{Text: "last month", Value: date(t, "2011-02"), Paragraph: 1, Sentence: "Its owners bought it last month."},
	}
	if !reflect.DeepEqual(b.Times, want) {
		t.Errorf("times:\n got %+v\nwant %+v", b.Times, want)
	}
	// Running again gives the same dates and times.
	before := *b
	DateStory([]*news.Article{a, b})
	if !reflect.DeepEqual(*b, before) {
		t.Errorf("second run changed the article:\n got %+v\nwant %+v", *b, before)
	}
}

func TestDateStoryUndatedKeepsOnlyYearedTimes(t *testing.T) {
	a := art(t, "a", "", "", "The port closed Monday, as it did in March 2004 and last month.")
	DateStory([]*news.Article{a})
	if got := found(a.Times); !reflect.DeepEqual(got, []string{"in March 2004=2004-03"}) {
		t.Errorf("times = %q", got)
	}
	if a.PublishedBasis != news.BasisNone || !a.Published.IsZero() {
		t.Errorf("got %q basis %q, want undated", a.Published, a.PublishedBasis)
	}
}
