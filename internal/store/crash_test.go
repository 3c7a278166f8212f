//go:build unix

package store

import (
	"bufio"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/newsfold/newsfold/internal/synth"
)

// crashTrials is how many times the crash test kills an ingest.
const crashTrials = 20

// TestCrashDuringIngest builds newsfold, starts 'newsfold ingest' on a
// synthetic stream and kills it (SIGKILL) at a random moment, again and
// again. After every kill the database must pass SQLite's integrity
// check and hold every page the process said it had committed before it
// died; then a second ingest of the same input must finish and leave the
// store with the counts a clean run gives.
func TestCrashDuringIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and kills it 20 times")
	}
	ctx := context.Background()
	dir := t.TempDir()
	bin := filepath.Join(dir, "newsfold")
	build := exec.Command("go", "build", "-o", bin, "../../cmd/newsfold")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	input := filepath.Join(dir, "stream.jsonl")
	f, err := os.Create(input)
	if err != nil {
		t.Fatal(err)
	}
	if err := synth.WriteJSONL(ctx, f, synth.New(7, synth.Options{PerDay: 40}), 90); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	ingest := func(db string) *exec.Cmd {
		return exec.Command(bin, "ingest", "--db", db, "--batch", "8", "--print-commits", "--quiet", input)
	}

	// A clean run gives the counts every crashed store must reach.
	// Kills fall between half the time to the first commit and the end.
	clean := filepath.Join(dir, "clean.db")
	whole := runIngest(t, ingest(clean), -1)
	if whole.err != nil {
		t.Fatalf("clean ingest: %v", whole.err)
	}
	want := countsOf(t, clean)
	from, took := whole.first/2, whole.took
	t.Logf("clean run: %v, first commit after %v, %+v", took.Round(time.Millisecond), whole.first.Round(time.Millisecond), want)

	seed := time.Now().UnixNano()
	rng := rand.New(rand.NewPCG(uint64(seed), 1))
	t.Logf("seed %d", seed)
	var lostTotal, committedTotal int
	for trial := range crashTrials {
		db := filepath.Join(dir, fmt.Sprintf("crash%d.db", trial))
		delay := from + time.Duration(rng.Int64N(int64(took-from)))
		committed := runIngest(t, ingest(db), delay).ids
		committedTotal += len(committed)

		// Sound, and nothing committed lost, before anything else
		// opens the file for writing.
		raw, err := openDB(db)
		if err != nil {
			t.Fatalf("trial %d: %v", trial, err)
		}
		if ok, err := integrityCheck(ctx, raw); err != nil || ok != "ok" {
			t.Errorf("trial %d (killed after %v): integrity check %q %v", trial, delay, ok, err)
		}
		lost := 0
		for _, id := range committed {
			var n int
			if err := raw.QueryRowContext(ctx, `SELECT COUNT(*) FROM pages WHERE page_id = ?`, id).Scan(&n); err != nil || n != 1 {
				lost++
			}
		}
		raw.Close()
		lostTotal += lost
		if lost > 0 {
			t.Errorf("trial %d (killed after %v): %d of %d committed pages lost", trial, delay, lost, len(committed))
		}

		if out, err := ingest(db).CombinedOutput(); err != nil {
			t.Fatalf("trial %d: ingest after the kill: %v\n%s", trial, err, out)
		}
		if got := countsOf(t, db); got != want {
			t.Errorf("trial %d (killed after %v, %d pages committed): counts %+v after a second ingest, a clean run gives %+v",
				trial, delay, len(committed), got, want)
		}
	}
	t.Logf("%d trials: %d pages reported committed before the kill, %d lost", crashTrials, committedTotal, lostTotal)
}

// ingestRun is what one run of ingest reported.
type ingestRun struct {
	ids   []string      // pages reported committed
	first time.Duration // from the start to the first commit reported
	took  time.Duration
	err   error // how the process ended
}

// runIngest starts cmd and, unless killAt is negative, kills it with
// SIGKILL after killAt.
func runIngest(t *testing.T, cmd *exec.Cmd, killAt time.Duration) ingestRun {
	t.Helper()
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var run ingestRun
	done := make(chan struct{})
	go func() {
		defer close(done)
		sc := bufio.NewScanner(out)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			fields := strings.Fields(sc.Text())
			if len(fields) >= 2 && fields[0] == "committed" {
				mu.Lock()
				if run.ids == nil {
					run.first = time.Since(start)
				}
				run.ids = append(run.ids, fields[2:]...)
				mu.Unlock()
			}
		}
	}()
	if killAt >= 0 {
		time.Sleep(killAt)
		cmd.Process.Signal(syscall.SIGKILL)
	}
	<-done
	err = cmd.Wait()
	mu.Lock()
	defer mu.Unlock()
	run.took, run.err = time.Since(start), err
	return run
}

func countsOf(t *testing.T, path string) Counts {
	t.Helper()
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	c, err := s.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return c
}
