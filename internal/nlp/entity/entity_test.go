package entity

import (
	"slices"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
)

func entitiesOf(title string, paras ...string) []news.Entity {
	a := &news.Article{Title: title, Paragraphs: paras}
	Find(a)
	return a.Entities
}

func byName(ents []news.Entity, name string) (news.Entity, bool) {
	for _, e := range ents {
		if e.Name == name {
			return e, true
		}
	}
	return news.Entity{}, false
}

func TestFind(t *testing.T) {
	type want struct {
		name     string
		typ      news.EntityType
		mentions []string // each must be among the entity's mentions
	}
	tests := []struct {
		name  string
		title string
		paras []string
		want  []want
		none  []string // names that must not be entities
	}{
		{
			name: "surname and honorific merge with the full name",
			paras: []string{
				"Ambassador Marta Kovalenko arrived in the capital on Monday.",
				"Ms Kovalenko said the talks would go on. Later, Kovalenko left for the airport.",
			},
			want: []want{{"Marta Kovalenko", news.Person, []string{"Marta Kovalenko", "Ambassador Marta Kovalenko", "Ms Kovalenko", "Kovalenko"}}},
			none: []string{"Ambassador", "Ms Kovalenko", "Later"},
		},
		{
			name:  "a surname written first joins the full name written later",
			paras: []string{"Mr. Quillon spoke first.", "Edgar Quillon, a farmer, spoke for an hour."},
			want:  []want{{"Edgar Quillon", news.Person, []string{"Mr. Quillon", "Edgar Quillon"}}},
		},
		{
			name:  "a lone capital letter is no entity",
			paras: []string{"Ilka Moravec said the orchestra played the Sonata in D minor, and the council kept plan B."},
			want:  []want{{"Ilka Moravec", news.Person, []string{"Ilka Moravec"}}},
			none:  []string{"D", "B"},
		},
		{
			name:  "an honorific alone makes a person",
			paras: []string{"The committee heard from Dr. Venn on Tuesday."},
			want:  []want{{"Venn", news.Person, []string{"Dr. Venn"}}},
			none:  []string{"Tuesday"},
		},
		{
			name:  "possessive endings are stripped",
			paras: []string{"Helga Marsh's plan was rejected, and Marsh’s allies left."},
			want:  []want{{"Helga Marsh", news.Person, []string{"Helga Marsh", "Marsh"}}},
			none:  []string{"Helga Marsh's", "Marsh’s"},
		},
		{
			name:  "organisation cue words make an organisation, not a person",
			paras: []string{"The Harbour Department and the Ministry of Fisheries met Veldt Corporation officials."},
			want: []want{
				{"Harbour Department", news.Org, []string{"Harbour Department"}},
				{"Ministry of Fisheries", news.Org, nil},
				{"Veldt Corporation", news.Org, nil},
			},
			none: []string{"The Harbour Department"},
		},
		{
			name:  "an organisation before a titled name is split from it",
			paras: []string{"Harbour Department Spokesman Piet Olen declined to comment."},
			want: []want{
				{"Harbour Department", news.Org, nil},
				{"Piet Olen", news.Person, []string{"Piet Olen", "Spokesman Piet Olen"}},
			},
		},
		{
			name:  "titles with modifiers stay out of the name",
			paras: []string{"Deputy Foreign Minister Lotte Brann met Secretary of State Arne Fjell."},
			want: []want{
				{"Lotte Brann", news.Person, []string{"Deputy Foreign Minister Lotte Brann"}},
				{"Arne Fjell", news.Person, []string{"Secretary of State Arne Fjell"}},
			},
			none: []string{"Deputy Foreign Minister", "Secretary of State"},
		},
		{
			name:  "a place between a title and a name is its own entity",
			paras: []string{"The Ambassador to Norway Ilse Marten left Oslo."},
			want: []want{
				{"Ilse Marten", news.Person, nil},
				{"Norway", news.Place, nil},
				{"Oslo", news.Place, nil},
			},
		},
		{
			name:  "demonyms, months, weekdays and opening function words are not entities",
			paras: []string{"However, Norwegian officials met in March. On Friday the Danes left. Americans stayed."},
			none:  []string{"However", "Norwegian", "March", "Friday", "On Friday", "Danes", "Americans", "On"},
		},
		{
			name:  "places by lexicon and by preposition",
			paras: []string{"The ship sailed from Bergen to Eskerby, and then to the UK."},
			want: []want{
				{"Bergen", news.Place, nil},
				{"Eskerby", news.Place, nil},
				{"United Kingdom", news.Place, []string{"UK"}},
			},
		},
		{
			name:  "acronyms are organisations",
			paras: []string{"The report by the NTSB was published on Monday."},
			want:  []want{{"NTSB", news.Org, nil}},
		},
		{
			name:  "outlet words after a name make it an organisation",
			paras: []string{"He told Fjordposten newspaper that he would resign."},
			want:  []want{{"Fjordposten", news.Org, nil}},
		},
		{
			name:  "a title-case headline adds only names the body knows",
			title: "Brann Wins Vote in Oslo as Rivals Regroup",
			paras: []string{"Lotte Brann won the vote on Sunday, her third."},
			want: []want{
				{"Lotte Brann", news.Person, []string{"Brann", "Lotte Brann"}},
				{"Oslo", news.Place, nil},
			},
			none: []string{"Wins Vote", "Rivals Regroup", "Rivals"},
		},
		{
			name:  "middle initials make a full name that merges",
			paras: []string{"Karl T. Odegard spoke. Karl Odegard later left, and Mr. Odegard was not seen again."},
			want:  []want{{"Karl T. Odegard", news.Person, []string{"Karl T. Odegard", "Karl Odegard", "Mr. Odegard"}}},
		},
		{
			name:  "a name suffix is not a surname and a title before it is not split off",
			paras: []string{"Paul Brandt Jr. spoke after Paul Brandt. Later Brandt left, and Rev. Lars Quist Jr. prayed."},
			want: []want{
				{"Paul Brandt Jr.", news.Person, nil},
				{"Paul Brandt", news.Person, []string{"Brandt"}},
				{"Lars Quist Jr.", news.Person, nil},
			},
			none: []string{"Jr.", "Jr"},
		},
		{
			name:  "a common first name alone joins the full name",
			paras: []string{"Sandra Holm filed the papers. Sandra told the court she was sorry."},
			want:  []want{{"Sandra Holm", news.Person, []string{"Sandra", "Sandra Holm"}}},
			none:  []string{"Sandra"},
		},
		{
			name:  "a name of a place and of an organisation are split",
			paras: []string{"Senator Ada Lind of Maine met Per Ostrem of the Fishermen's Association."},
			want: []want{
				{"Ada Lind", news.Person, nil},
				{"Maine", news.Place, nil},
				{"Per Ostrem", news.Person, nil},
				{"Fishermen's Association", news.Org, nil},
			},
		},
		{
			name:  "a dateline in capitals is a place",
			paras: []string{"KVALBY, June 2 — The ferry to Kvalby ran late."},
			want:  []want{{"Kvalby", news.Place, []string{"KVALBY", "Kvalby"}}},
		},
		{
			name:  "names with 'of' but no title or first name are organisations, not people",
			paras: []string{"The Friends of the Fjord met the Keepers of Lore on the quay."},
			want:  []want{{"Friends of the Fjord", news.Org, nil}, {"Keepers of Lore", news.Org, nil}},
		},
		{
			name:  "a long title before a name starting with a common first name",
			paras: []string{"Director of National Fisheries Karen Lund and House Majority Whip Tom Berg spoke."},
			want: []want{
				{"Karen Lund", news.Person, []string{"Director of National Fisheries Karen Lund"}},
				{"Tom Berg", news.Person, nil},
			},
			none: []string{"Fisheries Karen Lund", "House Majority Whip Tom Berg"},
		},
		{
			name:  "organisations named with 'for' and 'on'",
			paras: []string{"Eva Dahl of the Center for Coastal Studies addressed the Council on Fishing Rights."},
			want: []want{
				{"Eva Dahl", news.Person, nil},
				{"Center for Coastal Studies", news.Org, nil},
				{"Council on Fishing Rights", news.Org, nil},
			},
			none: []string{"Coastal Studies", "Fishing Rights"},
		},
		{
			name:  "a headline line above the prose of a paragraph adds only known names",
			paras: []string{"Mayor Defends Harbour Plan Before Council\nMayor Ilse Marten defended the plan on Monday."},
			want:  []want{{"Ilse Marten", news.Person, nil}},
			none:  []string{"Mayor Defends Harbour Plan Before Council", "Defends Harbour Plan", "Harbour Plan Before Council"},
		},
		{
			name:  "a professorship names no one",
			paras: []string{"Per Ostrem, Professor of Marine Ecology at the university, said so."},
			want:  []want{{"Per Ostrem", news.Person, nil}},
			none:  []string{"Ecology", "Marine Ecology"},
		},
		{
			name:  "a plural noun opening a sentence is not a person",
			paras: []string{"Environmentalists said the plan was too weak."},
			none:  []string{"Environmentalists"},
		},
		{
			name:  "newspaper names are organisations",
			paras: []string{"The Valley Courier and the Fjord Examiner both ran the story."},
			want:  []want{{"Valley Courier", news.Org, nil}, {"Fjord Examiner", news.Org, nil}},
		},
		{
			name:  "compass and saint words open place names; phrases in capitals are not names",
			paras: []string{"She moved from West Bramford to San Telmo. The cover read THE KING OF SPIN in red."},
			want:  []want{{"West Bramford", news.Place, nil}, {"San Telmo", news.Place, nil}},
			none:  []string{"KING OF SPIN", "THE KING OF SPIN", "OF SPIN"},
		},
		{
			name:  "title-case words with nothing that says person are not a person",
			paras: []string{"Readers of the Harbour Lights saw it on Evening Review and Face the Tide."},
			none:  []string{"Harbour Lights", "Evening Review", "Face the Tide"},
		},
		{
			name: "a name the words around it say is a person's is kept",
			paras: []string{
				"\"It is late,\" said Oskar Venn.",
				"The prize went to Tamsin Crole, 41, of the town.",
				"Ilka Dorsey won again. She thanked her crew.",
				"The board met Ruvik Anders on Monday.",
			},
			want: []want{
				{"Oskar Venn", news.Person, nil},
				{"Tamsin Crole", news.Person, nil},
				{"Ilka Dorsey", news.Person, nil},
				{"Ruvik Anders", news.Person, nil},
			},
		},
		{
			name:  "a common first name says person",
			paras: []string{"The report was written by Douglas Quarrel and Martha Ebbing."},
			want:  []want{{"Douglas Quarrel", news.Person, nil}, {"Martha Ebbing", news.Person, nil}},
		},
		{
			name:  "a month's short form that is a first name opens a name",
			paras: []string{"Gov. Jan Rewick signed it on Jan. 5. Jan Rewick said so."},
			want:  []want{{"Jan Rewick", news.Person, []string{"Gov. Jan Rewick"}}},
			none:  []string{"Rewick"},
		},
		{
			name:  "a person of an organisation set in capitals",
			paras: []string{"Gov. Alda Venn told Brian Holloway of WKTX that the plan stood."},
			want:  []want{{"Brian Holloway", news.Person, nil}, {"WKTX", news.Org, nil}},
			none:  []string{"Brian Holloway of WKTX"},
		},
		{
			name:  "a title word after a first name is a surname",
			paras: []string{"Rep. Steve Bishop (D-Ore.) and Mary Judge spoke."},
			want:  []want{{"Steve Bishop", news.Person, []string{"Rep. Steve Bishop"}}, {"Mary Judge", news.Person, nil}},
			none:  []string{"Steve", "Mary"},
		},
		{
			name:  "a short first name joins the full one",
			paras: []string{"Sen. Ed Tarrow spoke first. Edward Tarrow, 60, later left. Tarrow said no."},
			want:  []want{{"Edward Tarrow", news.Person, []string{"Ed Tarrow", "Sen. Ed Tarrow", "Edward Tarrow", "Tarrow"}}},
			none:  []string{"Ed Tarrow"},
		},
		{
			name:  "a first name alone joins the full name",
			paras: []string{"Osk Lindqvar wrote a letter. Osk said he would stay."},
			want:  []want{{"Osk Lindqvar", news.Person, []string{"Osk Lindqvar", "Osk"}}},
			none:  []string{"Osk"},
		},
		{
			name:  "a court case's parties are not people",
			paras: []string{"The court upheld Brand v. Tollis and Marn vs. Kesh on appeal."},
			none:  []string{"Brand", "Tollis", "Marn", "Kesh"},
		},
		{
			name:  "a title set alone in quotation marks is a work's",
			paras: []string{"The \"Harvest Moon Hour\" host, Tova Rennick, said it would end."},
			want:  []want{{"Tova Rennick", news.Person, nil}},
			none:  []string{"Harvest Moon Hour"},
		},
		{
			name:  "a salutation is not part of a name",
			paras: []string{"Dear Lisbet, wrote Marta Kell. Lisbet Kell read it."},
			want:  []want{{"Lisbet Kell", news.Person, []string{"Lisbet"}}},
			none:  []string{"Dear Lisbet"},
		},
		{
			name:  "what a named person is of is her firm",
			paras: []string{"The filing was made by William Darrow of Pell Hartwick, a lawyer."},
			want:  []want{{"William Darrow", news.Person, nil}, {"Pell Hartwick", news.Org, nil}},
			none:  []string{"William Darrow of Pell Hartwick"},
		},
		{
			name:  "an organisation's name goes on through \"and\" to its cue word",
			paras: []string{"The Harbour and Coastal Affairs Committee met. The Assembly and Senate agreed."},
			want:  []want{{"Harbour and Coastal Affairs Committee", news.Org, nil}, {"Assembly", news.Org, nil}, {"Senate", news.Org, nil}},
			none:  []string{"Coastal Affairs Committee", "Assembly and Senate"},
		},
		{
			name:  "a name set off after a kin noun is a person's",
			paras: []string{"Ansel Varga has a daughter, Liesl, who is nine."},
			want:  []want{{"Liesl", news.Person, nil}},
		},
		{
			name:  "a first name after \"near\" or \"in\" is a town",
			paras: []string{"She lives near Travis, and her sister works in Tyler."},
			want:  []want{{"Travis", news.Place, nil}, {"Tyler", news.Place, nil}},
		},
		{
			name:  "a name listed with an organisation is one too",
			paras: []string{"Velmar Bank and Marrow Kettle cut their forecasts."},
			want:  []want{{"Velmar Bank", news.Org, nil}, {"Marrow Kettle", news.Org, nil}},
		},
		{
			name:  "a name with nothing that says person, gone to, is a place",
			paras: []string{"The minister went back to Tallow Ridge on Friday. On Tallow Ridge, Mr. Varga waited."},
			want:  []want{{"Tallow Ridge", news.Place, nil}, {"Varga", news.Person, nil}},
		},
		{
			name:  "a legislature is an organisation; a prosecutor's title after a county is no name",
			paras: []string{"The Velmoor Legislature passed it, and the Tarnby County D.A. objected."},
			want:  []want{{"Velmoor Legislature", news.Org, nil}, {"Tarnby County", news.Place, nil}},
			none:  []string{"Tarnby County D.A."},
		},
		{
			name:  "a surname after \"to\" is the person named before, not a place",
			paras: []string{"Several aides turned to Marwick. Later, Vice President Marwick spoke."},
			want:  []want{{"Marwick", news.Person, []string{"Marwick", "Vice President Marwick"}}},
		},
		{
			name:  "a surname-like word after \"the\" is no evidence of a person",
			paras: []string{"The senator returned to Harrow Hill on Monday. Mr. Varga will travel to the Hill later."},
			want:  []want{{"Harrow Hill", news.Place, []string{"Harrow Hill", "Hill"}}, {"Varga", news.Person, nil}},
		},
		{
			name:  "a team written with \"the\" is not a person",
			paras: []string{"The Tarnby Herons beat the Velmoor Foxes on Sunday, and the Herons lead the league."},
			none:  []string{"Tarnby Herons", "Velmoor Foxes", "Herons"},
		},
		{
			name:  "the leader an administration is named after is a person",
			paras: []string{"Critics of the Quell administration said the Quell presidency was over, and Quell’s allies agreed."},
			want:  []want{{"Quell", news.Person, nil}},
		},
		{
			name:  "a name written once as a firm's is the firm's throughout",
			paras: []string{"The firm Ms. Varga formed was called Pell Tarrow, L.L.C., and was sold. Later she dissolved Pell Tarrow."},
			want:  []want{{"Pell Tarrow", news.Org, []string{"Pell Tarrow"}}},
		},
		{
			name:  "a nickname in quotation marks stays inside the name",
			title: "Jo Varga Named to Seat",
			paras: []string{
				`The governor appointed Marit "Jo" Varga to the seat. Varga will hold it for a year.`,
				`"Nobody has anything on Jo," the governor said. Fans of Anna Lucia “Lu” Holm cheered.`,
			},
			want: []want{
				{`Marit "Jo" Varga`, news.Person, []string{`Marit "Jo" Varga`, "Varga", "Jo", "Jo Varga"}},
				{"Anna Lucia “Lu” Holm", news.Person, nil},
			},
			none: []string{"Marit", "Jo Varga", "Anna Lucia"},
		},
		{
			name:  "a quoted word between other words is no nickname",
			paras: []string{"Critics called the “Big Three” automakers slow, and Tarn “Harbour” Books closed."},
			none:  []string{"Big Three", "Tarn “Harbour” Books", "Harbour"},
		},
		{
			name:  "an event is not an entity",
			paras: []string{"The town was flooded by Hurricane Bertil after the Harvest Festival."},
			none:  []string{"Hurricane Bertil", "Bertil", "Harvest Festival"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := entitiesOf(tc.title, tc.paras...)
			for _, w := range tc.want {
				e, ok := byName(got, w.name)
				if !ok {
					t.Errorf("no entity %q in %+v", w.name, got)
					continue
				}
				if e.Type != w.typ {
					t.Errorf("%q: type %s, want %s", w.name, e.Type, w.typ)
				}
				for _, m := range w.mentions {
					if !slices.Contains(e.Mentions, m) {
						t.Errorf("%q: mentions %q lack %q", w.name, e.Mentions, m)
					}
				}
			}
			for _, n := range tc.none {
				if _, ok := byName(got, n); ok {
					t.Errorf("%q should not be an entity: %+v", n, got)
				}
			}
		})
	}
}

func TestFindEmpty(t *testing.T) {
	if got := entitiesOf(""); len(got) != 0 {
		t.Errorf("entities of an empty article: %+v", got)
	}
	if got := entitiesOf("", "", "   ", "…", "“”"); len(got) != 0 {
		t.Errorf("entities of blank paragraphs: %+v", got)
	}
}

func TestLocate(t *testing.T) {
	a := &news.Article{Paragraphs: []string{
		"Harbour Department spokesman Piet Olen met Mrs. Dahl and Anna Holt.",
		"Olen left early.",
	}}
	Find(a)
	ms := Locate(a)
	type loc struct {
		para   int
		text   string
		name   string
		gender Gender
		role   string
	}
	var got []loc
	for _, m := range ms {
		got = append(got, loc{m.Paragraph, a.Paragraphs[m.Paragraph][m.Start:m.End], m.Name, m.Gender, m.Role})
	}
	want := []loc{
		{0, "Harbour Department", "Harbour Department", Unknown, ""},
		{0, "Piet Olen", "Piet Olen", Male, "spokesman"},
		{0, "Dahl", "Dahl", Female, "mrs"},
		{0, "Anna Holt", "Anna Holt", Female, ""},
		{1, "Olen", "Piet Olen", Male, ""},
	}
	if !slices.Equal(got, want) {
		t.Errorf("Locate:\n got %+v\nwant %+v", got, want)
	}
}

func TestMergeStory(t *testing.T) {
	short := &news.Article{
		Entities: []news.Entity{
			{Name: "Kovalenko", Type: news.Person, Mentions: []string{"Mr Kovalenko"}},
			{Name: "Berg", Type: news.Person, Mentions: []string{"Berg"}},
			{Name: "Oslo", Type: news.Place, Mentions: []string{"Oslo"}},
		},
		Quotes: []news.Quote{{Text: "We will see.", Speaker: "Kovalenko"}, {Text: "No.", Speaker: "Berg"}},
	}
	full := &news.Article{Entities: []news.Entity{
		{Name: "Ivan Kovalenko", Type: news.Person, Mentions: []string{"Ivan Kovalenko"}},
		{Name: "Anna Berg", Type: news.Person, Mentions: []string{"Anna Berg"}},
		{Name: "Lars Berg", Type: news.Person, Mentions: []string{"Lars Berg"}},
	}}
	fuller := &news.Article{Entities: []news.Entity{
		{Name: "Ivan P. Kovalenko", Type: news.Person, Mentions: []string{"Ivan P. Kovalenko"}},
	}}
	MergeStory([]*news.Article{short, full, fuller, nil})
	if got := short.Entities[0].Name; got != "Ivan P. Kovalenko" {
		t.Errorf("surname merged to %q, want the fullest name", got)
	}
	if got := short.Quotes[0].Speaker; got != "Ivan P. Kovalenko" {
		t.Errorf("quote speaker %q, want it renamed with its entity", got)
	}
	if got := full.Entities[0].Name; got != "Ivan P. Kovalenko" {
		t.Errorf("full name merged to %q, want the name with the initial", got)
	}
	if got := short.Entities[1].Name; got != "Berg" {
		t.Errorf("ambiguous surname renamed to %q", got)
	}
	if got := short.Quotes[1].Speaker; got != "Berg" {
		t.Errorf("ambiguous speaker renamed to %q", got)
	}
	if got := short.Entities[2].Name; got != "Oslo" {
		t.Errorf("place renamed to %q", got)
	}
}

func TestMergeStoryJoinsRenamedEntities(t *testing.T) {
	a := &news.Article{Entities: []news.Entity{
		{Name: "Jane Roe", Type: news.Person, Mentions: []string{"Jane Roe"}},
		{Name: "Roe", Type: news.Person, Mentions: []string{"Ms Roe"}},
	}}
	MergeStory([]*news.Article{a})
	if len(a.Entities) != 1 || !slices.Equal(a.Entities[0].Mentions, []string{"Jane Roe", "Ms Roe"}) {
		t.Errorf("entities after merge: %+v", a.Entities)
	}
}

func TestMergeStoryTakesTheCommonForm(t *testing.T) {
	tests := []struct {
		name  string
		names []string // one person's name in each article
		want  string
	}{
		{"most articles write it without the initial", []string{"Mira Tolle", "Mira Tolle", "Mira J. Tolle"}, "Mira Tolle"},
		{"most articles write the initial", []string{"Mira J. Tolle", "Mira J. Tolle", "Mira Tolle"}, "Mira J. Tolle"},
		{"as many write each: the longer", []string{"Mira Tolle", "Mira J. Tolle"}, "Mira J. Tolle"},
		{"a surname takes the common form", []string{"Tolle", "Mira Tolle", "Mira Tolle", "Mira J. Tolle"}, "Mira Tolle"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := make([]*news.Article, len(tc.names))
			for i, n := range tc.names {
				arts[i] = &news.Article{Entities: []news.Entity{{Name: n, Type: news.Person, Mentions: []string{n}}}}
			}
			MergeStory(arts)
			for i, a := range arts {
				if got := a.Entities[0].Name; got != tc.want {
					t.Errorf("article %d: %q, want %q", i, got, tc.want)
				}
				wantOwn := tc.names[i]
				if wantOwn == tc.want {
					wantOwn = ""
				}
				if got := a.Entities[0].ArticleName; got != wantOwn {
					t.Errorf("article %d: article name %q, want %q", i, got, wantOwn)
				}
			}
		})
	}
}

// TestMergeStoryAgain checks that merging a story again, after articles
// join or leave it, names people from what each article writes and not
// from an earlier merge.
func TestMergeStoryAgain(t *testing.T) {
	person := func(name string) *news.Article {
		return &news.Article{
			Entities: []news.Entity{{Name: name, Type: news.Person, Mentions: []string{name}}},
			Quotes:   []news.Quote{{Text: "Yes.", Speaker: name}},
		}
	}
	short, full, fuller := person("Tolle"), person("Mira Tolle"), person("Mira J. Tolle")
	MergeStory([]*news.Article{short, full})
	MergeStory([]*news.Article{short, full, fuller, person("Mira J. Tolle")})
	tests := []struct {
		a             *news.Article
		name, ownName string
	}{
		{short, "Mira J. Tolle", "Tolle"},
		{full, "Mira J. Tolle", "Mira Tolle"},
		{fuller, "Mira J. Tolle", ""},
	}
	for i, tc := range tests {
		e := tc.a.Entities[0]
		if e.Name != tc.name || e.ArticleName != tc.ownName || tc.a.Quotes[0].Speaker != tc.name {
			t.Errorf("article %d after a second merge: %+v, speaker %q; want name %q, article name %q",
				i, e, tc.a.Quotes[0].Speaker, tc.name, tc.ownName)
		}
	}
	// Alone again, the short article takes back its own name.
	MergeStory([]*news.Article{short})
	if e := short.Entities[0]; e.Name != "Tolle" || e.ArticleName != "" || short.Quotes[0].Speaker != "Tolle" {
		t.Errorf("article alone after merges: %+v, speaker %q", e, short.Quotes[0].Speaker)
	}
}

// TestFindNamesakeOrgKeepsPeople checks that a person's name stays a
// person's when something says so, though an organisation shares it.
func TestFindNamesakeOrgKeepsPeople(t *testing.T) {
	got := entitiesOf("", "Tomas Brandel founded Tomas Brandel, Inc. in 1990.", "Tomas Brandel said the firm would grow.")
	var types []news.EntityType
	for _, e := range got {
		if e.Name == "Tomas Brandel" {
			types = append(types, e.Type)
		}
	}
	if !slices.Contains(types, news.Person) {
		t.Errorf("no person Tomas Brandel in %+v", got)
	}
}

// TestMergeStoryUnifiesSpellings checks that names typed with other
// apostrophes or dashes take one form across a story, again when merged
// a second time, and that quote speakers follow.
func TestMergeStoryUnifiesSpellings(t *testing.T) {
	tests := []struct {
		name  string
		typ   news.EntityType
		names []string // the entity's name in each article
		want  string
	}{
		{"the form most articles write", news.Org, []string{"St Orla's Hospital", "St Orla’s Hospital", "St Orla’s Hospital"}, "St Orla’s Hospital"},
		{"as many write each: the first", news.Org, []string{"St Orla's Hospital", "St Orla’s Hospital"}, "St Orla's Hospital"},
		{"dashes", news.Place, []string{"Vell–Marrow", "Vell-Marrow", "Vell-Marrow"}, "Vell-Marrow"},
		{"a person", news.Person, []string{"Aine O’Dunne", "Aine O'Dunne", "Aine O'Dunne"}, "Aine O'Dunne"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := make([]*news.Article, len(tc.names))
			for i, n := range tc.names {
				arts[i] = &news.Article{
					Entities: []news.Entity{{Name: n, Type: tc.typ, Mentions: []string{n}}},
					Quotes:   []news.Quote{{Text: "We will see", Speaker: n}},
				}
			}
			for round := 1; round <= 2; round++ {
				MergeStory(arts)
				for i, a := range arts {
					if got := a.Entities[0].Name; got != tc.want {
						t.Errorf("round %d, article %d: %q, want %q", round, i, got, tc.want)
					}
					if got := a.Entities[0].ArticleName; got != "" && got != tc.names[i] {
						t.Errorf("round %d, article %d: article name %q, want %q", round, i, got, tc.names[i])
					}
					if tc.typ == news.Person && a.Quotes[0].Speaker != tc.want {
						t.Errorf("round %d, article %d: speaker %q, want %q", round, i, a.Quotes[0].Speaker, tc.want)
					}
				}
			}
		})
	}
}
