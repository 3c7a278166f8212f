package cli

import (
	"context"
	"fmt"
	"sort"
)

// benchCommand measures one part of newsfold; each lives in a file of its
// own and adds itself with registerBench.
type benchCommand struct {
	name     string
	synopsis string // one line: what it measures
	run      func(ctx context.Context, args []string, env Env) error
}

// benchCommands are the registered benchmarks by name; filled before main
// runs.
var benchCommands = map[string]benchCommand{}

// registerBench adds b to the benchmark table. It is called from init
// functions only.
func registerBench(b benchCommand) {
	if _, dup := benchCommands[b.name]; dup {
		panic("cli: benchmark registered twice: " + b.name)
	}
	benchCommands[b.name] = b
}

func init() {
	register(command{
		name:     "bench",
		synopsis: []string{"bench WHAT [flags]                measure speed ('newsfold bench' lists what)"},
		run:      runBench,
	})
}

func runBench(ctx context.Context, args []string, env Env) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "-help" || args[0] == "--help" {
		fmt.Fprint(env.Stderr, benchUsage())
		if len(args) == 0 {
			return fmt.Errorf("%w: bench needs WHAT to measure", errUsage)
		}
		return nil
	}
	b, ok := benchCommands[args[0]]
	if !ok {
		fmt.Fprint(env.Stderr, benchUsage())
		return fmt.Errorf("%w: unknown benchmark %q", errUsage, args[0])
	}
	return b.run(ctx, args[1:], env)
}

func benchUsage() string {
	names := make([]string, 0, len(benchCommands))
	for n := range benchCommands {
		names = append(names, n)
	}
	sort.Strings(names)
	s := "Usage: newsfold bench WHAT [flags]\n\nWhat can be measured:\n"
	if len(names) == 0 {
		s += "  (nothing yet)\n"
	}
	for _, n := range names {
		s += fmt.Sprintf("  %-8s %s\n", n, benchCommands[n].synopsis)
	}
	return s
}
