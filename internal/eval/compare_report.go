package eval

import (
	"fmt"
	"io"
)

// WriteCompareReport prints one line per story and the totals; with
// detail, also every statement behind an error.
func WriteCompareReport(w io.Writer, rep CompareReport, detail bool) error {
	ew := &errWriter{w: w}
	ew.printf("%-38s %21s %21s %8s\n", "story", "align P/R/F1", "exclusive P/R/F1", "quotes")
	line := func(name string, c CompareCounts) {
		ew.printf("%-38s %6.3f %6.3f %6.3f  %6.3f %6.3f %6.3f  %3d/%-3d\n", name,
			c.AlignP(), c.AlignR(), c.AlignF1(), c.ExclP(), c.ExclR(), c.ExclF1(), c.QuotesMerged, c.Quotes)
	}
	for _, s := range rep.Stories {
		line(s.Story, s.CompareCounts)
	}
	line("total", rep.Total)
	c := rep.Total
	scored := rep.Scored
	if scored == "" {
		scored = "newsfold"
	}
	ew.printf("pairs gold %d, %s %d, both %d; exclusives gold %d, %s %d, both %d\n",
		c.GoldPairs, scored, c.PredPairs, c.BothPairs, c.GoldExcl, scored, c.PredExcl, c.BothExcl)
	if c.ShownExcl > 0 {
		ew.printf("exclusives the reports list: %d, of them exclusive in the gold %d (precision %.3f)\n",
			c.ShownExcl, c.ShownBoth, c.ShownP())
	}
	if !detail {
		return ew.err
	}
	for _, s := range rep.Stories {
		ew.printf("\n== %s (%d sentences not matched to the gold)\n", s.Story, s.Unmapped)
		for _, p := range s.MissedPair {
			ew.printf("missed pair:\n  %s\n  %s\n", p[0], p[1])
		}
		for _, p := range s.FalsePair {
			ew.printf("false pair:\n  %s\n  %s\n", p[0], p[1])
		}
		for _, t := range s.MissedExcl {
			ew.printf("missed exclusive: %s\n", t)
		}
		for _, t := range s.FalseExcl {
			ew.printf("false exclusive: %s\n", t)
		}
		for _, t := range s.Unmerged {
			ew.printf("quotation not merged: %s\n", t)
		}
	}
	return ew.err
}

// errWriter keeps the first write error.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}
