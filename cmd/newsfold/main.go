// Command newsfold folds a pile of news pages into stories. See README.md.
package main

import (
	"context"
	"os"
	"os/signal"

	"github.com/newsfold/newsfold/internal/cli"
	"github.com/newsfold/newsfold/internal/gcpace"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	stopPacing := gcpace.Start(ctx, gcpace.DefaultHeadroom)
	code := cli.Main(ctx, os.Args[1:], cli.OSEnv())
	stopPacing()
	stop()
	os.Exit(code)
}
