package cli

import (
	"context"
	"fmt"
)

func runEval(ctx context.Context, args []string, env Env) error {
	if len(args) == 0 {
		return fmt.Errorf("%w: eval needs a subcommand: extract or cluster", errUsage)
	}
	switch args[0] {
	}
	return fmt.Errorf("%w: unknown eval subcommand %q (want extract or cluster)", errUsage, args[0])
}
