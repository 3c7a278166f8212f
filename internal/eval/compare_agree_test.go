package eval

import (
	"strings"
	"testing"
)

// TestCompareAgreement scores second alignments of the fixture story
// against it, with counts worked out by hand.
func TestCompareAgreement(t *testing.T) {
	g := readFixtureGold(t)
	cases := []struct {
		name   string
		groups [][]string
		boiler []string
		want   CompareCounts
	}{
		{"same", g.Groups, g.Boilerplate,
			CompareCounts{GoldPairs: 3, PredPairs: 3, BothPairs: 3, GoldExcl: 1, PredExcl: 1, BothExcl: 1}},
		// One pair dropped: its two statements become exclusives; the
		// dam line is aligned with the flood instead.
		{"one pair apart", [][]string{{"0.0", "1.3"}, {"0.2", "1.2"}}, nil,
			CompareCounts{GoldPairs: 3, PredPairs: 2, BothPairs: 1, GoldExcl: 1, PredExcl: 3, BothExcl: 0}},
		// Nothing aligned: every statement but the gold's boilerplate is
		// an exclusive.
		{"nothing aligned", nil, nil,
			CompareCounts{GoldPairs: 3, PredPairs: 0, BothPairs: 0, GoldExcl: 1, PredExcl: 7, BothExcl: 1}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			second := g
			second.Groups, second.Boilerplate = c.groups, c.boiler
			rep, err := CompareAgreement([]CompareGold{g}, []CompareGold{second})
			if err != nil {
				t.Fatal(err)
			}
			if rep.Total != c.want {
				t.Errorf("counts %+v, want %+v", rep.Total, c.want)
			}
		})
	}
}

// TestCompareAgreementRejects checks that a second alignment must label
// a gold story and split it the same way.
func TestCompareAgreementRejects(t *testing.T) {
	g := readFixtureGold(t)
	other := g
	other.Story = "another"
	resplit := g
	resplit.Statements = append([]GoldStatement(nil), g.Statements...)
	resplit.Statements[1].Text = "About 120 residents left."
	for _, c := range []struct {
		name   string
		second CompareGold
		want   string
	}{
		{"unknown story", other, "not in the gold"},
		{"other statements", resplit, "statement 1 differs"},
	} {
		_, err := CompareAgreement([]CompareGold{g}, []CompareGold{c.second})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one saying %q", c.name, err, c.want)
		}
	}
}
