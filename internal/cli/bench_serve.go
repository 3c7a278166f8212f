package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

func init() {
	registerBench(benchCommand{
		name:     "serve",
		synopsis: "load newsfold serve over loopback: story list, one story, /healthz (--articles N --duration D --conns C)",
		run:      runBenchServe,
	})
}

// benchServeConfig is one load run.
type benchServeConfig struct {
	db       string
	articles int
	duration time.Duration
	conns    int
	seed     int64
}

func runBenchServe(ctx context.Context, args []string, env Env) error {
	fs := newFlags("bench serve", "bench serve [--db FILE] [--articles N] [--duration D] [--conns C]", env)
	var cfg benchServeConfig
	fs.StringVar(&cfg.db, "db", "", "serve this store `FILE`, built from a synthetic stream first when missing (default: a temporary one)")
	fs.IntVar(&cfg.articles, "articles", 100000, "synthetic `articles` to build a store of")
	fs.DurationVar(&cfg.duration, "duration", 10*time.Second, "how long to load each endpoint")
	fs.IntVar(&cfg.conns, "conns", 16, "concurrent `connections`")
	fs.Int64Var(&cfg.seed, "seed", 1, "the synthetic stream's `seed`")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 || cfg.articles < 1 || cfg.conns < 1 || cfg.duration <= 0 {
		fs.Usage()
		return fmt.Errorf("%w: bench serve takes flags only, with a positive count, duration and connections", errUsage)
	}
	self, err := os.Executable()
	if err != nil {
		return fmt.Errorf("bench serve: find newsfold: %w", err)
	}
	if cfg.db == "" {
		dir, err := os.MkdirTemp("", "newsfold-bench-serve-")
		if err != nil {
			return fmt.Errorf("bench serve: %w", err)
		}
		defer os.RemoveAll(dir)
		cfg.db = filepath.Join(dir, "bench.db")
	}
	if _, err := os.Stat(cfg.db); errors.Is(err, os.ErrNotExist) {
		if err := buildBenchStore(ctx, self, cfg, env); err != nil {
			return err
		}
	} else {
		fmt.Fprintf(env.Stderr, "bench serve: reusing the store %s\n", cfg.db)
	}

	base, stop, err := startServeProcess(ctx, self, cfg.db)
	if err != nil {
		return err
	}
	defer stop()

	ids, err := benchStoryIDs(ctx, base)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "store %s; %d connections, %s per endpoint\n", cfg.db, cfg.conns, cfg.duration)
	fmt.Fprintf(env.Stdout, "%-34s %9s %9s %9s %9s %9s %7s\n", "endpoint", "requests", "req/s", "p50 ms", "p99 ms", "max ms", "errors")
	lists := make([]string, 10)
	for i := range lists {
		lists[i] = base + "api/stories?offset=" + strconv.Itoa(20*i)
	}
	stories := make([]string, len(ids))
	for i, id := range ids {
		stories[i] = base + "api/stories/" + id
	}
	loads := []struct {
		name string
		urls []string
	}{
		{"GET /healthz (baseline)", []string{base + "healthz"}},
		{"GET /api/stories", lists},
		{"GET /api/stories/{id}", stories},
	}
	for _, l := range loads {
		cold, warm := loadEndpoint(ctx, l.urls, cfg.conns, cfg.duration)
		if len(l.urls) > 1 {
			printLoad(env, l.name+" first", cold)
		}
		printLoad(env, l.name, warm)
	}
	fmt.Fprintf(env.Stdout, "'first' asks each address once (nothing cached yet): %d list pages of 20 stories, the %d newest stories; then each is asked in turn for %s\n",
		len(lists), len(ids), cfg.duration)
	return nil
}

func printLoad(env Env, name string, r loadResult) {
	fmt.Fprintf(env.Stdout, "%-34s %9d %9.0f %9.2f %9.2f %9.2f %7d\n", name, r.requests, r.rate(),
		ms(r.quantile(0.50)), ms(r.quantile(0.99)), ms(r.quantile(1)), r.errors)
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// buildBenchStore writes a synthetic stream and ingests it, each with
// newsfold itself.
func buildBenchStore(ctx context.Context, self string, cfg benchServeConfig, env Env) error {
	stream := cfg.db + ".jsonl"
	defer os.Remove(stream)
	steps := [][]string{
		{"bench", "gen", "--articles", strconv.Itoa(cfg.articles), "--seed", strconv.FormatInt(cfg.seed, 10), "-o", stream},
		{"ingest", "--db", cfg.db, "--quiet", stream},
	}
	for _, args := range steps {
		start := time.Now()
		cmd := exec.CommandContext(ctx, self, args...)
		cmd.Stderr = env.Stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("bench serve: newsfold %s %s: %w", args[0], args[1], err)
		}
		fmt.Fprintf(env.Stderr, "bench serve: newsfold %s %s took %s\n", args[0], args[1], time.Since(start).Round(time.Millisecond))
	}
	return nil
}

var serveAddrLine = regexp.MustCompile(`on (http://[^ ]+/)`)

// startServeProcess starts newsfold serve on a free loopback port and
// returns its address once /healthz answers.
func startServeProcess(ctx context.Context, self, db string) (base string, stop func(), err error) {
	cmd := exec.Command(self, "serve", "--read-only", "--db", db, "--addr", "127.0.0.1:0")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return "", nil, fmt.Errorf("bench serve: %w", err)
	}
	if err := cmd.Start(); err != nil {
		return "", nil, fmt.Errorf("bench serve: start newsfold serve: %w", err)
	}
	exited := make(chan struct{})
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			if m := serveAddrLine.FindStringSubmatch(sc.Text()); m != nil {
				select {
				case found <- m[1]:
				default:
				}
			}
		}
		cmd.Wait()
		close(exited)
	}()
	stop = func() {
		cmd.Process.Signal(os.Interrupt)
		select {
		case <-exited:
		case <-time.After(15 * time.Second):
			cmd.Process.Kill()
			<-exited
		}
	}
	select {
	case base = <-found:
	case <-exited:
		return "", nil, errors.New("bench serve: newsfold serve ended before serving")
	case <-time.After(2 * time.Minute):
		stop()
		return "", nil, errors.New("bench serve: newsfold serve did not start within 2 minutes")
	case <-ctx.Done():
		stop()
		return "", nil, ctx.Err()
	}
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		resp, err := http.Get(base + "healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return base, stop, nil
			}
		}
		if time.Now().After(deadline) {
			stop()
			return "", nil, fmt.Errorf("bench serve: /healthz never answered: %v", err)
		}
	}
}

// benchStoryIDs lists the newest stories, up to 200, to ask for.
func benchStoryIDs(ctx context.Context, base string) ([]string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+"api/stories?limit=200", nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, fmt.Errorf("bench serve: list stories: %w", err)
	}
	defer resp.Body.Close()
	var list struct {
		Stories []struct {
			ID string `json:"id"`
		} `json:"stories"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&list); err != nil {
		return nil, fmt.Errorf("bench serve: list stories: %w", err)
	}
	if len(list.Stories) == 0 {
		return nil, errors.New("bench serve: the store holds no story")
	}
	ids := make([]string, len(list.Stories))
	for i, s := range list.Stories {
		ids[i] = s.ID
	}
	return ids, nil
}

// loadResult is what loading one endpoint measured.
type loadResult struct {
	requests, errors int
	took             time.Duration
	latencies        []time.Duration // sorted
}

func (r loadResult) rate() float64 { return float64(r.requests) / r.took.Seconds() }

func (r loadResult) quantile(q float64) time.Duration {
	if len(r.latencies) == 0 {
		return 0
	}
	i := int(q*float64(len(r.latencies))+0.5) - 1
	return r.latencies[max(0, min(i, len(r.latencies)-1))]
}

// loadEndpoint asks for each of urls once, then for them in turn for d,
// over conns connections each waiting for its answer before asking
// again, and measures both parts.
func loadEndpoint(ctx context.Context, urls []string, conns int, d time.Duration) (cold, warm loadResult) {
	tr := &http.Transport{MaxIdleConnsPerHost: conns, MaxConnsPerHost: conns, DisableCompression: true}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 30 * time.Second}
	cold = runLoad(ctx, client, urls, conns, func(i int, _ time.Time) bool { return i < len(urls) })
	deadline := time.Now().Add(d)
	warm = runLoad(ctx, client, urls, conns, func(_ int, now time.Time) bool { return now.Before(deadline) })
	return cold, warm
}

// runLoad has conns workers ask for urls[i % len(urls)], i counting up
// across workers, while more(i, now) holds.
func runLoad(ctx context.Context, client *http.Client, urls []string, conns int, more func(i int, now time.Time) bool) loadResult {
	var mu sync.Mutex
	var total loadResult
	var wg sync.WaitGroup
	var next atomicCounter
	start := time.Now()
	for c := 0; c < conns; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var lat []time.Duration
			errs := 0
			for ctx.Err() == nil {
				i := next.add()
				t0 := time.Now()
				if !more(i, t0) {
					break
				}
				if err := fetch(client, urls[i%len(urls)]); err != nil {
					errs++
					continue
				}
				lat = append(lat, time.Since(t0))
			}
			mu.Lock()
			total.latencies = append(total.latencies, lat...)
			total.errors += errs
			mu.Unlock()
		}()
	}
	wg.Wait()
	total.took = time.Since(start)
	total.requests = len(total.latencies)
	sort.Slice(total.latencies, func(i, j int) bool { return total.latencies[i] < total.latencies[j] })
	return total
}

// fetch asks for url and reads the whole answer, which must be 200.
func fetch(client *http.Client, url string) error {
	resp, err := client.Get(url)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if _, err := io.Copy(io.Discard, resp.Body); err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s: status %d", url, resp.StatusCode)
	}
	return nil
}

// atomicCounter hands out 0, 1, 2, ... to concurrent callers.
type atomicCounter struct{ n atomic.Int64 }

func (c *atomicCounter) add() int { return int(c.n.Add(1) - 1) }
