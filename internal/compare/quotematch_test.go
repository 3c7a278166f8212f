package compare

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
)

func TestSpellOut(t *testing.T) {
	tests := []struct{ in, want string }{
		{"he's sure it's fine", "he is sure it is fine"},
		{"they don't know", "they do not know"},
		{"we can't and won't go", "we can not and will not go"},
		{"i'm here and you're late", "i am here and you are late"},
		{"the mayor's plan", "the mayor's plan"}, // a possessive stays
		{"plain words only", "plain words only"},
	}
	for _, tt := range tests {
		if got := strings.Join(spellOut(strings.Fields(tt.in)), " "); got != tt.want {
			t.Errorf("spellOut(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestJoinCompounds(t *testing.T) {
	tests := []struct {
		a, b, want string
		joined     bool
	}{
		{"his world view is narrow", "a worldview of his", "his worldview is narrow", true},
		{"things to do today", "a todo list", "things to do today", false}, // too short to be a compound
		{"no compound here", "nothing in common", "no compound here", false},
	}
	for _, tt := range tests {
		v := &quoteVocab{ids: map[string]int{}}
		a, b := strings.Fields(tt.a), strings.Fields(tt.b)
		var aIDs, bIDs []int
		for _, w := range a {
			aIDs = append(aIDs, v.id(w))
		}
		for _, w := range b {
			bIDs = append(bIDs, v.id(w))
		}
		slices.Sort(bIDs)
		bIDs = slices.Compact(bIDs)
		ids, joined := joinCompounds(aIDs, v.compounds(a), bIDs)
		var got []string
		for _, id := range ids {
			got = append(got, v.words[id])
		}
		if strings.Join(got, " ") != tt.want || joined != tt.joined {
			t.Errorf("joinCompounds(%q, %q) = %q, %v; want %q, %v", tt.a, tt.b, got, joined, tt.want, tt.joined)
		}
	}
}

func TestQuotedSpans(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{`He called it "a war of choice" on Sunday.`, []string{"a war of choice"}},
		{"“One,” she said, “and two.”", []string{"One,", "and two."}},
		{"He added, “Needless to say, it was not ‘a war of choice.’ It was more.”", []string{"Needless to say, it was not ‘a war of choice.’ It was more."}},
		{"“It was not “a war of choice” at all,” he said.", []string{"It was not “a war of choice” at all,"}},
		{`An open "quotation runs on`, []string{"quotation runs on"}},
		{"No quotation at all.", nil},
	}
	for _, tt := range tests {
		if got := quotedSpans(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("quotedSpans(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTitleSpan(t *testing.T) {
	tests := []struct {
		span string
		want bool
	}{
		{"Meet the Voters", true},
		{"Voice of the Valley", true},
		{"we will not give up", false},
		{"Tell them we are here", false},
	}
	for _, tt := range tests {
		keys := strings.Fields(strings.ToLower(tt.span))
		if got := titleSpan(keys, tt.span); got != tt.want {
			t.Errorf("titleSpan(%q) = %v, want %v", tt.span, got, tt.want)
		}
	}
}

// TestQuotesJoined checks the wordings that are one quotation although
// the share of shared words alone would keep them apart.
func TestQuotesJoined(t *testing.T) {
	quote := func(a *news.Article, text, speaker string) *news.Article {
		a.Quotes = append(a.Quotes, news.Quote{Text: text, Speaker: speaker})
		return a
	}
	tests := []struct {
		name      string
		arts      []*news.Article
		wantArts  []string // articles of the first entry
		wantCount int
	}{
		{
			"a long run of words shared inside different trimmings",
			[]*news.Article{
				quote(article("a", "Northgate Herald", 1, "Body text one."), "Nobody saw it coming and the river took the lower town before any of us could move the cars to higher ground", "Ada Brandt"),
				quote(article("b", "Lakeside Courier", 1, "Body text two."), "the river took the lower town before any of us could move, and that is the truth of it, we lost everything that night", "Ada Brandt"),
			},
			[]string{"a", "b"}, 1,
		},
		{
			"the same run credited to a person the other wording names",
			[]*news.Article{
				quote(article("a", "Northgate Herald", 1, "Body text one."), "His conduct is unbecoming of a member of the town council", "Piet Moller"),
				quote(article("b", "Lakeside Courier", 1, "Body text two."), "Piet Moller has lost it. His conduct is unbecoming of a member of the town council.", "Jon Vell"),
			},
			[]string{"a", "b"}, 1,
		},
		{
			"contractions and a compound spelt differently",
			[]*news.Article{
				quote(article("a", "Northgate Herald", 1, "Body text one."), "He's sure it's a worldview they don't share", "Ada Brandt"),
				quote(article("b", "Lakeside Courier", 1, "Body text two."), "He is sure it is a world view they do not share", "Ada Brandt"),
			},
			[]string{"a", "b"}, 1,
		},
		{
			"one speaker's remark interrupted in one article",
			[]*news.Article{
				quote(article("a", "Northgate Herald", 1, "Body text one."), "The campaign has been a race to the bottom. We have seen insults and distortions every single week.", "Ada Brandt"),
				quote(article("b", "Lakeside Courier", 1, "Body text two."), "I think the campaign has been, in many ways, a race to the bottom", "Ada Brandt"),
			},
			[]string{"a", "b"}, 1,
		},
		{
			"a phrase in quotation marks joins the quotation it repeats",
			[]*news.Article{
				quote(article("a", "Northgate Herald", 1, "Body text one."), "a war of choice and not of need", "Ada Brandt"),
				article("b", "Lakeside Courier", 1, `Critics seized on her claim that it was "a war of choice and not of need" on Sunday.`),
			},
			[]string{"a", "b"}, 1,
		},
		{
			"two articles quoting one phrase credited to no one",
			[]*news.Article{
				article("a", "Northgate Herald", 1, `The council called the plan a "reckless and costly gamble" in its resolution.`),
				article("b", "Lakeside Courier", 1, `The resolution condemned a "reckless, costly gamble" by the board.`),
			},
			[]string{"a", "b"}, 1,
		},
		{
			"an article repeating part of a passage it quotes whole",
			[]*news.Article{
				quote(quote(article("a", "Northgate Herald", 1, "Body text one."),
					"a banker who never worked a field", "Ada Brandt"),
					"Vote for me and the board gets a grower who knows the soil. Or you get a banker who never worked a field, sitting in its chair.", "Ada Brandt"),
				quote(quote(article("b", "Lakeside Courier", 1, "Body text two."),
					"Vote for me and the board gets a grower ... who knows the soil", "Ada Brandt"),
					"Or you get a banker who never worked a field, sitting in its chair", "Ada Brandt"),
			},
			[]string{"a", "b"}, 1,
		},
		{
			"cuts of one passage, each overlapping the next",
			[]*news.Article{
				quote(quote(article("a", "Northgate Herald", 1, "Body text one."),
					"I grew up on these farms, and I will stand up for them in every council of this valley", "Ada Brandt"),
					"As governor I will end the neglect of our farms. Water made this valley rich. It can make it rich again.", "Ada Brandt"),
				quote(quote(article("b", "Lakeside Courier", 1, "Body text two."),
					"I grew up on these farms, and I will stand up for them in every council of this valley. As governor I will end the neglect of our farms", "Ada Brandt"),
					"water made this valley rich. It can make it rich again.", "Ada Brandt"),
			},
			[]string{"a", "b"}, 1,
		},
		{
			"a phrase one article alone quotes, or a title, is no quotation",
			[]*news.Article{
				article("a", "Northgate Herald", 1, `She spoke on "Meet the Voters" about a "plan nobody asked for" on Sunday.`),
				article("b", "Lakeside Courier", 1, `She appeared on "Meet the Voters" on Sunday.`),
			},
			nil, 0,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := compareArticles(tt.arts...)
			if len(s.Quotes) != tt.wantCount {
				t.Fatalf("got %d quotes, want %d: %+v", len(s.Quotes), tt.wantCount, s.Quotes)
			}
			if tt.wantCount > 0 && !slices.Equal(s.Quotes[0].Articles, tt.wantArts) {
				t.Errorf("articles = %v, want %v", s.Quotes[0].Articles, tt.wantArts)
			}
		})
	}
}

func TestMarkOwnNames(t *testing.T) {
	arts := []*news.Article{
		article("a", "Northgate Herald", 1, "The dam above Marlow failed on Monday. Engineer Ada Brandt said the spillway cracked."),
		article("b", "Lakeside Courier", 1, "The dam above Marlow gave way on Monday. The spillway cracked, officials said."),
	}
	stmts := buildStatements(arts, articleRoots(arts), map[string]int{})
	markOwnNames(stmts)
	want := map[string]bool{
		"The dam above Marlow failed on Monday.":         false, // Marlow is in both
		"Engineer Ada Brandt said the spillway cracked.": true,
		"The dam above Marlow gave way on Monday.":       false,
		"The spillway cracked, officials said.":          false,
	}
	for _, st := range stmts {
		if w, ok := want[st.text]; !ok {
			t.Errorf("unexpected sentence %q", st.text)
		} else if st.ownName != w {
			t.Errorf("%q: ownName = %v, want %v", st.text, st.ownName, w)
		}
		if need := echoNeed(st); (need > echoMin) != st.ownName {
			t.Errorf("%q: echoNeed = %v with ownName %v", st.text, need, st.ownName)
		}
	}
}

// FuzzLongestRun checks longestRunAt against counting back from every
// pair of positions: the longest run, ending as early in a as it can.
func FuzzLongestRun(f *testing.F) {
	f.Add([]byte{1, 2, 3, 0, 1, 2, 3}, 4)
	f.Add([]byte{1, 1, 1, 1}, 2)
	f.Add([]byte{}, 0)
	f.Fuzz(func(t *testing.T, data []byte, cut int) {
		if cut < 0 || cut > len(data) {
			return
		}
		var a, b []int
		for i, c := range data {
			if i < cut {
				a = append(a, int(c%4))
			} else {
				b = append(b, int(c%4))
			}
		}
		wantRun, wantEnd := 0, 0
		for i := range a {
			for j := range b {
				n := 0
				for n <= min(i, j) && a[i-n] == b[j-n] {
					n++
				}
				if n > wantRun {
					wantRun, wantEnd = n, i+1
				} else if n == wantRun && n > 0 && i+1 < wantEnd {
					wantEnd = i + 1
				}
			}
		}
		run, end := longestRunAt(a, b)
		if run != wantRun || end != wantEnd {
			t.Fatalf("longestRunAt(%v, %v) = %d, %d; want %d, %d", a, b, run, end, wantRun, wantEnd)
		}
		// runBound never falls below the run, and leaves its scratch clear.
		inB := make([]bool, 4)
		if bound := runBound(a, b, inB); bound < run || bound > len(a) {
			t.Fatalf("runBound(%v, %v) = %d, run %d", a, b, bound, run)
		}
		if slices.Contains(inB, true) {
			t.Fatalf("runBound left scratch %v", inB)
		}
	})
}
