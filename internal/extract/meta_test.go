package extract

import (
	"reflect"
	"strings"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
)

func TestParseStamp(t *testing.T) {
	tests := []struct {
		in      string
		want    news.Date
		updated bool
		ok      bool
	}{
		{"Tuesday 4 March 2025 06:00", news.Date{Year: 2025, Month: 3, Day: 4}, false, true},
		{"4 March 2025", news.Date{Year: 2025, Month: 3, Day: 4}, false, true},
		{"Updated: March 4, 2025 at 6:00 am", news.Date{Year: 2025, Month: 3, Day: 4}, true, true},
		{"Published 2025-03-04", news.Date{Year: 2025, Month: 3, Day: 4}, false, true},
		{"Thu 10 Apr 2025 07.00", news.Date{Year: 2025, Month: 4, Day: 10}, false, true},
		{"Monday 2 March 2026, 4.15pm", news.Date{Year: 2026, Month: 3, Day: 2}, false, true},
		{"Published 9:15 AM EST Nov 19, 2019", news.Date{Year: 2019, Month: 11, Day: 19}, false, true},
		{"Last updated on 1 June 2024 | 17:45 BST", news.Date{Year: 2024, Month: 6, Day: 1}, true, true},
		// Not stamps.
		{"Updated 14:05", news.Date{}, false, false},
		{"March 4", news.Date{}, false, false},
		{"30 February 2025", news.Date{}, false, false},
		{"Published 2025-13-04", news.Date{}, false, false},
		{"The council met on 4 March 2025", news.Date{}, false, false},
		{"© 2026 Valley Media", news.Date{}, false, false},
	}
	for _, tt := range tests {
		got, upd, ok := parseStamp(tt.in)
		if got != tt.want || upd != tt.updated || ok != tt.ok {
			t.Errorf("parseStamp(%q) = %v, %v, %v; want %v, %v, %v", tt.in, got, upd, ok, tt.want, tt.updated, tt.ok)
		}
	}
}

// headPage builds a flattened page: masthead and menu, the head lines
// given, three paragraphs, a teaser list with dates of its own, the
// footer given.
func headPage(head []string, footer string) string {
	lines := []string{"THE MORROW BAY LANTERN", "Menu", "News", "Sport", "News / Coast"}
	lines = append(lines, head...)
	lines = append(lines, para1, para2, para3,
		"More from Coast",
		"Pier reopens after storm repairs",
		"Anglers return to the old pier for the first time since winter ...",
		"12 January 2023",
		"Lifeboat station gets a new boat",
		"The crew will train on it through the spring ...",
		"3 May 2021",
		footer)
	return strings.Join(lines, "\n")
}

func TestExtractTextHead(t *testing.T) {
	const (
		headline   = "Bridge vote ends long dispute between towns"
		standfirst = "Council backs the crossing after a decade of argument over the cost and who would pay for it"
	)
	tests := []struct {
		name    string
		head    []string
		footer  string
		title   string
		byline  string
		agency  string
		stamp   news.Date
		outlet  string
		nParas  int
		firstIs string
	}{
		{"headline over standfirst, name and role", []string{headline, standfirst, "Petra Quillon", "Rivers Correspondent", "Tuesday 4 March 2025 06:00"},
			"© 2026 Morrow Bay Lantern Ltd", headline, "Petra Quillon", "", news.Date{Year: 2025, Month: 3, Day: 4}, "The Morrow Bay Lantern", 3, para1},
		{"name then date", []string{headline, "Petra Quillon", "4 March 2025"},
			"Copyright 2025 Harbourline Media", headline, "Petra Quillon", "", news.Date{Year: 2025, Month: 3, Day: 4}, "Harbourline Media", 3, para1},
		{"by line and update stamp", []string{headline, "By Petra Quillon", "Updated: March 4, 2025 at 6:00 am"},
			"Terms | Privacy", headline, "Petra Quillon", "", news.Date{Year: 2025, Month: 3, Day: 4}, "", 3, para1},
		{"agency as byline", []string{headline, "By Westmark Press Agency", "Published 2025-03-04"},
			"Terms | Privacy", headline, "", "Westmark Press Agency", news.Date{Year: 2025, Month: 3, Day: 4}, "", 3, para1},
		{"no stamp: teaser dates are not read", []string{headline, "By Petra Quillon"},
			"Terms | Privacy", headline, "Petra Quillon", "", news.Date{}, "", 3, para1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Extract(news.Page{ID: "p", Kind: news.KindText, Content: headPage(tt.head, tt.footer)})
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tt.title || a.Byline != tt.byline || a.Agency != tt.agency || a.StampDate != tt.stamp || a.Outlet != tt.outlet {
				t.Errorf("got title %q, byline %q, agency %q, stamp %v, outlet %q;\nwant %q, %q, %q, %v, %q",
					a.Title, a.Byline, a.Agency, a.StampDate, a.Outlet, tt.title, tt.byline, tt.agency, tt.stamp, tt.outlet)
			}
			if len(a.Paragraphs) != tt.nParas || a.Paragraphs[0] != tt.firstIs {
				t.Errorf("Paragraphs = %q, want %d starting with the first paragraph", a.Paragraphs, tt.nParas)
			}
		})
	}
}

func TestCopyrightOwner(t *testing.T) {
	tests := []struct{ in, want string }{
		{"© 2026 The Valley Times Ltd. All rights reserved.", "The Valley Times"},
		{"© Coastal Post Media 2026. All rights reserved.", "Coastal Post Media"},
		{"Copyright 2025 Harbourline Post", "Harbourline Post"},
		{"Copyright © 2021–2025 FENWICK OBSERVER LIMITED", "Fenwick Observer"},
		{"© 2026 Dale Newspapers Ltd, 12 Market Square, Dalby. All rights reserved.", "Dale Newspapers"},
		{"Valley Media Ltd. Registered office: 1 High Street. © 2026 Valley Media Ltd", "Valley Media"},
		{"© 2018 Copyright Valley Post Media Pvt. Ltd.. All Rights reserved.", "Valley Post Media"},
		{"Copyright © 2019 NBC UNIVERSAL", "NBC Universal"},
		// No owner named.
		{"Copyright Policy", ""},
		{"(Image: © Valley Space Agency)", ""},
		{"© 2026. All rights reserved.", ""},
		{"Copyright law protects the work of writers and artists.", ""},
		{"The council met on Monday.", ""},
	}
	for _, tt := range tests {
		if got := copyrightOwner(tt.in); got != tt.want {
			t.Errorf("copyrightOwner(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTextOutlet(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  string
	}{
		{"masthead in capitals confirmed by owner", []string{"THE DALBY ECHO", "Home", para1, "© 2026 Echo Media Ltd"}, "The Dalby Echo"},
		{"masthead confirmed by the footer", []string{"The Dalby Echo", "Home", para1, "Get the Echo in your inbox", "© 2026 Northfold Newspapers Ltd"}, "The Dalby Echo"},
		{"furniture before the masthead", []string{"Skip to main content", "Dalby Echo", para1, "© Dalby Echo 2020–2026."}, "Dalby Echo"},
		{"owner alone", []string{"Home", "World", para1, "© 2026 Northfold Newspapers Ltd"}, "Northfold Newspapers"},
		{"masthead unconfirmed", []string{"THE DALBY ECHO", "Home", para1, "Terms | Privacy"}, ""},
		{"section label is no masthead", []string{"World News", "Home", para1, "More World News", "Terms"}, ""},
		{"one word needs the owner", []string{"Gardening", "Home", para1, "More Gardening", "© 2026 Northfold Newspapers Ltd"}, "Northfold Newspapers"},
		{"prompt is no masthead", []string{"Support Dalby Echo", "Home", para1, "© 2026 Dalby Echo Ltd"}, "Dalby Echo"},
		{"last notice is the page's", []string{"Home", para1, "(Photo: © 2024 Jane Roe)", "© 2026 Northfold Newspapers Ltd"}, "Northfold Newspapers"},
	}
	for _, tt := range tests {
		ls := measure(tt.lines)
		if got := textOutlet(ls, 3); got != tt.want {
			t.Errorf("%s: textOutlet = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestAgencyCredits(t *testing.T) {
	credits := []struct{ in, want string }{
		{"AFP", "AFP"}, {"KPA", "KPA"}, {"RFE/RL", "RFE/RL"}, {"ABCDEFG", ""}, {"Staff", ""}, {"a", ""},
	}
	for _, tt := range credits {
		if got := creditAgency(tt.in); got != tt.want {
			t.Errorf("creditAgency(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	names := []struct{ in, want string }{
		{"Westmark Press Agency", "Westmark Press Agency"}, {"Eastern News Service", "Eastern News Service"},
		{"Jane Doe", ""}, {"Agency", ""}, {"Gazette Reporter", ""},
	}
	for _, tt := range names {
		if got := agencyByName(tt.in); got != tt.want {
			t.Errorf("agencyByName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestWireSignoffCredits(t *testing.T) {
	tests := []struct {
		in     []string
		want   []string
		agency string
	}{
		{[]string{para1, "The vote was close. (KPA)"}, []string{para1, "The vote was close."}, "KPA"},
		{[]string{para1, "(KPA)"}, []string{para1}, "KPA"},
		{[]string{para1, "— Reuters"}, []string{para1}, "Reuters"},
		{[]string{para1, "The vote went to the party of the centre (PCV)"}, []string{para1, "The vote went to the party of the centre (PCV)"}, ""},
		{[]string{para1, "The vote was close. (Pictured)"}, []string{para1, "The vote was close. (Pictured)"}, ""},
	}
	for _, tt := range tests {
		got, ag := wireSignoff(tt.in)
		if !reflect.DeepEqual(got, tt.want) || ag != tt.agency {
			t.Errorf("wireSignoff(%q) = %q, %q; want %q, %q", tt.in, got, ag, tt.want, tt.agency)
		}
	}
}

func TestBylineLines(t *testing.T) {
	tests := []struct {
		in         string
		name, role bool
	}{
		{"Petra Quillon", true, false},
		{"Anna van Dijk", true, false},
		{"Regional Affairs Correspondent", false, true},
		{"Music critic", false, true},
		{"Chief Reporter", false, true},
		{"The Town Hall", false, false},
		{"Monday Evening", false, false},
		{"Bridge vote ends long dispute", false, false},
		{"Route 12", false, false},
	}
	for _, tt := range tests {
		if got := nameLine(tt.in); got != tt.name {
			t.Errorf("nameLine(%q) = %v, want %v", tt.in, got, tt.name)
		}
		if got := roleLine(tt.in); got != tt.role {
			t.Errorf("roleLine(%q) = %v, want %v", tt.in, got, tt.role)
		}
	}
}

func TestCreditedCaption(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Snowploughs clear the road below the summit (EMN)", true},
		{"The tin box in which the letters were found (Valley Museum)", true},
		{"The pass was closed on Saturday (EMN).", false},
		{"Snow (EMN)", false},
		{"The pass was closed on Saturday, the office said. (EMN)", false},
	}
	for _, tt := range tests {
		if got := creditedCaption(newLine(tt.in, stopWords)); got != tt.want {
			t.Errorf("creditedCaption(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestFindStamp(t *testing.T) {
	const headline = "Bridge vote ends long dispute between towns"
	day := func(d int) news.Date { return news.Date{Year: 2025, Month: 3, Day: d} }
	tests := []struct {
		name  string
		lines []string // the headline first, then the head, the body at bodyAt, the rest after
		body  int      // the number of body lines after the head
		want  news.Date
	}{
		{"under the headline", []string{headline, "By Jane Roe", "Tuesday 4 March 2025 06:00", para1, para2}, 2, day(4)},
		{"publication before update", []string{headline, "Updated 5 March 2025", "Published 4 March 2025", para1, para2}, 2, day(4)},
		{"update alone", []string{headline, "Updated: March 5, 2025 at 6:00 am", para1, para2}, 2, day(5)},
		{"published after the body", []string{headline, "By Jane Roe", para1, para2, "Published 2025-03-04", "Share"}, 2, day(4)},
		{"a date after the body unlabelled", []string{headline, "By Jane Roe", para1, para2, "4 March 2025", "Share"}, 2, news.Date{}},
		{"teaser dates far after the body", []string{headline, para1, para2, "More news", "Ferry timetable cut", "3 March 2025"}, 2, news.Date{}},
		{"a date inside the body is not a stamp", []string{headline, para1, "4 March 2025", para2}, 3, news.Date{}},
	}
	for _, tt := range tests {
		ls := measure(tt.lines)
		start := 0
		for i, l := range tt.lines {
			if l == para1 {
				start = i
				break
			}
		}
		end := start + tt.body
		keep := make([]bool, len(ls))
		for i := start; i < end; i++ {
			keep[i] = true
		}
		if got := findStamp(ls, keep, 0, start, end); got != tt.want {
			t.Errorf("%s: findStamp = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestFindTitleStandfirst(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  string
	}{
		{"headline above a standfirst", []string{"Home", "News / Coast", "Bridge vote ends long dispute", "Council backs the crossing after a decade of argument over who would pay", para1, para2}, "Bridge vote ends long dispute"},
		{"a dek in Title Case is a headline of its own", []string{"Home", "Filed Under Towns", "Bridge Vote Ends Long Dispute Between The Two Towns Of The Valley", para1, para2}, "Bridge Vote Ends Long Dispute Between The Two Towns Of The Valley"},
		{"breadcrumb is no headline", []string{"Home", "News / Coast / Harbour towns today", "Council backs the crossing after a decade of argument over who would pay", para1, para2}, "Council backs the crossing after a decade of argument over who would pay"},
	}
	for _, tt := range tests {
		ls := measure(tt.lines)
		start := len(tt.lines) - 2
		keep := make([]bool, len(ls))
		keep[start], keep[start+1] = true, true
		if got, _ := findTitle(ls, start, keep); got != tt.want {
			t.Errorf("%s: findTitle = %q, want %q", tt.name, got, tt.want)
		}
	}
}
