package cli

import (
	"context"
	"fmt"
	"os"

	"github.com/newsfold/newsfold/internal/synth"
)

func init() {
	registerBench(benchCommand{
		name:     "gen",
		synopsis: "write a synthetic news stream as JSON Lines (--articles N [--seed S] [-o FILE])",
		run:      runBenchGen,
	})
	registerBench(benchCommand{
		name:     "fold",
		synopsis: "time the whole fold pipeline on a synthetic stream (--articles N)",
		run:      runBenchFold,
	})
}

// runBenchGen writes a synthetic stream for loading and timing other
// parts of newsfold.
func runBenchGen(ctx context.Context, args []string, env Env) (err error) {
	fs := newFlags("bench gen", "bench gen --articles N [--seed S] [--per-day D] [-o FILE]", env)
	n := fs.Int("articles", 100000, "how many `articles` to write")
	seed := fs.Int64("seed", 1, "the stream's `seed`; one seed always gives the same articles")
	perDay := fs.Int("per-day", 300, "mean `articles` a day")
	out := fs.String("o", "", "write to `FILE` instead of standard output")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *n < 0 || fs.NArg() > 0 {
		fs.Usage()
		return fmt.Errorf("%w: bench gen takes flags only, and a count of zero or more", errUsage)
	}
	if *out == "" {
		return synth.WriteJSONL(ctx, env.Stdout, synth.New(*seed, synth.Options{PerDay: *perDay}), *n)
	}
	return writeSynthFile(ctx, *out, *seed, *perDay, *n)
}

// writeSynthFile writes n articles of the stream of seed to path.
func writeSynthFile(ctx context.Context, path string, seed int64, perDay, n int) (err error) {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("synthetic stream: %w", err)
	}
	defer func() {
		if cerr := f.Close(); cerr != nil && err == nil {
			err = fmt.Errorf("synthetic stream: %w", cerr)
		}
	}()
	return synth.WriteJSONL(ctx, f, synth.New(seed, synth.Options{PerDay: perDay}), n)
}

func runBenchFold(ctx context.Context, args []string, env Env) error {
	return fmt.Errorf("bench fold: not yet")
}
