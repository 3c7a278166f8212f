package cli

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/newsfold/newsfold/internal/fold"
	"github.com/newsfold/newsfold/internal/news"
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

// runBenchFold times the whole streaming fold pipeline (read, extract,
// understand, mark copies, cluster, compare) on a synthetic stream, with
// the same pipeline on one processor over the stream's start as a
// baseline.
func runBenchFold(ctx context.Context, args []string, env Env) error {
	fs := newFlags("bench fold", "bench fold [--articles N] [--seed S] [--input FILE] [--baseline N] [--every D] [--cpuprofile FILE]", env)
	n := fs.Int("articles", 100000, "how many synthetic `articles` to fold")
	seed := fs.Int64("seed", 1, "the synthetic stream's `seed`")
	perDay := fs.Int("per-day", 300, "mean synthetic `articles` a day")
	input := fs.String("input", "", "fold this JSON Lines `file` instead of generating one")
	baseline := fs.Int("baseline", 5000, "fold the first `N` articles on one processor first, as a baseline (0: none)")
	every := fs.Duration("every", 10*time.Second, "print memory at this `interval`")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile of the main run to `file`")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *n <= 0 || *baseline < 0 || *every <= 0 || fs.NArg() > 0 {
		fs.Usage()
		return fmt.Errorf("%w: bench fold takes flags only, with positive counts", errUsage)
	}
	dir, err := os.MkdirTemp("", "newsfold-bench-")
	if err != nil {
		return fmt.Errorf("bench fold: %w", err)
	}
	defer os.RemoveAll(dir)
	path := *input
	if path == "" {
		path = filepath.Join(dir, "stream.jsonl")
		start := time.Now()
		if err := writeSynthFile(ctx, path, *seed, *perDay, *n); err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "stream: %d synthetic articles (seed %d, about %d a day), written in %.1fs\n", *n, *seed, *perDay, time.Since(start).Seconds())
	}

	if *baseline > 0 {
		base := path
		if *input == "" {
			base = filepath.Join(dir, "baseline.jsonl")
			if err := writeSynthFile(ctx, base, *seed, *perDay, min(*baseline, *n)); err != nil {
				return err
			}
		}
		prev := runtime.GOMAXPROCS(1)
		r, err := foldStream(ctx, base, 0, nil)
		runtime.GOMAXPROCS(prev)
		if err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "baseline, 1 processor: %s\n", r)
		runtime.GC()
	}

	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			return fmt.Errorf("bench fold: %w", err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return fmt.Errorf("bench fold: %w", err)
		}
		defer pprof.StopCPUProfile()
	}
	fmt.Fprintf(env.Stdout, "%9s %9s %9s %11s %9s\n", "elapsed", "articles", "stories", "live heap", "RSS")
	r, err := foldStream(ctx, path, *every, func(s sample) {
		fmt.Fprintf(env.Stdout, "%8.0fs %9d %9d %7.0f MiB %5.0f MiB\n", s.elapsed.Seconds(), s.articles, s.stories, mib(s.liveHeap), mib(s.rss))
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "fold, %d processors: %s\n", runtime.GOMAXPROCS(0), r)
	fmt.Fprintf(env.Stdout, "peak RSS of the process %.0f MiB\n", mib(procStatus("VmHWM")))
	return nil
}

// foldResult is one timed run.
type foldResult struct {
	articles, stories int
	wall, cpu         time.Duration
}

func (r foldResult) String() string {
	rate := float64(r.articles) / r.wall.Seconds()
	s := fmt.Sprintf("%d articles, %d stories in %.1fs: %.0f articles/s", r.articles, r.stories, r.wall.Seconds(), rate)
	if r.cpu > 0 {
		s += fmt.Sprintf(", CPU %.1fs (%.2f processors busy)", r.cpu.Seconds(), r.cpu.Seconds()/r.wall.Seconds())
	}
	return s
}

// sample is the state of a run at one moment.
type sample struct {
	elapsed           time.Duration
	articles, stories int64
	liveHeap, rss     uint64
}

// foldStream folds the JSON Lines file at path with fold.Stream, telling
// report of the memory every interval (none when zero).
func foldStream(ctx context.Context, path string, interval time.Duration, report func(sample)) (foldResult, error) {
	var articles, stories atomic.Int64
	start, cpu0 := time.Now(), cpuTime()
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		if interval <= 0 || report == nil {
			return
		}
		tick := time.NewTicker(interval)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				report(sample{time.Since(start), articles.Load(), stories.Load(), liveHeap(), procStatus("VmRSS")})
			}
		}
	}()
	sum, err := fold.Stream(ctx, []string{path}, fold.Options{}, func(s *news.Story, arts []*news.Article) error {
		stories.Add(1)
		articles.Add(int64(len(arts)))
		return nil
	})
	close(done)
	<-finished
	if err != nil {
		return foldResult{}, fmt.Errorf("bench fold %s: %w", path, err)
	}
	r := foldResult{articles: sum.Articles, stories: sum.Stories, wall: time.Since(start)}
	if cpu1 := cpuTime(); cpu1 > 0 {
		r.cpu = cpu1 - cpu0
	}
	return r, nil
}

// liveHeap is the heap the last garbage collection found live.
func liveHeap() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}

// procStatus reads a size in bytes from /proc/self/status, such as VmHWM
// (the peak resident set) or VmRSS; 0 where there is no /proc.
func procStatus(field string) uint64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		name, value, ok := strings.Cut(sc.Text(), ":")
		if !ok || name != field {
			continue
		}
		kb, err := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(value), " kB"), 10, 64)
		if err != nil {
			return 0
		}
		return kb << 10
	}
	return 0
}

// cpuTime is the processor time the process has used, user and system,
// from /proc/self/stat; 0 where there is no /proc.
func cpuTime() time.Duration {
	b, err := os.ReadFile("/proc/self/stat")
	if err != nil {
		return 0
	}
	// The fields after the command name, which is in parentheses.
	i := strings.LastIndexByte(string(b), ')')
	if i < 0 {
		return 0
	}
	f := strings.Fields(string(b[i+1:]))
	if len(f) < 13 {
		return 0
	}
	utime, err1 := strconv.ParseInt(f[11], 10, 64)
	stime, err2 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0
	}
	const ticks = 100 // USER_HZ on Linux
	return time.Duration(utime+stime) * time.Second / ticks
}

func mib(b uint64) float64 { return float64(b) / (1 << 20) }
