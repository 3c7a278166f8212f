package cli

import (
	"context"
	"errors"
	"fmt"

	"github.com/newsfold/newsfold/internal/fold"
	"github.com/newsfold/newsfold/internal/report"
	"github.com/newsfold/newsfold/internal/source"
)

// inputFlags are the flags every command that reads pages shares.
type inputFlags struct {
	maxBytes int64
	strict   bool
	quiet    bool
}

func (f *inputFlags) register(fs interface {
	Int64Var(*int64, string, int64, string)
	BoolVar(*bool, string, bool, string)
}) {
	fs.Int64Var(&f.maxBytes, "max-bytes", source.DefaultMaxBytes, "skip files larger than this many `bytes` (after decompression)")
	fs.BoolVar(&f.strict, "strict", false, "treat any warning about the input as an error")
	fs.BoolVar(&f.quiet, "quiet", false, "print no warnings or progress")
}

// options returns the pipeline options for these flags, printing warnings,
// progress and what the run does after reading on env's standard error.
func (f *inputFlags) options(env Env) (opts fold.Options, done func()) {
	opts = fold.Options{MaxBytes: f.maxBytes, Log: env.Log}
	var bar *progressBar
	if env.StderrTTY && !f.quiet {
		bar = newProgressBar(env.Stderr)
		opts.Progress = bar.update
	}
	opts.Warn = func(w source.Warning) {
		if f.quiet {
			return
		}
		if bar != nil {
			bar.clear()
		}
		fmt.Fprintln(env.Stderr, "warning:", w)
	}
	if bar != nil {
		opts.Phase = bar.phase
	}
	done = func() {
		if bar != nil {
			bar.finish()
		}
	}
	return opts, done
}

// check turns the outcome of a run into the command's error: nothing read
// is an error, and with --strict so is any warning.
func (f *inputFlags) check(res *fold.Result, err error) error {
	if errors.Is(err, fold.ErrNothingRead) {
		return fmt.Errorf("%w (%d %s)", err, len(res.Warnings), plural(len(res.Warnings), "warning", "warnings"))
	}
	if err != nil {
		return err
	}
	if f.strict && len(res.Warnings) > 0 {
		return fmt.Errorf("%d %s about the input (--strict)", len(res.Warnings), plural(len(res.Warnings), "warning", "warnings"))
	}
	return nil
}

// defaultFormat is text for a person at a terminal and JSON for a program
// reading standard output.
func defaultFormat(env Env) string {
	if env.StdoutTTY {
		return "text"
	}
	return "json"
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func runFold(ctx context.Context, args []string, env Env) error {
	fs := newFlags("fold", "fold [flags] PATH...", env)
	var in inputFlags
	in.register(fs)
	format := fs.String("format", defaultFormat(env), "output `format`: text, markdown, json or html (default text on a terminal, json otherwise)")
	if err := parse(fs, args); err != nil {
		return err
	}
	f, err := report.ParseFormat(*format)
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("%w: fold needs at least one PATH", errUsage)
	}
	opts, done := in.options(env)
	res, err := fold.Run(ctx, fs.Args(), opts)
	done()
	if err := in.check(res, err); err != nil {
		return err
	}
	return report.Write(env.Stdout, f, report.Input{Articles: res.Articles, Stories: res.Stories})
}
