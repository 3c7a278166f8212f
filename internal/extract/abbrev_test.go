package extract

import (
	"regexp"
	"strings"
	"testing"
)

// referenceTitleAbbrev is the pattern endsWithTitleAbbrev implements.
var referenceTitleAbbrev = regexp.MustCompile(`(?:^|[\s(])(?:\p{Lu}|Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Prof|Rev|St|Hon|Adm|Maj|Cpl|Supt|Insp|No)\.$`)

func TestEndsWithTitleAbbrev(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"", false},
		{".", false},
		{"W.", true},
		{"said President Anna K.", true},
		{"met (Gen.", true},
		{"met Gen.", true},
		{"met Genl.", false},
		{"the XGen.", false},
		{"met\tDr.", true},
		{"met Dr. ", false},
		{"it rained.", false},
		{"in the U.S.", false},
		{"ask Ö.", true},
		{"ask ö.", false},
		{"room No.", true},
		{"Mr", false},
	}
	for _, tt := range tests {
		if got := endsWithTitleAbbrev(tt.in); got != tt.want {
			t.Errorf("endsWithTitleAbbrev(%q) = %v, want %v", tt.in, got, tt.want)
		}
		if ref := referenceTitleAbbrev.MatchString(tt.in); ref != tt.want {
			t.Errorf("reference pattern on %q = %v, want %v", tt.in, ref, tt.want)
		}
	}
}

func TestFieldCounts(t *testing.T) {
	for _, s := range []string{"", "  ", "one", " two words ", "a\u00a0b\u2003c\td", "\xffbad bytes\xfe"} {
		f := strings.Fields(s)
		if got := countFields(s); got != len(f) {
			t.Errorf("countFields(%q) = %d, want %d", s, got, len(f))
		}
		w, ok := firstField(s)
		if ok != (len(f) > 0) || (ok && w != f[0]) {
			t.Errorf("firstField(%q) = %q, %v; want first of %q", s, w, ok, f)
		}
	}
}

func FuzzEndsWithTitleAbbrev(f *testing.F) {
	for _, s := range []string{"George W.", "(Dr.", "x Mrs.", "U.S.", "\xffW.", "É."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := endsWithTitleAbbrev(s), referenceTitleAbbrev.MatchString(s); got != want {
			t.Fatalf("endsWithTitleAbbrev(%q) = %v, pattern says %v", s, got, want)
		}
		fs := strings.Fields(s)
		if countFields(s) != len(fs) {
			t.Fatalf("countFields(%q) = %d, want %d", s, countFields(s), len(fs))
		}
		if w, ok := firstField(s); ok != (len(fs) > 0) || (ok && w != fs[0]) {
			t.Fatalf("firstField(%q) = %q, %v", s, w, ok)
		}
	})
}

// referenceSameWords is sameWords as first written: the lower-cased words
// joined by spaces, compared whole.
func referenceSameWords(a, b string, least int) bool {
	wa, wb := tokens(a), tokens(b)
	return len(wb) >= least && strings.ToLower(strings.Join(wa, " ")) == strings.ToLower(strings.Join(wb, " "))
}

func TestSameWords(t *testing.T) {
	tests := []struct {
		a, b  string
		least int
		want  bool
	}{
		{"", "", 0, true},
		{"", "", 1, false},
		{"The ferry runs daily.", "the FERRY runs, daily", 4, true},
		{"The ferry runs daily.", "the ferry runs daily", 5, false},
		{"The ferry runs daily.", "The ferry runs nightly.", 1, false},
		{"The ferry runs", "The ferry runs daily", 1, false},
		{"Oskby’s quay", "oskby’s QUAY!", 2, true},
	}
	for _, tt := range tests {
		if got := sameWords(tt.a, tt.b, tt.least); got != tt.want {
			t.Errorf("sameWords(%q, %q, %d) = %v, want %v", tt.a, tt.b, tt.least, got, tt.want)
		}
		if ref := referenceSameWords(tt.a, tt.b, tt.least); ref != tt.want {
			t.Errorf("reference on (%q, %q, %d) = %v, want %v", tt.a, tt.b, tt.least, ref, tt.want)
		}
	}
}

func FuzzSameWords(f *testing.F) {
	f.Add("The ferry runs daily.", "the FERRY runs, daily", 3)
	f.Add("a\xffb", "A b", 1)
	f.Fuzz(func(t *testing.T, a, b string, least int) {
		if got, want := sameWords(a, b, least), referenceSameWords(a, b, least); got != want {
			t.Fatalf("sameWords(%q, %q, %d) = %v, want %v", a, b, least, got, want)
		}
		var spans []string
		for i := 0; ; {
			s, e := nextToken(a, i)
			if s < 0 {
				break
			}
			spans, i = append(spans, a[s:e]), e
		}
		if want := tokens(a); strings.Join(spans, "\x00") != strings.Join(want, "\x00") || len(spans) != len(want) {
			t.Fatalf("nextToken on %q gives %q, tokens gives %q", a, spans, want)
		}
		if got, want := collapseSpace(a), strings.Join(strings.Fields(a), " "); got != want {
			t.Fatalf("collapseSpace(%q) = %q, want %q", a, got, want)
		}
	})
}
