package compare

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
)

// article builds a dated article from paragraphs.
func article(id, outlet string, day int, paras ...string) *news.Article {
	return &news.Article{ID: id, Outlet: outlet, Title: outlet + " report", Published: news.Date{Year: 2031, Month: 4, Day: day}, Paragraphs: paras}
}

func compareArticles(arts ...*news.Article) *news.Story {
	s := &news.Story{}
	Compare(s, arts)
	return s
}

func TestQuoteMerging(t *testing.T) {
	_, s := loadStory(t, "brennmoor")
	if len(s.Quotes) != 1 {
		t.Fatalf("got %d quotes, want 1 merged quotation: %+v", len(s.Quotes), s.Quotes)
	}
	q := s.Quotes[0]
	if q.Speaker != "Ilsa Varnholt" {
		t.Errorf("speaker = %q, want the fullest common name", q.Speaker)
	}
	if !strings.Contains(q.Text, "every bridge and every school, and we will do it together") {
		t.Errorf("main wording %q is not the fullest", q.Text)
	}
	if got := strings.Join(q.Articles, ","); got != "herald,courier,wire,harbour" {
		t.Errorf("articles = %s", got)
	}
	ops := map[string][]news.DiffOp{}
	for _, v := range q.Variants {
		ops[v.Article] = v.Diff
	}
	if !hasOp(ops["courier"], OpOmitted, "… every bridge and every school,") {
		t.Errorf("courier diff does not show the words its ellipsis hides: %+v", ops["courier"])
	}
	if !hasOp(ops["wire"], OpAdded, "[single]") || !hasOp(ops["wire"], OpOmitted, "and we will do it together,") {
		t.Errorf("wire diff lacks the inserted word or the trimmed end: %+v", ops["wire"])
	}
}

func hasOp(ops []news.DiffOp, op, text string) bool {
	for _, o := range ops {
		if o.Op == op && o.Text == text {
			return true
		}
	}
	return false
}

func TestQuotesKeptApart(t *testing.T) {
	quote := func(a *news.Article, text, speaker string) *news.Article {
		a.Quotes = append(a.Quotes, news.Quote{Text: text, Speaker: speaker})
		return a
	}
	tests := []struct {
		name         string
		arts         []*news.Article
		wantQuotes   int
		wantVariants bool
	}{
		{
			"same words everywhere give one entry without variants",
			[]*news.Article{
				quote(article("a", "Northgate Herald", 1, "Body text of the first report here."), "The water came over the wall at midnight", "Ada Brandt"),
				quote(article("b", "Lakeside Courier", 1, "Body text of the second report here."), "The water came over the wall at midnight.", "Brandt"),
			},
			1, false,
		},
		{
			"different quotations by one speaker stay apart",
			[]*news.Article{
				quote(article("a", "Northgate Herald", 1, "Body text of the first report here."), "The water came over the wall at midnight", "Ada Brandt"),
				quote(article("b", "Lakeside Courier", 1, "Body text of the second report here."), "We have asked the province for more boats and pumps", "Ada Brandt"),
			},
			2, false,
		},
		{
			"a fragment does not chain two different quotations",
			[]*news.Article{
				quote(article("a", "Northgate Herald", 1, "Body text of the first report here."), "When the river rose we the people of this valley had to carry sandbags all night", "Ada Brandt"),
				quote(article("b", "Lakeside Courier", 1, "Body text of the second report here."), "we the people of this valley", "Ada Brandt"),
				quote(article("c", "Valley Wire", 1, "Body text of the third report here."), "we the good people of this valley will not give up", "Ada Brandt"),
			},
			2, true,
		},
		{
			"same words from different speakers stay apart",
			[]*news.Article{
				quote(article("a", "Northgate Herald", 1, "Body text of the first report here."), "We will not give up on this town", "Ada Brandt"),
				quote(article("b", "Lakeside Courier", 1, "Body text of the second report here."), "We will not give up on this town", "Piet Moller"),
			},
			2, false,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := compareArticles(tt.arts...)
			if len(s.Quotes) != tt.wantQuotes {
				t.Fatalf("got %d quotes, want %d: %+v", len(s.Quotes), tt.wantQuotes, s.Quotes)
			}
			for _, q := range s.Quotes {
				if len(q.Articles) > 1 && (len(q.Variants) > 0) != tt.wantVariants {
					t.Errorf("variants = %+v, want some: %v", q.Variants, tt.wantVariants)
				}
			}
		})
	}
}

func TestFactsAndExclusives(t *testing.T) {
	_, s := loadStory(t, "brennmoor")
	if len(s.Facts) == 0 || !strings.Contains(s.Facts[0].Text, "Kessel dam gave way") || len(s.Facts[0].Articles) < 3 {
		t.Errorf("first fact should be the dam failure all outlets report: %+v", s.Facts)
	}
	for _, f := range s.Facts {
		if strings.Contains(f.Text, "April 20") {
			t.Errorf("a statement only an original and its reprint carry became a fact: %q", f.Text)
		}
	}
	want := map[string]string{
		"Schools in the town will stay closed until April 20": "wire",
		"About 40 volunteers":         "courier",
		"Engineers said the spillway": "herald",
	}
	for prefix, art := range want {
		found := false
		for _, e := range s.Exclusives {
			if strings.HasPrefix(e.Text, prefix) {
				found = true
				if e.Article != art {
					t.Errorf("exclusive %q credited to %s, want %s", prefix, e.Article, art)
				}
			}
		}
		if !found {
			t.Errorf("exclusive %q missing: %+v", prefix, s.Exclusives)
		}
	}
	for _, e := range s.Exclusives {
		if IsBoilerplate(e.Text) {
			t.Errorf("boilerplate listed as exclusive: %q", e.Text)
		}
	}
}

func TestConflicts(t *testing.T) {
	tests := []struct {
		name  string
		a, b  string
		about string // "" for no conflict
	}{
		{"different death tolls", "The old Kessel dam burst on Tuesday in Brennmoor, killing 12 people in the valley.",
			"The old Kessel dam burst on Tuesday in Brennmoor, killing 15 people in the valley.", "number of people"},
		{"killed and injured are different slots", "The old Kessel dam burst on Tuesday in Brennmoor, killing 12 people in the valley.",
			"The old Kessel dam burst on Tuesday in Brennmoor, injuring 15 people in the valley.", ""},
		{"same figure", "The old Kessel dam burst on Tuesday in Brennmoor, killing 12 people in the valley.",
			"On Tuesday the old Kessel dam burst in Brennmoor, killing twelve people in the valley.", ""},
		{"figures counting different things", "The old Kessel dam burst on Tuesday in Brennmoor, killing 12 people in the valley.",
			"The old Kessel dam burst on Tuesday in Brennmoor, and 40 volunteers searched the valley.", ""},
		{"unrelated sentences", "The old Kessel dam burst on Tuesday in Brennmoor, killing 12 people in the valley.",
			"The orchestra played 15 concerts in the capital during the spring season.", ""},
		{"hedged figures that can both hold", "The old Kessel dam burst on Tuesday in Brennmoor, killing at least 12 people in the valley.",
			"The old Kessel dam burst on Tuesday in Brennmoor, killing 15 people in the valley.", ""},
		{"hedged figures that cannot both hold", "The old Kessel dam burst on Tuesday in Brennmoor, killing at least 40 people in the valley.",
			"The old Kessel dam burst on Tuesday in Brennmoor, killing 15 people in the valley.", "number of people"},
		{"telephone numbers", "Anyone who saw the Kessel dam burst is asked to call the Brennmoor police on 0800 555 111.",
			"Anyone who saw the Kessel dam burst is asked to call the Brennmoor police on 0800 555 222.", ""},
		{"partitives", "The Brennmoor pumps cleared 178 of 369 flooded cellars by Friday, the fire service said.",
			"The Brennmoor pumps cleared 28 of 68 flooded cellars by Friday, the fire service said.", ""},
		{"different currencies", "The Kessel dam repairs in Brennmoor will cost €103 million, the regional council said.",
			"The Kessel dam repairs in Brennmoor will cost £88 million, the regional council said.", ""},
		{"durations that grow with the story", "Brennmoor was quiet on Sunday after four days of flooding along the Kessel valley.",
			"Brennmoor was quiet on Sunday after eight days of flooding along the Kessel valley.", ""},
		{"different people", "Brandt finished the Brennmoor relief run with 2,290 signatures on the Kessel petition. Runners Ada Brandt and Piet Moller set off at dawn.",
			"Moller finished the Brennmoor relief run with 2,302 signatures on the Kessel petition.", ""},
		{"common opening words are not people", "Officials said the Kessel dam burst on Tuesday in Brennmoor, killing 12 people in the valley.",
			"Rescuers said the Kessel dam burst on Tuesday in Brennmoor, killing 15 people in the valley.", "number of people"},
		{"different dates of one event", "The regional flood summit opened in Oskby on March 3 with nine mayors attending.",
			"The regional flood summit opened in Oskby on March 4 with nine mayors attending.", "date of"},
		{"counts of people in other nouns and words, both hedged", "About 120 villagers were evacuated from the Kessel valley before dawn and spent the night in Brennmoor school.",
			"About 140 people were evacuated on Tuesday when the old Kessel dam gave way after heavy rain.", "number of people"},
		{"nearly equal approximations agree", "About 200 villagers were evacuated from the Kessel valley before dawn.",
			"About 205 people were evacuated from the Kessel valley before dawn.", ""},
		{"counts of people far apart in loosely aligned sentences", "Twelve passengers were evacuated from the Kessel valley train on Tuesday.",
			"About 600 people were evacuated from Brennmoor in a storm three winters ago.", ""},
		{"a figure with a character lost in decoding", "The old Kessel dam burst on Tuesday in Brennmoor, releasing 4\ufffd million litres of water.",
			"The old Kessel dam burst on Tuesday in Brennmoor, releasing 7 million litres of water.", ""},
		{"the same figures read whole", "The old Kessel dam burst on Tuesday in Brennmoor, releasing 4 million litres of water.",
			"The old Kessel dam burst on Tuesday in Brennmoor, releasing 7 million litres of water.", "number of litres"},
		{"a describing word before what is counted", "Three underwater pipes burst beneath Brennmoor on Tuesday, flooding the Kessel valley.",
			"Two underwater pipes burst beneath Brennmoor on Tuesday, flooding the Kessel valley.", "number of pipes"},
		{"former and current title", "Former Governor Lena Brisk toured the flooded streets of Brennmoor on Tuesday.",
			"Governor Lena Brisk toured the flooded streets of Brennmoor on Tuesday.", "title of Brisk (governor)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := compareArticles(article("a", "Northgate Herald", 12, tt.a), article("b", "Lakeside Courier", 12, tt.b))
			if tt.about == "" {
				if len(s.Conflicts) != 0 {
					t.Errorf("false conflict: %+v", s.Conflicts)
				}
				return
			}
			if len(s.Conflicts) != 1 || !strings.HasPrefix(s.Conflicts[0].About, tt.about) || len(s.Conflicts[0].Values) != 2 {
				t.Errorf("want one conflict about %q with both wordings, got %+v", tt.about, s.Conflicts)
			}
		})
	}
}

func TestTimelineOrder(t *testing.T) {
	_, s := loadStory(t, "brennmoor")
	if len(s.Timeline) == 0 {
		t.Fatal("empty timeline")
	}
	for i := 1; i < len(s.Timeline); i++ {
		if s.Timeline[i].Date.Before(s.Timeline[i-1].Date) {
			t.Errorf("event %d (%v) comes before event %d (%v)", i, s.Timeline[i].Date, i-1, s.Timeline[i-1].Date)
		}
	}
	first := s.Timeline[0]
	if first.Date != (news.Date{Year: 2031, Month: 4, Day: 8}) || len(first.Articles) != 3 {
		t.Errorf("the dam failure should open the timeline, merged across three articles: %+v", first)
	}
	pubs := 0
	for _, e := range s.Timeline {
		if strings.Contains(e.Text, " publishes: ") {
			pubs++
		}
	}
	if pubs != 4 {
		t.Errorf("got %d publications, want 4", pubs)
	}
}

func TestSummary(t *testing.T) {
	_, s := loadStory(t, "brennmoor")
	sentences := SplitSentences(s.Summary)
	if len(sentences) < 2 || len(sentences) > MaxSummarySentences {
		t.Fatalf("summary has %d sentences, want 2 to %d: %q", len(sentences), MaxSummarySentences, s.Summary)
	}
	for _, x := range sentences {
		if IsBoilerplate(x) || strings.ContainsAny(x, "“”\"") {
			t.Errorf("summary sentence is boilerplate or a quotation: %q", x)
		}
	}
	if !strings.Contains(s.Summary, "Kessel dam") {
		t.Errorf("summary misses the main event: %q", s.Summary)
	}
	if s.Title == "" {
		t.Error("no title")
	}
}

func TestCompareSmallStories(t *testing.T) {
	s := compareArticles()
	if s.Title != "" || s.Summary != "" {
		t.Errorf("empty story got %+v", s)
	}
	one := article("a", "", 3,
		"Floodwaters poured through Brennmoor on Tuesday when the Kessel dam gave way.",
		"Rescue teams reached every flooded district by nightfall, the mayor said.")
	one.Title = ""
	s = compareArticles(one)
	if len(s.Exclusives) != 0 || len(s.Facts) != 0 {
		t.Errorf("a single article has no facts or exclusives: %+v %+v", s.Facts, s.Exclusives)
	}
	if !strings.HasPrefix(s.Title, "Floodwaters poured") {
		t.Errorf("untitled story should take its lead as headline, got %q", s.Title)
	}
	if len(s.Timeline) != 1 || s.Timeline[0].Text != "a publishes: Floodwaters poured through Brennmoor on Tuesday when the Kessel dam gave way." {
		t.Errorf("timeline = %+v", s.Timeline)
	}
}

func TestExclusiveNotEchoed(t *testing.T) {
	a := article("a", "Northgate Herald", 12,
		"The Kessel dam burst on Tuesday and flooded the lower valley of Brennmoor.",
		"The Kessel dam burst on Tuesday night, flooding the lower valley of Brennmoor.",
		"Bakers in Brennmoor kept their ovens lit for the rescue crews all night.")
	b := article("b", "Lakeside Courier", 12,
		"The Kessel dam burst on Tuesday and flooded the lower valley of Brennmoor.",
		"Volunteers from Oskby handed out blankets in the school gymnasium.")
	s := compareArticles(a, b)
	var got []string
	for _, e := range s.Exclusives {
		got = append(got, e.Text)
		if strings.Contains(e.Text, "Kessel dam") {
			t.Errorf("a statement the other article also makes is listed as exclusive: %q", e.Text)
		}
	}
	if len(got) != 2 {
		t.Errorf("want the bakers and the volunteers as exclusives, got %q", got)
	}
}

func TestHeadlineSkipsFurnitureTitles(t *testing.T) {
	a := article("a", "Northgate Herald", 12, "The Kessel dam burst on Tuesday and flooded the lower valley of Brennmoor.")
	a.Title = "Breaking News"
	b := article("b", "Lakeside Courier", 12, "The Kessel dam burst on Tuesday and flooded the lower valley of Brennmoor.")
	b.Title = ""
	if s := compareArticles(a, b); s.Title != "The Kessel dam burst on Tuesday and flooded the lower valley of Brennmoor." {
		t.Errorf("title = %q, want the lead instead of a furniture title", s.Title)
	}
}

// TestQuoteMatchSpans checks that a quotation trimmed at its start still
// matches a fuller wording whose opening repeats a word of it, and that a
// long passage given word for word is one quotation even when one article
// credits it to someone else.
func TestQuoteMatchSpans(t *testing.T) {
	quoted := func(id, text, speaker string) *news.Article {
		a := article(id, id, 12, "“"+text+",” "+speaker+" said.")
		a.Quotes = []news.Quote{{Text: text, Speaker: speaker}}
		return a
	}
	tests := []struct {
		name       string
		arts       []*news.Article
		wantQuotes int
	}{
		{"trimmed start", []*news.Article{
			quoted("a", "It was about the river. It is about the old dam and the people below it. Not about money, not about blame", "Ada Brandt"),
			quoted("b", "It is about the old dam and the people below it. Not about money, not about blame. Never about blame", "Ada Brandt"),
		}, 1},
		{"short quotation at the start of a longer one", []*news.Article{
			quoted("a", "where is the pump", "Jon Aske"),
			quoted("b", "Where is the pump! Show me where the pump is, I need to know where the pump is", "Jon Aske"),
		}, 1},
		{"a word of the shorter far off in the longer", []*news.Article{
			quoted("a", "We will rebuild the old pier", "Jon Aske"),
			quoted("b", "We will rebuild the old mill first, and only when the money comes, and the council agrees to the plans, will the town see a pier again", "Jon Aske"),
		}, 1},
		{"verbatim passage, speakers apart", []*news.Article{
			quoted("a", "The valley has waited eleven years for a new dam and it cannot wait another winter for one", "Ada Brandt"),
			quoted("b", "The valley has waited eleven years for a new dam and it cannot wait another winter for one", "Piet Moller"),
		}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := compareArticles(tt.arts...)
			if len(s.Quotes) != tt.wantQuotes {
				t.Fatalf("got %d quotes, want %d: %+v", len(s.Quotes), tt.wantQuotes, s.Quotes)
			}
			if len(s.Quotes[0].Articles) != 2 {
				t.Errorf("quotation carried by %v, want both articles", s.Quotes[0].Articles)
			}
		})
	}
}

// TestStatementGroups checks that the story lists what its articles share
// with each article's sentence, and that AllExclusives lists every
// statement one article alone carries while the capped list keeps fewer.
func TestStatementGroups(t *testing.T) {
	a := article("a", "Northgate Herald", 12,
		"The old Kessel dam burst on Tuesday in Brennmoor, flooding the lower valley.",
		"Engineers from the regional water board reached the site by noon.",
		"A bakery on Mill Street lost its whole stock of flour to the water.",
		"The school on the hill opened its gym to families for the night.",
		"Volunteers carried sandbags to the church steps until dark.",
		"The mayor promised a full inquiry into the dam's upkeep.")
	b := article("b", "Lakeside Courier", 12,
		"On Tuesday the old Kessel dam burst in Brennmoor and flooded the lower valley.",
		"Farmers upstream said the reservoir had been rising for a week.")
	st := &news.Story{}
	CompareWith(st, []*news.Article{a, b}, Options{AllExclusives: true})
	if len(st.Statements) != 1 {
		t.Fatalf("got %d statement groups, want 1: %+v", len(st.Statements), st.Statements)
	}
	g := st.Statements[0]
	if len(g.Sentences) != 2 || g.Sentences[0].Article != "a" || g.Sentences[1].Article != "b" || !strings.Contains(g.Sentences[1].Text, "On Tuesday") {
		t.Errorf("group sentences %+v, want one of each article in story order", g.Sentences)
	}
	if len(st.Exclusives) != 6 {
		t.Errorf("got %d exclusives, want all 6: %+v", len(st.Exclusives), st.Exclusives)
	}
	capped := compareArticles(a, b)
	if len(capped.Exclusives) > MaxExclusives+1 {
		t.Errorf("capped list has %d exclusives", len(capped.Exclusives))
	}
}

// TestQuoteFragments checks that two parts of a passage one article gives
// whole, quoted apart by another article, join the whole passage.
func TestQuoteFragments(t *testing.T) {
	whole := "The river has risen every spring for a decade. Nobody in the valley can insure a house any more, and the council knows it"
	a := article("a", "Northgate Herald", 12, "“"+whole+",” Ada Brandt said.")
	a.Quotes = []news.Quote{{Text: whole, Speaker: "Ada Brandt"}}
	b := article("b", "Lakeside Courier", 12, "“The river has risen every spring for a decade,” Brandt said.", "“Nobody in the valley can insure a house any more,” she added.")
	b.Quotes = []news.Quote{{Text: "The river has risen every spring for a decade", Speaker: "Ada Brandt", Paragraph: 0},
		{Text: "Nobody in the valley can insure a house any more", Speaker: "Ada Brandt", Paragraph: 1}}
	s := compareArticles(a, b)
	if len(s.Quotes) != 1 {
		t.Fatalf("got %d quotes, want the passage once: %+v", len(s.Quotes), s.Quotes)
	}
	if q := s.Quotes[0]; strings.Join(q.Articles, ",") != "a,b" || len(q.Variants) != 3 {
		t.Errorf("quotation %+v, want both articles and a wording for each part", q)
	}
}

// TestListedExclusives checks the stricter bar of the exclusives the
// reports list: a statement no sentence of another original comes near
// is listed, one that a sentence sharing its words comes shownClosestMax
// close to is not, though neither is in a group nor echoed.
func TestListedExclusives(t *testing.T) {
	arts := []*news.Article{{ID: "a"}, {ID: "b"}}
	stmts := []*statement{
		{art: 0, root: 0, content: 6, text: "Nobody near it."},
		{art: 0, root: 0, content: 6, text: "Something near it."},
		{art: 1, root: 1, content: 6, text: "Far from both."},
	}
	sims := simTable{echoed: make([]bool, 3), linked: make([]bool, 3), closest: []float64{0.05, shownClosestMax + 0.01, 0}}
	var groups []*group
	for i := range stmts {
		groups = append(groups, &group{members: []int{i}, best: i, roots: []int{stmts[i].root}})
	}
	var got []string
	for _, e := range exclusives(groups, stmts, sims, arts, 2) {
		got = append(got, e.Text)
	}
	if want := []string{"Nobody near it.", "Far from both."}; !slices.Equal(got, want) {
		t.Errorf("listed exclusives %q, want %q", got, want)
	}
	if all := allExclusives(groups, stmts, sims, arts); len(all) != 3 {
		t.Errorf("every exclusive: got %d, want all 3", len(all))
	}
}
