package eval

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// WriteUnderstandReport prints the scores as a table: one metric a row,
// its value and the counts it rests on.
func WriteUnderstandReport(w io.Writer, s UnderstandScores) error {
	var b strings.Builder
	rows := []struct {
		metric string
		value  float64
		counts string
	}{
		{"quote recall", s.QuoteRecall, fmt.Sprintf("%d of %d gold quotes found", s.MatchedQuotes, s.GoldQuotes)},
		{"quote precision", s.QuotePrecision, fmt.Sprintf("%d of %d predicted quotes match", s.MatchedQuotes, s.PredQuotes)},
		{"speaker accuracy", s.SpeakerAccuracy, fmt.Sprintf("%d of %d found quotes", s.RightSpeakers, s.MatchedQuotes)},
		{"person precision", s.PersonP, fmt.Sprintf("%d of %d predicted", s.MatchedPersons, s.PredPersons)},
		{"person recall", s.PersonR, fmt.Sprintf("%d of %d gold", s.MatchedPersons, s.GoldPersons)},
		{"person F1", s.PersonF1, "of the two above"},
		{"entity precision", s.EntityP, fmt.Sprintf("%d of %d predicted", s.MatchedEntities, s.PredEntities)},
		{"entity recall", s.EntityR, fmt.Sprintf("%d of %d gold", s.MatchedEntities, s.GoldEntities)},
		{"entity F1", s.EntityF1, "of the two above"},
		{"alias merging", s.AliasMerging, fmt.Sprintf("%d of %d persons written several ways", s.MergedPersons, s.AliasPersons)},
		{"time accuracy", s.TimeAccuracy, fmt.Sprintf("%d of %d gold times (%d matched by text)", s.RightTimes, s.GoldTimes, s.MatchedTimes)},
		{"date accuracy", s.DateAccuracy, fmt.Sprintf("%d of %d articles", s.RightDates, s.Articles)},
	}
	fmt.Fprintf(&b, "%d gold articles, %d found\n", s.Articles, s.Found)
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "metric\tvalue\tcounts\n")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%.3f\t%s\n", r.metric, r.value, r.counts)
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("write understanding report: %w", err)
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("write understanding report: %w", err)
	}
	return nil
}
