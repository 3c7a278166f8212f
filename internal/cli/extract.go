package cli

import (
	"context"
	"fmt"

	"github.com/newsfold/newsfold/internal/fold"
	"github.com/newsfold/newsfold/internal/report"
)

func runExtract(ctx context.Context, args []string, env Env) error {
	fs := newFlags("extract", "extract [flags] PATH...", env)
	var in inputFlags
	in.register(fs)
	format := fs.String("format", defaultFormat(env), "output `format`: text or json (default text on a terminal, json otherwise)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *format != "text" && *format != "json" {
		return fmt.Errorf("%w: unknown format %q (want text or json)", errUsage, *format)
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("%w: extract needs at least one PATH", errUsage)
	}
	opts, done := in.options(env)
	res, err := fold.Extract(ctx, fs.Args(), opts)
	done()
	if err := in.check(res, err); err != nil {
		return err
	}
	if *format == "json" {
		return report.WriteArticlesJSON(env.Stdout, res.Articles)
	}
	return report.WriteArticlesText(env.Stdout, res.Articles)
}
