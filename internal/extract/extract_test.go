package extract

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// render writes the fields extraction fills, one a line, then the body.
func render(a *news.Article) string {
	var b strings.Builder
	fmt.Fprintf(&b, "title: %s\noutlet: %s\nagency: %s\nbyline: %s\n", a.Title, a.Outlet, a.Agency, a.Byline)
	if a.Dateline != nil {
		fmt.Fprintf(&b, "dateline: %s | %s | %s\n", a.Dateline.Place, a.Dateline.Text, a.Dateline.Date)
	} else {
		b.WriteString("dateline:\n")
	}
	fmt.Fprintf(&b, "metadata date: %s\nstamp date: %s\n---\n", a.MetadataDate, a.StampDate)
	for _, p := range a.Paragraphs {
		b.WriteString(p + "\n")
	}
	return b.String()
}

// TestExtractGolden extracts each invented page in testdata and compares
// the result with its golden file. Run with -update to rewrite them.
func TestExtractGolden(t *testing.T) {
	pages, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range pages {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		if name == "nav" {
			continue // no article: see TestExtractNoArticle
		}
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a, err := Extract(news.Page{ID: name, Kind: news.KindText, Content: string(raw), Date: "2011-03-03"})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			got := render(a)
			golden := filepath.Join("testdata", name+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("read golden (run with -update to create it): %v", err)
			}
			if got != string(want) {
				t.Errorf("extraction differs from %s:\n--- got\n%s\n--- want\n%s", golden, got, want)
			}
		})
	}
}

func TestExtractNoArticle(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "nav.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, content := range []string{"", "   \n\n  ", string(raw)} {
		_, err := Extract(news.Page{ID: "p", Kind: news.KindText, Content: content})
		if !errors.Is(err, ErrNoArticle) {
			t.Errorf("Extract(%.20q) error = %v, want ErrNoArticle", content, err)
		}
	}
}

const proseFixture = "The council voted on Thursday to build a new bridge across the river, ending a long dispute between the two towns.\n" +
	"Engineers said the bridge would take three years to build and would be open to cyclists and walkers as well as cars.\n"

func TestExtractOutletAndDate(t *testing.T) {
	tests := []struct {
		name       string
		page       news.Page
		wantOutlet string
		wantDate   news.Date
	}{
		{"source wins", news.Page{Source: "Valley Times", URL: "https://www.valley.example/a", Date: "2019-11-20"}, "Valley Times", news.Date{Year: 2019, Month: 11, Day: 20}},
		{"host without www", news.Page{URL: "https://www.valley.example/a/b", Date: "2019-11-20T08:03:00Z"}, "valley.example", news.Date{Year: 2019, Month: 11, Day: 20}},
		{"month only", news.Page{Date: "2019-11"}, "", news.Date{Year: 2019, Month: 11}},
		{"bad date ignored", news.Page{Date: "yesterday"}, "", news.Date{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := tt.page
			p.ID, p.Kind, p.Content = "p", news.KindText, proseFixture
			a, err := Extract(p)
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if a.Outlet != tt.wantOutlet {
				t.Errorf("Outlet = %q, want %q", a.Outlet, tt.wantOutlet)
			}
			if a.MetadataDate != tt.wantDate {
				t.Errorf("MetadataDate = %v, want %v", a.MetadataDate, tt.wantDate)
			}
			if !a.Published.IsZero() {
				t.Errorf("Published = %v, want it left to the date stages", a.Published)
			}
		})
	}
}

func TestExtractPageTitleWins(t *testing.T) {
	a, err := Extract(news.Page{ID: "p", Kind: news.KindText, Title: "  Bridge  vote ", Content: "Some Other Headline Here\n" + proseFixture})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Bridge vote" {
		t.Errorf("Title = %q, want %q", a.Title, "Bridge vote")
	}
}

func TestExtractHTML(t *testing.T) {
	page := `<html><head><title>Bridge vote</title><meta property="og:site_name" content="Valley Times">
<meta property="article:published_time" content="2019-11-20T08:03:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Bridge vote</h1>
<p>RIVERTON, Nov 19 (AP) — The council voted on Thursday to build a new bridge across the river, ending a long dispute between the two towns.</p>
<p>Engineers said the bridge would take three years to build and would be open to cyclists and walkers as well as cars.</p>
<p>"It is the biggest project the valley has seen in a generation," the mayor said after the vote, to applause from the public gallery.</p>
</article><footer>© 2019 Valley Times</footer></body></html>`
	a, err := Extract(news.Page{ID: "h", Kind: news.KindHTML, Content: page})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	if a.Agency != "AP" || a.Dateline == nil || a.Dateline.Place != "RIVERTON" {
		t.Errorf("Agency = %q, Dateline = %+v; want AP and RIVERTON", a.Agency, a.Dateline)
	}
	if len(a.Paragraphs) == 0 || !strings.HasPrefix(a.Paragraphs[0], "The council voted") {
		t.Errorf("Paragraphs = %q, want the dateline removed from the first", a.Paragraphs)
	}
	if a.Outlet != "Valley Times" {
		t.Errorf("Outlet = %q, want the site name", a.Outlet)
	}
	if want := (news.Date{Year: 2019, Month: 11, Day: 20}); a.MetadataDate != want {
		t.Errorf("MetadataDate = %v, want %v", a.MetadataDate, want)
	}
}
