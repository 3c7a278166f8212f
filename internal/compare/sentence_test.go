package compare

import (
	"reflect"
	"testing"
	"unicode"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "The dam broke. Water rose fast! Who knew?", []string{"The dam broke.", "Water rose fast!", "Who knew?"}},
		{"titles", "Mr. Orlov met Dr. Vance at noon. They spoke.", []string{"Mr. Orlov met Dr. Vance at noon.", "They spoke."}},
		{"initials", "President Tomas K. Brandt signed it. Aides cheered.", []string{"President Tomas K. Brandt signed it.", "Aides cheered."}},
		{"acronym then name", "The U.S. Senate voted. It passed.", []string{"The U.S. Senate voted.", "It passed."}},
		{"acronym ends sentence", "Talks moved to the U.S. The envoy agreed.", []string{"Talks moved to the U.S.", "The envoy agreed."}},
		{"month abbreviation", "It happened on Sept. 11 last year. Nobody forgot.", []string{"It happened on Sept. 11 last year.", "Nobody forgot."}},
		{"military rank", "Gen. Aldo Reyes said so. Troops left.", []string{"Gen. Aldo Reyes said so.", "Troops left."}},
		{"closing quote stays", "“We will stay.” Then she left.", []string{"“We will stay.”", "Then she left."}},
		{"quotation kept whole", "“It broke. We ran,” Ada said. Later it rained.", []string{"“It broke. We ran,” Ada said.", "Later it rained."}},
		{"straight quotes", `"We will stay." Then she left.`, []string{`"We will stay."`, "Then she left."}},
		{"lower case continues", "He paid 3.5 million crowns. officials said.", []string{"He paid 3.5 million crowns. officials said."}},
		{"decimal point with a space after it", "A 4. 2 metre flood hit Oskby. 9 were hurt in 2031. 12 more fled.",
			[]string{"A 4. 2 metre flood hit Oskby.", "9 were hurt in 2031.", "12 more fled."}},
		{"ellipsis", "We waited … and waited... Then rain came.", []string{"We waited … and waited... Then rain came."}},
		{"blank line ends", "Heading without stop\n\nBody starts here.", []string{"Heading without stop", "Body starts here."}},
		{"newline inside sentence", "President Tomas K.\nBrandt spoke.", []string{"President Tomas K. Brandt spoke."}},
		{"empty", "  \n ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SplitSentences(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("SplitSentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestStripDateline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"NORTHGATE, March 3 (Valley Wire) -- Rain fell.", "Rain fell."},
		{"KESSEL, March 3: Rain fell.", "Rain fell."},
		{"Oskby, 4 May 2030 (Courier) – Rain fell.", "Rain fell."},
		{"Rain fell: Ada saw it.", "Rain fell: Ada saw it."},
		{"On 3 March, she said: Rain fell.", "On 3 March, she said: Rain fell."},
		{"Ada Brandt -- the mayor -- spoke.", "Ada Brandt -- the mayor -- spoke."},
	}
	for _, tt := range tests {
		if got := stripDateline(tt.in); got != tt.want {
			t.Errorf("stripDateline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsBoilerplate(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Click here to subscribe to our newsletter.", true},
		{"What do you think about the dam?", true},
		{"Copyright 2031 Northgate Herald. All rights reserved.", true},
		{"Latest news", true},
		{"See the mayor's letter below, and tell us whether the council went too far.", true},
		{"Floods in the valley and more stories from the region...", true},
		{"Rescue Teams Reach Flooded Districts Across Town.", true},
		{"Rescue teams reached the flooded districts by nightfall.", false},
		{"The minister's comments drew criticism from the council.", false},
	}
	for _, tt := range tests {
		if got := IsBoilerplate(tt.in); got != tt.want {
			t.Errorf("IsBoilerplate(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestMessy(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Mayor Brandt (file photo) (Valley Wire) The council has approved the plan.", true},
		{"The council (which met on Monday) approved the plan.", false},
		{"The council approved the plan, the mayor (a Green) said.", false},
	}
	for _, tt := range tests {
		if got := messy(tt.in); got != tt.want {
			t.Errorf("messy(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestContainsWord(t *testing.T) {
	tests := []struct {
		s, w string
		want bool
	}{
		{"The US envoy left.", "US", true},
		{"The USA team left.", "US", false},
		{"Thus it ends.", "us", false},
		{"Talks with Oskby, then Oskby-Nord.", "Oskby", true},
		{"Oskby", "", false},
	}
	for _, tt := range tests {
		if got := containsWord(tt.s, tt.w); got != tt.want {
			t.Errorf("containsWord(%q, %q) = %v, want %v", tt.s, tt.w, got, tt.want)
		}
	}
}

// FuzzQuotedShare checks quotedShare against counting rune by rune.
func FuzzQuotedShare(f *testing.F) {
	f.Add(`He said "we will stay" on Tuesday.`)
	f.Add("“Wir bleiben”, sagte Ölsen.")
	f.Add("\xff\"a")
	f.Fuzz(func(t *testing.T, s string) {
		in := false
		letters, quoted := 0, 0
		for _, r := range s {
			switch r {
			case '“':
				in = true
			case '”':
				in = false
			case '"':
				in = !in
			}
			if unicode.IsLetter(r) {
				letters++
				if in {
					quoted++
				}
			}
		}
		want := 0.0
		if letters > 0 {
			want = float64(quoted) / float64(letters)
		}
		if got := quotedShare(s); got != want {
			t.Fatalf("quotedShare(%q) = %v, want %v", s, got, want)
		}
	})
}
