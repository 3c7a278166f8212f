package compare

import (
	"reflect"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
)

func TestDiffWords(t *testing.T) {
	tests := []struct {
		name          string
		main, variant string
		want          []news.DiffOp
	}{
		{
			"identical up to case and punctuation",
			"We will stay, and we will win.", "we will stay and we will win",
			[]news.DiffOp{{Op: OpSame, Text: "we will stay and we will win"}},
		},
		{
			"trimmed end",
			"We will stay and we will win.", "We will stay",
			[]news.DiffOp{{Op: OpSame, Text: "We will stay"}, {Op: OpOmitted, Text: "and we will win."}},
		},
		{
			"ellipsis hides words",
			"We will stay in the valley and we will win.", "We will stay … and we will win.",
			[]news.DiffOp{{Op: OpSame, Text: "We will stay"}, {Op: OpOmitted, Text: "… in the valley"}, {Op: OpSame, Text: "and we will win."}},
		},
		{
			"bracketed insertion matches and adds",
			"the council must lower its fees", "the council [must] lower its [own] fees",
			[]news.DiffOp{{Op: OpSame, Text: "the council [must] lower its"}, {Op: OpAdded, Text: "[own]"}, {Op: OpSame, Text: "fees"}},
		},
		{
			"omitted run keeps its dashes",
			"I think that we -- well, I know that we said it", "we said it",
			[]news.DiffOp{{Op: OpOmitted, Text: "I think that we -- well, I know that"}, {Op: OpSame, Text: "we said it"}},
		},
		{
			"changed word",
			"governed by respect and by openness", "governed by respect and openness",
			[]news.DiffOp{{Op: OpSame, Text: "governed by respect and"}, {Op: OpOmitted, Text: "by"}, {Op: OpSame, Text: "openness"}},
		},
		{
			"dash stays with variant words",
			"we know that we said it", "we think -- we know that we said it",
			[]news.DiffOp{{Op: OpAdded, Text: "we think --"}, {Op: OpSame, Text: "we know that we said it"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := DiffWords(tt.main, tt.variant); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("DiffWords(%q, %q)\n got %+v\nwant %+v", tt.main, tt.variant, got, tt.want)
			}
		})
	}
}

func TestLCSLen(t *testing.T) {
	tests := []struct {
		a, b []string
		want int
	}{
		{[]string{"a", "b", "c"}, []string{"a", "c"}, 2},
		{[]string{"a", "b"}, nil, 0},
		{[]string{"x", "a", "y", "b"}, []string{"a", "b", "x"}, 2},
	}
	for _, tt := range tests {
		if got := lcsLen(tt.a, tt.b); got != tt.want {
			t.Errorf("lcsLen(%v, %v) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}
