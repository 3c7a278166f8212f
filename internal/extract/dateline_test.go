package extract

import (
	"strings"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
)

func TestParseDateline(t *testing.T) {
	tests := []struct {
		in         string
		ok         bool
		place      string
		text       string
		date       news.Date
		agency     string
		restPrefix string
	}{
		{"WASHINGTON, Nov 28 (AFP) – The ministry said", true, "WASHINGTON", "WASHINGTON, Nov 28 (AFP) –", news.Date{Month: 11, Day: 28}, "AFP", "The ministry"},
		{"Prague, 30 November 2005 (RFE/RL) -- The minister was", true, "Prague", "Prague, 30 November 2005 (RFE/RL) --", news.Date{Year: 2005, Month: 11, Day: 30}, "RFE/RL", "The minister"},
		{"NEW YORK, Nov 28: The envoy has said", true, "NEW YORK", "NEW YORK, Nov 28:", news.Date{Month: 11, Day: 28}, "", "The envoy"},
		{"HOUSTON — A small company said", true, "HOUSTON", "HOUSTON —", news.Date{}, "", "A small"},
		{"LONDON (Reuters) - Shares fell", true, "LONDON", "LONDON (Reuters) -", news.Date{}, "Reuters", "Shares fell"},
		{"PARIS, March 3, 2011 /PRNewswire/ -- Acme Corp announced", true, "PARIS", "PARIS, March 3, 2011 /PRNewswire/ --", news.Date{Year: 2011, Month: 3, Day: 3}, "PR Newswire", "Acme"},
		{"RIVERTON, Calif. (AP) — The council voted", true, "RIVERTON, Calif.", "RIVERTON, Calif. (AP) —", news.Date{}, "AP", "The council"},
		{"Oakdale, Sept. 4 — Crews worked", true, "Oakdale", "Oakdale, Sept. 4 —", news.Date{Month: 9, Day: 4}, "", "Crews"},
		{"OAKDALE (KPA) – Crews worked", true, "OAKDALE", "OAKDALE (KPA) –", news.Date{}, "KPA", "Crews"},
		{"OAKDALE, March 3 (KPA) – Crews worked", true, "OAKDALE", "OAKDALE, March 3 (KPA) –", news.Date{Month: 3, Day: 3}, "KPA", "Crews"},
		{"OAKDALE, Westshire – Crews worked", true, "OAKDALE, Westshire", "OAKDALE, Westshire –", news.Date{}, "", "Crews"},
		// Not datelines.
		{"Oakdale, Westshire – Crews worked", false, "", "", news.Date{}, "", ""},
		{"OAKDALE, Westshire: Crews worked", false, "", "", news.Date{}, "", ""},
		{"Meanwhile — the council voted", false, "", "", news.Date{}, "", ""},
		{"Update: the council voted", false, "", "", news.Date{}, "", ""},
		{"The Mayor — who was absent — said", false, "", "", news.Date{}, "", ""},
		{"PARIS, Feb 30 — Nothing happened", false, "", "", news.Date{}, "", ""},
		{"Jane Doe (who asked not to be named) - said", false, "", "", news.Date{}, "", ""},
		{"HOUSTON —", false, "", "", news.Date{}, "", ""},
		{"B- a", false, "", "", news.Date{}, "", ""},
		{"BREAKING — The council voted", false, "", "", news.Date{}, "", ""},
		{"UPDATE, Nov 28 — The council voted", false, "", "", news.Date{}, "", ""},
		{"ANTI-WAR protest grows", false, "", "", news.Date{}, "", ""},
	}
	for _, tt := range tests {
		dl, agency, rest, ok := parseDateline(tt.in)
		if ok != tt.ok {
			t.Errorf("parseDateline(%q) ok = %v, want %v", tt.in, ok, tt.ok)
			continue
		}
		if !ok {
			if rest != tt.in {
				t.Errorf("parseDateline(%q) rest = %q, want the input back", tt.in, rest)
			}
			continue
		}
		if dl.Place != tt.place || dl.Text != tt.text || dl.Date != tt.date || agency != tt.agency {
			t.Errorf("parseDateline(%q) = %+v, %q; want place %q, text %q, date %v, agency %q", tt.in, dl, agency, tt.place, tt.text, tt.date, tt.agency)
		}
		if !strings.HasPrefix(rest, tt.restPrefix) {
			t.Errorf("parseDateline(%q) rest = %q, want it to start %q", tt.in, rest, tt.restPrefix)
		}
	}
}

func TestStripAgencyLead(t *testing.T) {
	tests := []struct{ in, agency, rest string }{
		{"AFP: The ministry said", "AFP", "The ministry said"},
		{"(RFE/RL) The government has", "RFE/RL", "The government has"},
		{"Associated Press - Shares fell", "AP", "Shares fell"},
		{"Update: the council voted", "", "Update: the council voted"},
		{"The ministry said", "", "The ministry said"},
	}
	for _, tt := range tests {
		agency, rest := stripAgencyLead(tt.in)
		if agency != tt.agency || rest != tt.rest {
			t.Errorf("stripAgencyLead(%q) = %q, %q; want %q, %q", tt.in, agency, rest, tt.agency, tt.rest)
		}
	}
}

func TestAgencyIn(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Tom Hale, AP Auto Writer", "AP"},
		{"By Jane Roe, Associated Press", "AP"},
		{"Mara Velnik | Reuters", "Reuters"},
		{"Jane Roe, Staff Writer", ""},
		{"Ap Lin, columnist", ""},
	}
	for _, tt := range tests {
		if got := agencyIn(tt.in); got != tt.want {
			t.Errorf("agencyIn(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseByline(t *testing.T) {
	tests := []struct {
		in    string
		names string
		ok    bool
	}{
		{"By Jane Doe", "Jane Doe", true},
		{"BY JANE DOE AND JOHN ROE", "JANE DOE AND JOHN ROE", true},
		{"By Joseph Tsar November 19, 2019, 07:47 PM EST", "Joseph Tsar", true},
		{"Jane Doe, Staff Writer", "Jane Doe", true},
		{"Tom Hale, AP Auto Writer", "Tom Hale", true},
		{"By 2005, officials were worried", "", false},
		{"By Monday, the council had voted", "", false},
		{"The council voted on Monday to build a new bridge across the river, ending a long dispute", "", false},
	}
	for _, tt := range tests {
		names, ok := parseByline(tt.in)
		if ok != tt.ok || names != tt.names {
			t.Errorf("parseByline(%q) = %q, %v; want %q, %v", tt.in, names, ok, tt.names, tt.ok)
		}
	}
}

// FuzzDateline checks that a dateline found is a prefix of the text, the
// rest its suffix, and the date one that exists.
func FuzzDateline(f *testing.F) {
	for _, s := range []string{
		"WASHINGTON, Nov 28 (AFP) – The ministry said",
		"Prague, 30 November 2005 (RFE/RL) -- The minister",
		"NEW YORK, Nov 28: The envoy", "HOUSTON — A company", "LONDON (Reuters) - Shares",
		"PARIS, March 3, 2011 /PRNewswire/ -- Acme", "Feb 29 —", "X, Dec 31 2000 (Y) : z",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		dl, _, rest, ok := parseDateline(s)
		if !ok {
			if rest != s {
				t.Fatalf("no dateline in %q but rest = %q", s, rest)
			}
			return
		}
		if !strings.HasPrefix(s, dl.Text) || !strings.HasSuffix(strings.TrimSpace(s), rest) || rest == "" {
			t.Fatalf("dateline %q, rest %q do not split %q", dl.Text, rest, s)
		}
		if !strings.HasPrefix(dl.Text, dl.Place) {
			t.Fatalf("place %q not at the start of %q", dl.Place, dl.Text)
		}
		if d := dl.Date; !d.IsZero() && !news.ValidDay(d.Year, d.Month, d.Day) {
			t.Fatalf("dateline %q gave a date that does not exist: %+v", dl.Text, d)
		}
	})
}
