// Command newsfold folds a pile of news pages into stories. See README.md.
package main

import (
	"context"
	"os"
	"os/signal"

	"github.com/newsfold/newsfold/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := cli.Main(ctx, os.Args[1:], cli.OSEnv())
	stop()
	os.Exit(code)
}
