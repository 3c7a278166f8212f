package cli

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/pprof"
	"strconv"
	"strings"
	"time"

	"github.com/newsfold/newsfold/internal/fold"
	"github.com/newsfold/newsfold/internal/synth"
)

func init() {
	registerBench(benchCommand{
		name:     "ingest",
		synopsis: "ingest a synthetic stream into a fresh store (--articles N [--batch B] [--baseline extract|fold|none])",
		run:      runBenchIngest,
	})
}

// runBenchIngest writes a synthetic stream to a temporary file, ingests
// it into a fresh temporary store and reports the rate, then measures a
// baseline on the same file in the same run.
func runBenchIngest(ctx context.Context, args []string, env Env) error {
	fs := newFlags("bench ingest", "bench ingest [--articles N] [--seed S] [--batch B] [--baseline extract|fold|none] [--keep DIR] [--cpuprofile FILE]", env)
	n := fs.Int("articles", 100000, "how many synthetic `articles` to ingest")
	seed := fs.Int64("seed", 1, "the stream's `seed`")
	batch := fs.Int("batch", 1000, "commit and fold `pages` this many at a time")
	baseline := fs.String("baseline", "extract", "also time `what` on the same file: extract (read, extract and understand only), fold (the whole pipeline in memory) or none")
	keep := fs.String("keep", "", "write the stream and the store into `DIR` and keep them")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile of the ingest to `file`, and of the baseline to file.baseline")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *n < 1 || *batch < 1 || fs.NArg() > 0 {
		fs.Usage()
		return fmt.Errorf("%w: bench ingest takes flags only, a count of one or more and a batch of one or more", errUsage)
	}
	switch *baseline {
	case "extract", "fold", "none":
	default:
		return fmt.Errorf("%w: --baseline must be extract, fold or none", errUsage)
	}
	dir := *keep
	if dir == "" {
		tmp, err := os.MkdirTemp("", "newsfold-bench-ingest-")
		if err != nil {
			return fmt.Errorf("bench ingest: %w", err)
		}
		defer os.RemoveAll(tmp)
		dir = tmp
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("bench ingest: %w", err)
	}
	stream := filepath.Join(dir, "stream.jsonl")
	db := filepath.Join(dir, "bench.db")
	for _, p := range []string{db, db + "-wal", db + "-shm"} {
		os.Remove(p)
	}

	start := time.Now()
	if err := writeStream(ctx, stream, *seed, *n); err != nil {
		return fmt.Errorf("bench ingest: %w", err)
	}
	fmt.Fprintf(env.Stderr, "bench ingest: %d synthetic articles (seed %d) written in %v\n", *n, *seed, time.Since(start).Round(time.Millisecond))

	quiet := env
	quiet.Stderr, quiet.StderrTTY, quiet.Stdout = io.Discard, false, io.Discard
	cfg := ingestConfig{db: db, batch: *batch, in: inputFlags{maxBytes: 20 << 20, quiet: true}}
	stopProfile, err := startProfile(*cpuprofile)
	if err != nil {
		return fmt.Errorf("bench ingest: %w", err)
	}
	cpu := cpuTime()
	res, err := ingest(ctx, cfg, []string{stream}, quiet)
	stopProfile()
	if err != nil {
		return fmt.Errorf("bench ingest: %w", err)
	}
	ingestCPU := cpuTime() - cpu
	rss := peakRSS()
	var dbSize int64
	for _, p := range []string{db, db + "-wal"} {
		if info, err := os.Stat(p); err == nil {
			dbSize += info.Size()
		}
	}
	fmt.Fprintf(env.Stdout, "ingest    %7d articles, %6d stories in %9v = %6.0f articles/s; CPU %v (%.2f ms an article); peak RSS %s; store %s (batch %d)\n",
		res.stats.Articles, res.counts.Stories, res.took.Round(time.Millisecond), res.rate(),
		ingestCPU.Round(time.Millisecond), perArticleMS(ingestCPU, res.stats.Articles), sizeOrUnknown(rss), size(dbSize), *batch)

	if *baseline == "none" {
		return nil
	}
	if *cpuprofile != "" {
		if stopProfile, err = startProfile(*cpuprofile + ".baseline"); err != nil {
			return fmt.Errorf("bench ingest: %w", err)
		}
	}
	start = time.Now()
	cpu = cpuTime()
	var articles int
	if *baseline == "fold" {
		r, err := fold.Run(ctx, []string{stream}, fold.Options{})
		if err != nil {
			return fmt.Errorf("bench ingest: baseline: %w", err)
		}
		articles = len(r.Articles)
	} else {
		r, err := fold.Extract(ctx, []string{stream}, fold.Options{})
		if err != nil {
			return fmt.Errorf("bench ingest: baseline: %w", err)
		}
		articles = len(r.Articles)
	}
	took := time.Since(start)
	baseCPU := cpuTime() - cpu
	stopProfile()
	rate := float64(articles) / took.Seconds()
	fmt.Fprintf(env.Stdout, "%-9s %7d articles in %9v = %6.0f articles/s; CPU %v (%.2f ms an article) (baseline, no store)\n",
		*baseline, articles, took.Round(time.Millisecond), rate, baseCPU.Round(time.Millisecond), perArticleMS(baseCPU, articles))
	if rate > 0 && baseCPU > 0 && res.stats.Articles > 0 {
		fmt.Fprintf(env.Stdout, "ingest/%s: %.2f by wall time, %.2f by CPU an article\n", *baseline, res.rate()/rate,
			perArticleMS(baseCPU, articles)/perArticleMS(ingestCPU, res.stats.Articles))
	}
	return nil
}

// startProfile starts a CPU profile into the file at path and returns
// what stops it; with no path it does nothing.
func startProfile(path string) (stop func(), err error) {
	if path == "" {
		return func() {}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}

// perArticleMS is CPU time an article in milliseconds.
func perArticleMS(d time.Duration, articles int) float64 {
	if articles == 0 {
		return 0
	}
	return float64(d) / float64(time.Millisecond) / float64(articles)
}

func writeStream(ctx context.Context, path string, seed int64, n int) (err error) {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := f.Close(); cerr != nil && err == nil {
			err = cerr
		}
	}()
	w := bufio.NewWriterSize(f, 1<<20)
	if err := synth.WriteJSONL(ctx, w, synth.New(seed, synth.Options{}), n); err != nil {
		return err
	}
	return w.Flush()
}

// peakRSS reads the process's peak resident set size from /proc; 0 where
// there is none.
func peakRSS() int64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			if err == nil {
				return kb << 10
			}
		}
	}
	return 0
}

func sizeOrUnknown(n int64) string {
	if n <= 0 {
		return "unknown"
	}
	return size(n)
}
