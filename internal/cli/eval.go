package cli

import (
	"context"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/newsfold/newsfold/internal/eval"
	"github.com/newsfold/newsfold/internal/extract"
	"github.com/newsfold/newsfold/internal/fold"
	"github.com/newsfold/newsfold/internal/news"
)

func runEval(ctx context.Context, args []string, env Env) error {
	if len(args) == 0 {
		return fmt.Errorf("%w: eval needs a subcommand: extract, cluster, understand or compare", errUsage)
	}
	switch args[0] {
	case "extract":
		return runEvalExtract(ctx, args[1:], env)
	case "cluster":
		return runEvalCluster(ctx, args[1:], env)
	case "understand":
		return runEvalUnderstand(ctx, args[1:], env)
	case "compare":
		return runEvalCompare(ctx, args[1:], env)
	}
	return fmt.Errorf("%w: unknown eval subcommand %q (want extract, cluster, understand or compare)", errUsage, args[0])
}

// floor is a minimum a score must reach; a negative floor is not checked.
type floor struct {
	name  string
	min   float64
	value float64
}

// checkFloors returns an error naming every score below its floor.
func checkFloors(floors []floor) error {
	var low []string
	for _, f := range floors {
		if f.min >= 0 && f.value+1e-9 < f.min {
			low = append(low, fmt.Sprintf("%s %.3f below the floor %.3f", f.name, f.value, f.min))
		}
	}
	if len(low) > 0 {
		return fmt.Errorf("evaluation failed: %s", strings.Join(low, "; "))
	}
	return nil
}

func runEvalExtract(ctx context.Context, args []string, env Env) error {
	fs := newFlags("eval extract", "eval extract --gold GROUND_TRUTH.json --pages DIR [flags]", env)
	gold := fs.String("gold", "", "gold bodies: a JSON `file` {ID: {\"articleBody\": ...}}")
	pages := fs.String("pages", "", "`folder` of pages named ID.html.gz, ID.html or ID.txt")
	baseline := fs.Bool("baseline", false, "also run go-trafilatura on the same pages and compare quality and speed")
	worst := fs.Int("worst", 10, "list this many worst pages")
	minF1 := fs.Float64("min-f1", -1, "fail when F1 is below this")
	minP := fs.Float64("min-precision", -1, "fail when precision is below this")
	minR := fs.Float64("min-recall", -1, "fail when recall is below this")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *gold == "" || *pages == "" || fs.NArg() > 0 {
		fs.Usage()
		return fmt.Errorf("%w: eval extract needs --gold and --pages and no other arguments", errUsage)
	}
	newsfoldExtract := func(id, path string) (string, error) {
		content, err := eval.ReadExtractPage(path)
		if err != nil {
			return "", err
		}
		kind := news.KindHTML
		if strings.HasSuffix(path, ".txt") {
			kind = news.KindText
		}
		a, err := extract.Extract(news.Page{ID: id, Path: path, Kind: kind, Content: content})
		if err != nil {
			return "", err
		}
		return a.Body(), nil
	}
	rep, elapsed, err := timedExtractEval(ctx, *gold, *pages, newsfoldExtract)
	if err != nil {
		return err
	}
	n := len(rep.Pages)
	fmt.Fprintf(env.Stdout, "newsfold       F1 %.3f  P %.3f  R %.3f  pages %d  %.0f pages/s\n", rep.F1, rep.Precision, rep.Recall, n, float64(n)/elapsed.Seconds())
	if *baseline {
		base, baseElapsed, err := timedExtractEval(ctx, *gold, *pages, eval.ExtractWithTrafilatura)
		if err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "go-trafilatura F1 %.3f  P %.3f  R %.3f  pages %d  %.0f pages/s\n", base.F1, base.Precision, base.Recall, len(base.Pages), float64(len(base.Pages))/baseElapsed.Seconds())
		fmt.Fprintf(env.Stdout, "newsfold vs go-trafilatura: F1 %+.3f, speed %.2fx\n", rep.F1-base.F1, baseElapsed.Seconds()/elapsed.Seconds())
	}
	if *worst > 0 {
		fmt.Fprintf(env.Stdout, "\nworst pages:\n")
		for i, p := range rep.Pages {
			if i == *worst {
				break
			}
			fmt.Fprintf(env.Stdout, "  %-40s F1 %.3f  P %.3f  R %.3f\n", p.ID, p.F1, p.Precision, p.Recall)
		}
	}
	return checkFloors([]floor{{"F1", *minF1, rep.F1}, {"precision", *minP, rep.Precision}, {"recall", *minR, rep.Recall}})
}

// timedExtractEval runs an extraction evaluation and measures its time.
func timedExtractEval(ctx context.Context, gold, pages string, fn func(id, path string) (string, error)) (eval.ExtractReport, time.Duration, error) {
	start := time.Now()
	rep, err := eval.RunExtractEval(ctx, gold, pages, fn)
	return rep, time.Since(start), err
}

func runEvalCluster(ctx context.Context, args []string, env Env) error {
	fs := newFlags("eval cluster", "eval cluster [flags] GOLD.jsonl", env)
	pages := fs.String("pages", "", "read the articles from this `folder` (ids relative to it) instead of from GOLD.jsonl's own text")
	shuffles := fs.Int("shuffle", 0, "also group in `N` random arrival orders and report mean and spread")
	seed := fs.Int64("seed", 1, "random seed of the shuffles")
	minF1 := fs.Float64("min-bcubed-f1", -1, "fail when BCubed F1 (the mean over shuffles) is below this")
	maxSpread := fs.Float64("max-spread", -1, "fail when the spread of BCubed F1 over shuffles is above this")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return fmt.Errorf("%w: eval cluster needs exactly one GOLD.jsonl", errUsage)
	}
	goldPath := fs.Arg(0)
	f, err := os.Open(goldPath)
	if err != nil {
		return fmt.Errorf("eval cluster: %w", err)
	}
	gold, err := eval.ReadClusterGold(f)
	f.Close()
	if err != nil {
		return fmt.Errorf("eval cluster %s: %w", goldPath, err)
	}
	input := goldPath
	if *pages != "" {
		input = *pages
	}
	res, err := fold.Extract(ctx, []string{input}, fold.Options{})
	if err != nil {
		return fmt.Errorf("eval cluster: read %s: %w", input, err)
	}
	rep, err := eval.EvalClusters(res.Articles, gold, *shuffles, *seed, func(arts []*news.Article) map[string]string {
		return eval.ClusterLabels(fold.Group(arts))
	})
	if err != nil {
		return err
	}
	if err := eval.WriteClusterReport(env.Stdout, rep); err != nil {
		return err
	}
	floors := []floor{{"BCubed F1", *minF1, rep.Mean.BCubedF1}}
	if err := checkFloors(floors); err != nil {
		return err
	}
	if *maxSpread >= 0 && *shuffles > 0 && rep.Spread.BCubedF1 > *maxSpread+1e-9 {
		return fmt.Errorf("evaluation failed: spread of BCubed F1 %.3f above the ceiling %.3f", rep.Spread.BCubedF1, *maxSpread)
	}
	return nil
}

func runEvalUnderstand(ctx context.Context, args []string, env Env) error {
	fs := newFlags("eval understand", "eval understand [flags] GOLD.jsonl PATH...", env)
	minQuoteR := fs.Float64("min-quote-recall", -1, "fail when quote recall is below this")
	minQuoteP := fs.Float64("min-quote-precision", -1, "fail when quote precision is below this")
	minSpeaker := fs.Float64("min-speaker", -1, "fail when speaker accuracy is below this")
	minPersonF1 := fs.Float64("min-person-f1", -1, "fail when person-entity F1 is below this")
	minAlias := fs.Float64("min-alias", -1, "fail when alias merging is below this")
	minTime := fs.Float64("min-time", -1, "fail when time-expression accuracy is below this")
	minDate := fs.Float64("min-date", -1, "fail when article-date accuracy is below this")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() < 2 {
		fs.Usage()
		return fmt.Errorf("%w: eval understand needs GOLD.jsonl and at least one PATH of articles", errUsage)
	}
	gold, err := eval.ReadUnderstandGoldFiles(fs.Arg(0))
	if err != nil {
		return err
	}
	// Each PATH is folded on its own, as a user would fold one corpus.
	var arts []*news.Article
	for _, path := range fs.Args()[1:] {
		res, err := fold.Run(ctx, []string{path}, fold.Options{})
		if err != nil {
			return fmt.Errorf("eval understand: %s: %w", path, err)
		}
		arts = append(arts, res.Articles...)
	}
	s := eval.ScoreUnderstand(gold, arts)
	if err := eval.WriteUnderstandReport(env.Stdout, s); err != nil {
		return err
	}
	return checkFloors([]floor{
		{"quote recall", *minQuoteR, s.QuoteRecall},
		{"quote precision", *minQuoteP, s.QuotePrecision},
		{"speaker accuracy", *minSpeaker, s.SpeakerAccuracy},
		{"person F1", *minPersonF1, s.PersonF1},
		{"alias merging", *minAlias, s.AliasMerging},
		{"time accuracy", *minTime, s.TimeAccuracy},
		{"date accuracy", *minDate, s.DateAccuracy},
	})
}

func runEvalCompare(ctx context.Context, args []string, env Env) error {
	fs := newFlags("eval compare", "eval compare [flags] GOLD.jsonl...", env)
	data := fs.String("data", "../shared", "the shared data `folder` the gold's sources are read from")
	only := fs.String("stories", "", "score only these comma-separated story `ids`")
	detail := fs.Bool("v", false, "list every statement behind an error")
	labels := fs.String("labels", "", "score the hand alignment in this JSON Lines `file` (stories of the gold, split alike) instead of newsfold's: how far two labellers agree")
	minAlign := fs.Float64("min-align-f1", -1, "fail when statement-alignment F1 is below this")
	minExclP := fs.Float64("min-excl-p", -1, "fail when exclusive precision is below this")
	minExclR := fs.Float64("min-excl-r", -1, "fail when exclusive recall is below this")
	minShown := fs.Float64("min-shown-excl-p", -1, "fail when the precision of the exclusives the reports list is below this")
	minQuotes := fs.Float64("min-quotes-merged", -1, "fail when the share of quotations several articles carry that are merged into one entry is below this")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("%w: eval compare needs at least one GOLD.jsonl", errUsage)
	}
	gold, err := eval.ReadCompareGoldFiles(fs.Args()...)
	if err != nil {
		return err
	}
	gold = keepStories(gold, *only)
	if len(gold) == 0 {
		return fmt.Errorf("eval compare: no gold story to score")
	}
	var rep eval.CompareReport
	if *labels != "" {
		second, err := eval.ReadCompareGoldFiles(*labels)
		if err != nil {
			return err
		}
		rep, err = eval.CompareAgreement(gold, keepStories(second, *only))
		if err != nil {
			return err
		}
	} else if rep, err = eval.RunCompareEval(ctx, gold, *data); err != nil {
		return err
	}
	if err := eval.WriteCompareReport(env.Stdout, rep, *detail); err != nil {
		return err
	}
	return checkFloors([]floor{
		{"alignment F1", *minAlign, rep.Total.AlignF1()},
		{"exclusive precision", *minExclP, rep.Total.ExclP()},
		{"exclusive recall", *minExclR, rep.Total.ExclR()},
		{"quotations merged", *minQuotes, rep.Total.QuoteMerge()},
		{"precision of the exclusives listed", *minShown, rep.Total.ShownP()},
	})
}

// keepStories returns the stories of gold whose ids the comma-separated
// list only names, or all of them when only is empty.
func keepStories(gold []eval.CompareGold, only string) []eval.CompareGold {
	if only == "" {
		return gold
	}
	want := map[string]bool{}
	for _, id := range strings.Split(only, ",") {
		want[strings.TrimSpace(id)] = true
	}
	var kept []eval.CompareGold
	for _, g := range gold {
		if want[g.Story] {
			kept = append(kept, g)
		}
	}
	return kept
}
