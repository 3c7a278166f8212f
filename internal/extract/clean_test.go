package extract

import (
	"reflect"
	"testing"
)

// kept runs keepLines over the whole of lines and returns what it keeps.
func kept(lines []string) []string {
	ls := measure(lines)
	keep := keepLines(ls, 0, len(ls))
	var out []string
	for i, k := range keep {
		if k {
			out = append(out, lines[i])
		}
	}
	return out
}

const (
	para1 = "The council voted on Thursday to build a new bridge across the river, ending a long dispute between the two towns."
	para2 = "Engineers said the bridge would take three years to build and would be open to cyclists and walkers as well as cars."
	para3 = "The mayor said the town would hold a public meeting in the spring to hear what residents want from the new crossing."
)

func TestKeepLines(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"crosshead kept", []string{para1, "A long wait", para2, para3}, []string{para1, "A long wait", para2, para3}},
		{"link box dropped", []string{para1, para2, "Ferry cuts winter timetable", "Harbour fair returns after a pause", "Road to close for repairs", para3},
			[]string{para1, para2, para3}},
		{"list after a colon kept", []string{para1, "The opening days are:", "June 9 — open house", "June 10 — school visits", "June 11 — council meeting"},
			[]string{para1, "The opening days are:", "June 9 — open house", "June 10 — school visits", "June 11 — council meeting"}},
		{"inline link dropped", []string{para1, "Related: Bridge plan stalls again", para2}, []string{para1, para2}},
		{"author note dropped", []string{para1, para2, para3, "About the author", "Jane Roe writes about towns and rivers for the paper and lives by the harbour."},
			[]string{para1, para2, para3}},
		{"caption dropped", []string{para1, "The river at dusk. (Photo: Sam Lee/Valley Wire)", para2}, []string{para1, para2}},
		{"standfirst and byline dropped", []string{"A bridge at last for the two towns, after years of argument.", "By Jane Roe", para1, para2}, []string{para1, para2}},
	}
	for _, tt := range tests {
		if got := kept(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: kept %q, want %q", tt.name, got, tt.want)
		}
	}
}
