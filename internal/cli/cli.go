// Package cli is newsfold's command line: it parses flags, runs the
// pipeline and prints. cmd/newsfold calls Main and nothing else.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"sort"
	"strings"

	"golang.org/x/term"
)

// Env is what a command sees of the outside world.
type Env struct {
	Stdout, Stderr io.Writer
	// StdoutTTY and StderrTTY say whether the streams are terminals.
	StdoutTTY, StderrTTY bool
	Log                  *slog.Logger
}

// Exit codes.
const (
	ExitOK      = 0
	ExitFailure = 1 // the job failed: nothing usable read, a floor not met
	ExitUsage   = 2 // bad flags or arguments
)

// errUsage marks an error in how the command was called.
var errUsage = errors.New("usage")

const usageHead = `newsfold folds a pile of news pages into stories.

Usage:
  newsfold fold [flags] PATH...       read pages and print the stories
  newsfold extract [flags] PATH...    print the extracted articles only
  newsfold eval extract --gold GT.json --pages DIR [--baseline]
  newsfold eval cluster [--pages DIR] [--shuffle N] GOLD.jsonl
  newsfold eval understand GOLD.jsonl PATH...
  newsfold eval compare [--data DIR] GOLD.jsonl...
`

const usageTail = `  newsfold version

Run 'newsfold COMMAND -h' for a command's flags.
`

// command is a command that lives in a file of its own and adds itself
// to the table with register.
type command struct {
	name     string
	synopsis []string // usage lines, without the leading "newsfold "
	run      func(ctx context.Context, args []string, env Env) error
}

// commands are the registered commands by name; filled before main runs.
var commands = map[string]command{}

// register adds c to the command table. It is called from init functions
// only.
func register(c command) {
	if _, dup := commands[c.name]; dup {
		panic("cli: command registered twice: " + c.name)
	}
	commands[c.name] = c
}

// usageText is the usage message, registered commands included.
func usageText() string {
	var b strings.Builder
	b.WriteString(usageHead)
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		for _, line := range commands[n].synopsis {
			b.WriteString("  newsfold " + line + "\n")
		}
	}
	b.WriteString(usageTail)
	return b.String()
}

// Main runs newsfold with args (without the program name) and returns the
// exit status.
func Main(ctx context.Context, args []string, env Env) int {
	if env.Log == nil {
		env.Log = slog.New(slog.NewTextHandler(env.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	}
	if len(args) == 0 {
		fmt.Fprint(env.Stderr, usageText())
		return ExitUsage
	}
	var err error
	switch args[0] {
	case "fold":
		err = runFold(ctx, args[1:], env)
	case "extract":
		err = runExtract(ctx, args[1:], env)
	case "eval":
		err = runEval(ctx, args[1:], env)
	case "version":
		fmt.Fprintln(env.Stdout, "newsfold", Version)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(env.Stdout, usageText())
	default:
		c, ok := commands[args[0]]
		if !ok {
			fmt.Fprintf(env.Stderr, "newsfold: unknown command %q\n\n%s", args[0], usageText())
			return ExitUsage
		}
		err = c.run(ctx, args[1:], env)
	}
	switch {
	case err == nil:
		return ExitOK
	case errors.Is(err, flag.ErrHelp):
		return ExitOK
	case errors.Is(err, errUsage):
		fmt.Fprintln(env.Stderr, "newsfold:", err)
		return ExitUsage
	default:
		fmt.Fprintln(env.Stderr, "newsfold:", err)
		return ExitFailure
	}
}

// Version is newsfold's version.
const Version = "0.1.0"

// OSEnv returns the Env of the running process.
func OSEnv() Env {
	return Env{
		Stdout:    os.Stdout,
		Stderr:    os.Stderr,
		StdoutTTY: term.IsTerminal(int(os.Stdout.Fd())),
		StderrTTY: term.IsTerminal(int(os.Stderr.Fd())),
	}
}

// newFlags returns a flag set that reports errors instead of exiting.
func newFlags(name, usage string, env Env) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(env.Stderr, "Usage: newsfold %s\n\nFlags:\n", usage)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses flags, wrapping errors as usage errors.
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	return nil
}
