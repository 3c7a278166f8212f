package timex

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
)

func date(t testing.TB, s string) news.Date {
	t.Helper()
	if s == "" {
		return news.Date{}
	}
	d, err := news.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// found formats expressions as "Text=Value" for comparison.
func found(times []news.TimeExpr) []string {
	out := make([]string, len(times))
	for i, t := range times {
		out[i] = t.Text + "=" + t.Value.String()
	}
	return out
}

func TestFind(t *testing.T) {
	// 2011-03-09 is a Wednesday.
	tests := []struct {
		name   string
		anchor string
		text   string
		want   []string
	}{
		{"a plan named is no plan to come", "2012-08-14", "The council approved the harbour plan on May 4 by a vote of 12 to 9.",
			[]string{"on May 4=2012-05-04"}},
		{"plans to, ahead", "2012-08-14", "The council plans to vote on the harbour on May 4.",
			[]string{"on May 4=2013-05-04"}},
		{"day month year", "2011-03-09", "Talks opened in Dorvin on 17 November 2010.",
			[]string{"on 17 November 2010=2010-11-17"}},
		{"month day year", "2011-03-09", "The accord, signed Nov. 17, 2010, lapsed.",
			[]string{"Nov. 17, 2010=2010-11-17"}},
		{"ordinal of", "2011-03-09", "It closed on the 3rd of March.",
			[]string{"3rd of March=2011-03-03"}},
		{"iso", "", "Filed 2010-11-28 at noon.", []string{"2010-11-28=2010-11-28"}},
		{"unambiguous slash", "", "Dated 11/28/2010 and 28/11/2010 but not 03/04/2010.",
			[]string{"11/28/2010=2010-11-28", "28/11/2010=2010-11-28"}},
		{"weekday with date", "2011-03-09", "The vote was held Monday, March 7, 2011.",
			[]string{"Monday, March 7, 2011=2011-03-07"}},
		{"day without year past", "2011-03-09", "On 2 March, the council met.",
			[]string{"On 2 March=2011-03-02"}},
		{"day without year wraps to last year", "2011-01-04", "On 28 December, the council met.",
			[]string{"On 28 December=2010-12-28"}},
		{"day a few days ahead stays this year", "2011-03-09", "It ran in the 12 March issue of the weekly.",
			[]string{"12 March=2011-03-12"}},
		{"day in the future", "2011-12-20", "The council will meet on 5 January.",
			[]string{"on 5 January=2012-01-05"}},
		{"day with no tense is the nearest", "2013-02-20", "The hearing has been set for June 27.",
			[]string{"June 27=2013-06-27"}},
		{"tense beyond a comma does not count", "2014-03-25", "Ilsa Marr, a rival in the runoff on June 9, announced a bid.",
			[]string{"on June 9=2014-06-09"}},
		{"attributive far from the article date", "2011-03-09", "Since the July 4 blast, the port was shut.",
			nil},
		{"month alone", "2011-03-09", "She took office in January and left in June.",
			[]string{"in January=2011-01", "in June=2010-06"}},
		{"month in the future", "2011-03-09", "The mine will reopen in June.",
			[]string{"in June=2011-06"}},
		{"month year", "2011-03-09", "The strike began in March 2009.", []string{"in March 2009=2009-03"}},
		{"mid month", "2011-03-09", "He testified in mid-October.", []string{"mid-October=2010-10"}},
		{"early and late", "2011-03-09", "Work will start in early May and end in late 2012.",
			[]string{"early May=2011-05", "late 2012=2012"}},
		{"last and next month", "2011-01-12", "Prices rose last month and will fall next month.",
			[]string{"last month=2010-12", "next month=2011-02"}},
		{"this and last year", "2011-03-09", "Sales fell this year after a peak last year.",
			[]string{"this year=2011", "last year=2010"}},
		{"earlier this month", "2011-03-09", "Earlier this month the mayor resigned.",
			[]string{"Earlier this month=2011-03"}},
		{"years", "2011-03-09", "Founded in 1968, the party won in 2004 and again after 2008.",
			[]string{"in 1968=1968", "in 2004=2004", "2008=2008"}},
		{"year as modifier", "2011-03-09", "Since the nation's 1968 uprising, the 2004 election changed much.",
			[]string{"1968=1968", "2004=2004"}},
		{"decade skipped", "2011-03-09", "In the 1990s, prices rose as in the 1930's.", nil},
		{"month with its year named", "2011-03-09", "It began in June last year and ends in May this year.",
			[]string{"in June last year=2010-06", "in May this year=2011-05"}},
		{"counts are not years", "2011-03-09", "About 2,000 workers and 1500 soldiers, up 2010% on 2009.5 units.", nil},
		{"score is not a date", "2011-03-09", "Within the 4+1 group, talks resumed.", nil},
		{"modal may", "2011-03-09", "The ruling may change. May I ask? Prices may rise.", nil},
		{"verb march", "2011-03-09", "Thousands will march to the square. March with us, they said.", nil},
		{"may as month", "2011-03-09", "The law passed in May.", []string{"in May=2010-05"}},
		{"weekday past", "2011-03-09", "The minister said Monday that talks failed.",
			[]string{"Monday=2011-03-07"}},
		{"weekday same day", "2011-03-09", "The minister said Wednesday that talks failed.",
			[]string{"Wednesday=2011-03-09"}},
		{"weekday future", "2011-03-09", "He said the envoys will meet Friday.",
			[]string{"Friday=2011-03-11"}},
		{"weekday past beats later future", "2011-03-09", "He said on Tuesday that the envoys will meet.",
			[]string{"on Tuesday=2011-03-08"}},
		{"infinitive reads as future", "2011-03-09", "In a debate to air Friday, the mayor spoke.",
			[]string{"Friday=2011-03-11"}},
		{"to before a noun is no infinitive", "2011-03-09", "The mayor returned to the port on Monday.",
			[]string{"on Monday=2011-03-07"}},
		{"habit is no date", "2011-03-09", "She prays every Sunday.", nil},
		{"last weekday", "2011-03-09", "Last Wednesday the port closed.",
			[]string{"Last Wednesday=2011-03-02"}},
		{"next weekday", "2011-03-09", "The port reopens next Monday.",
			[]string{"next Monday=2011-03-14"}},
		{"weekday in a name", "2011-03-09", "Shoppers flocked to Black Friday sales, the Sunday Herald said.", nil},
		{"relative days", "2011-03-09", "Yesterday the rain stopped; today it is dry and tomorrow it warms.",
			[]string{"Yesterday=2011-03-08", "today=2011-03-09", "tomorrow=2011-03-10"}},
		{"today as a name", "2011-03-09", "He told Valley Today so.", nil},
		{"ago", "2011-03-09", "A year ago the plant closed; three days ago it reopened.",
			[]string{"A year ago=2010", "three days ago=2011-03-06"}},
		{"later from the sentence's date", "2011-03-09", "He was arrested on 3 May 2009 and freed two days later.",
			[]string{"on 3 May 2009=2009-05-03", "two days later=2009-05-05"}},
		{"before an event", "2011-03-09", "The raid came in December 2006, three months before the vote.",
			[]string{"in December 2006=2006-12", "three months before=2007-03"}},
		{"before standing alone", "2011-03-09", "He quit in May 2008; he had been warned a month before.",
			[]string{"in May 2008=2008-05", "a month before=2008-04"}},
		{"relative without a date is left out", "2011-03-09", "Two days later, the talks resumed.", nil},
		{"the next day", "2011-03-09", "Talks began on 4 April 2010 and collapsed the next day.",
			[]string{"on 4 April 2010=2010-04-04", "the next day=2010-04-05"}},
		{"vague stretches skipped", "2011-03-09", "Over the last year and this week, little changed.", nil},
		{"no anchor keeps only written years", "", "On Monday, in March and in 2004, last month.",
			[]string{"in 2004=2004"}},
		{"invalid day", "2011-03-09", "Due on February 30, 2011, it slipped.", []string{"2011=2011"}},
		{"leap day placed in a leap year", "2013-03-09", "It was 29 February.", []string{"29 February=2012-02-29"}},
		{"dateline", "2011-03-09", "DORVIN, March 8 (Meridian) - Crews worked.", []string{"March 8=2011-03-08"}},
		{"time of day", "2011-03-09", "At 10:30 on March 8 crews arrived.", []string{"on March 8=2011-03-08"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := found(Find(tt.text, date(t, tt.anchor)))
			if fmt.Sprint(got) != fmt.Sprint(tt.want) && !(len(got) == 0 && len(tt.want) == 0) {
				t.Errorf("Find(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestFindSentence(t *testing.T) {
	text := "The port closed on Monday. Dr. Ilsa Marr said it would reopen on 14 March. \"We hope so.\""
	got := Find(text, date(t, "2011-03-09"))
	want := []string{"The port closed on Monday.", "Dr. Ilsa Marr said it would reopen on 14 March."}
	if len(got) != len(want) {
		t.Fatalf("got %d expressions %q, want %d", len(got), found(got), len(want))
	}
	for i, te := range got {
		if te.Sentence != want[i] {
			t.Errorf("expression %q: sentence %q, want %q", te.Text, te.Sentence, want[i])
		}
		if !strings.Contains(te.Sentence, te.Text) {
			t.Errorf("sentence %q does not hold %q", te.Sentence, te.Text)
		}
	}
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"One. Two!  Three?", []string{"One.", "Two!", "Three?"}},
		{"Mr. Venn met U.S. envoys on Nov. 17. Then he left.", []string{"Mr. Venn met U.S. envoys on Nov. 17.", "Then he left."}},
		{`"It is over." He left.`, []string{`"It is over."`, "He left."}},
		{"First line\nSecond line", []string{"First line", "Second line"}},
		{"Prices rose 2.5 percent. In 2010 they fell.", []string{"Prices rose 2.5 percent.", "In 2010 they fell."}},
	}
	for _, tt := range tests {
		p := &passage{text: tt.text}
		p.toks, p.lower = tokenize(tt.text)
		var got []string
		for _, s := range p.splitSentences() {
			got = append(got, tt.text[s.start:s.end])
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("splitSentences(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
