package timex

import (
	"reflect"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
)

// TestDateStoryReusesNothing checks that a story's dates and times do not
// depend on the stories dated before it, whose arrays the next one reuses.
func TestDateStoryReusesNothing(t *testing.T) {
	long := news.Article{
		Title: "Harbour of Tarnby reopens on Monday",
		Paragraphs: []string{
			"TARNBY, March 3 - The harbour reopened on Monday, two weeks after the storm of 14 February 2021.",
			"Mayor Ada Quill said the pier would be rebuilt by next spring. \"We start tomorrow,\" she said on Tuesday.",
			"The last ferry left on Feb. 13. Repairs began last week and cost more than 2,000 crowns a day.",
		},
		MetadataDate: news.Date{Year: 2021, Month: 3, Day: 3},
	}
	short := news.Article{
		Title:        "Bridge closed",
		Paragraphs:   []string{"The Oldmere bridge closed yesterday and will open again in June."},
		MetadataDate: news.Date{Year: 2021, Month: 6, Day: 1},
	}
	date := func(a news.Article) news.Article {
		DateArticle(&a)
		DateStory([]*news.Article{&a})
		return a
	}
	want := map[string]news.Article{"long": date(long), "short": date(short)}
	if len(want["long"].Times) < 4 || len(want["short"].Times) == 0 {
		t.Fatalf("found %d and %d times, want several and some", len(want["long"].Times), len(want["short"].Times))
	}
	for _, name := range []string{"long", "short", "long", "short", "short", "long"} {
		a := long
		if name == "short" {
			a = short
		}
		got := date(a)
		if !reflect.DeepEqual(got, want[name]) {
			t.Errorf("%s article after another: times\n%v\nwant\n%v", name, got.Times, want[name].Times)
		}
	}
}
