package feed

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestParseGolden reads each fixture feed and compares what Parse gives
// with the fixture's golden file.
func TestParseGolden(t *testing.T) {
	tests := []struct {
		file    string
		feedURL string
	}{
		{"rss2.xml", "https://courier.example/feeds/top.xml"},
		{"rdf.xml", "http://gazette.example/index.rdf"},
		{"atom.xml", "https://tribune.example/atom.xml"},
		{"latin1.xml", "http://chronicle.example/rss"},
		{"sloppy.xml", "https://pier.example/feed"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			f, err := Parse(bytes.NewReader(data), tt.feedURL, 0)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			got, err := json.MarshalIndent(f, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata", strings.TrimSuffix(tt.file, ".xml")+".golden.json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("Parse(%s) differs from %s:\n got: %s\nwant: %s", tt.file, golden, got, want)
			}
		})
	}
}

// TestParseDetails pins the tolerant behaviours one by one, so a failure
// names the one that broke.
func TestParseDetails(t *testing.T) {
	rss := parseFixture(t, "rss2.xml", "https://courier.example/feeds/top.xml")
	atom := parseFixture(t, "atom.xml", "https://tribune.example/atom.xml")
	rdf := parseFixture(t, "rdf.xml", "http://gazette.example/index.rdf")
	latin := parseFixture(t, "latin1.xml", "http://chronicle.example/rss")
	sloppy := parseFixture(t, "sloppy.xml", "https://pier.example/feed")
	tests := []struct {
		name, got, want string
	}{
		{"CDATA title with entity", rss.Title, "The Lakeside Courier – Top Stories"},
		{"white space collapsed", rss.Items[0].Title, "Harbour bridge to close for repairs"},
		{"HTML stripped, script dropped", rss.Items[0].Summary, "The harbour bridge will close for six weeks."},
		{"named zone", rss.Items[0].Published.UTC().Format("2006-01-02 15:04"), "2024-03-05 19:30"},
		{"guid not a permalink kept as ID", rss.Items[0].ID, "courier-18231"},
		{"title escaped twice", rss.Items[1].Title, "Council & mayor agree budget"},
		{"relative link resolved, fragment dropped", rss.Items[1].URL, "https://courier.example/2024/03/budget.html?ref=rss"},
		{"dc:date with offset", rss.Items[1].Published.UTC().Format(timeLayout), "2024-03-06 02:45"},
		{"content:encoded as summary", rss.Items[1].Summary, "Budget agreed after a long night."},
		{"permalink guid as link", rss.Items[2].URL, "https://courier.example/2024/03/ferry.html"},
		{"no weekday, short time", rss.Items[2].Published.UTC().Format(timeLayout), "2024-03-07 08:00"},
		{"script link refused", rss.Items[3].URL, ""},
		{"unreadable date is zero", rss.Items[3].Published.Format(timeLayout), "0001-01-01 00:00"},
		{"atom html title", atom.Title, "Valley Tribune"},
		{"atom feed link via xml:base", atom.Link, "https://tribune.example/"},
		{"atom alternate over self", atom.Items[0].URL, "https://tribune.example/news/2024/06/rail-strike"},
		{"atom published over updated", atom.Items[0].Published.UTC().Format(timeLayout), "2024-06-01 13:30"},
		{"atom escaped html summary", atom.Items[0].Summary, "Unions and operators reach a deal."},
		{"entry xml:base", atom.Items[1].URL, "https://tribune.example/sport/cup-final"},
		{"xhtml title", atom.Items[1].Title, "Cup final tickets"},
		{"xhtml content", atom.Items[1].Summary, "Sales open at noon. Limit of four."},
		{"text title keeps '<'", atom.Items[2].Title, "Tides < usual this week"},
		{"http id as link", atom.Items[2].URL, "http://tribune.example/news/tides"},
		{"rdf title", rdf.Title, "Northfield Gazette"},
		{"rdf numeric entity", rdf.Items[0].Summary, "The old mill – closed since spring – reopens."},
		{"rdf about as link", rdf.Items[1].URL, "http://gazette.example/a/2"},
		{"rdf about as ID", rdf.Items[1].ID, "http://gazette.example/a/2"},
		{"latin-1 decoded", latin.Items[0].Title, "Crème brûlée festival"},
		{"latin-1 feed title", latin.Title, "Café Chronicle"},
		{"undeclared prefix, BOM, truncated", sloppy.Items[0].URL, "https://pier.example/lights"},
		{"undeclared dc prefix date", sloppy.Items[0].Published.Format(timeLayout), "2024-01-09 18:00"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, tt.got, tt.want)
		}
	}
	if n := len(rss.Items); n != 4 {
		t.Errorf("rss2.xml: %d items, want 4", n)
	}
	if n := len(sloppy.Items); n != 2 {
		t.Errorf("sloppy.xml: %d items, want 2 (the second cut short)", n)
	}
}

const timeLayout = "2006-01-02 15:04"

func parseFixture(t *testing.T, name, feedURL string) *Feed {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	f, err := Parse(bytes.NewReader(data), feedURL, 0)
	if err != nil {
		t.Fatalf("Parse(%s): %v", name, err)
	}
	return f
}

func TestParseErrors(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("testdata", "page.html"))
	if err != nil {
		t.Fatal(err)
	}
	jsonFeed, err := os.ReadFile(filepath.Join("testdata", "feed.json"))
	if err != nil {
		t.Fatal(err)
	}
	big := "<rss><channel><title>" + strings.Repeat("x", 5000) + "</title></channel></rss>"
	tests := []struct {
		name    string
		doc     string
		limit   int64
		want    error
		message string
	}{
		{"empty", "", 0, ErrNotFeed, "empty document"},
		{"blank", " \n\t", 0, ErrNotFeed, "empty document"},
		{"html page", string(page), 0, ErrNotFeed, "HTML page"},
		{"json", string(jsonFeed), 0, ErrNotFeed, "JSON"},
		{"plain text", "hello world", 0, ErrNotFeed, "does not start"},
		{"other xml", `<?xml version="1.0"?><svg><g/></svg>`, 0, ErrNotFeed, "root element <svg>"},
		{"too large", big, 1000, ErrTooLarge, "over 1000 bytes"},
		{"broken before items", "<rss><channel><title>x</ti", 0, nil, "parse feed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Parse(strings.NewReader(tt.doc), "https://x.example/feed", tt.limit)
			if err == nil {
				t.Fatalf("Parse gave %+v and no error", f)
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("error %q does not wrap %v", err, tt.want)
			}
			if !strings.Contains(err.Error(), tt.message) {
				t.Errorf("error %q does not say %q", err, tt.message)
			}
		})
	}
}

func TestParseLimitExact(t *testing.T) {
	doc := `<rss><channel><item><link>http://a.example/1</link></item></channel></rss>`
	if _, err := Parse(strings.NewReader(doc), "", int64(len(doc))); err != nil {
		t.Errorf("a document exactly at the limit: %v", err)
	}
	if _, err := Parse(strings.NewReader(doc), "", int64(len(doc)-1)); !errors.Is(err, ErrTooLarge) {
		t.Errorf("a document one byte over the limit: got %v, want ErrTooLarge", err)
	}
}

func TestGUIDNotAnAddress(t *testing.T) {
	doc := `<rss><channel><item><title>x</title><guid>55123</guid></item>` +
		`<item><guid>https://a.example/story/9</guid></item></channel></rss>`
	f, err := Parse(strings.NewReader(doc), "https://a.example/feeds/rss", 0)
	if err != nil {
		t.Fatal(err)
	}
	if f.Items[0].URL != "" || f.Items[0].ID != "55123" {
		t.Errorf("a bare-number guid gave URL %q, ID %q", f.Items[0].URL, f.Items[0].ID)
	}
	if f.Items[1].URL != "https://a.example/story/9" {
		t.Errorf("an address guid gave URL %q", f.Items[1].URL)
	}
}

func TestParseRelativeWithoutBase(t *testing.T) {
	doc := `<rss><channel><item><link>/a/1</link></item></channel></rss>`
	f, err := Parse(strings.NewReader(doc), "", 0)
	if err != nil {
		t.Fatal(err)
	}
	if f.Items[0].URL != "" {
		t.Errorf("relative link without a base gave %q, want empty", f.Items[0].URL)
	}
}

func TestShorten(t *testing.T) {
	long := strings.Repeat("word ", 1000)
	s := shorten(long, 100)
	if len(s) > 100+len("…") || !strings.HasSuffix(s, "…") || strings.HasSuffix(s, " …") {
		t.Errorf("shorten gave %q", s)
	}
	if got := shorten("short", 100); got != "short" {
		t.Errorf("shorten(short) = %q", got)
	}
}
