// Package gcpace paces the Go garbage collector for newsfold's long runs.
//
// It takes a memory headroom and gives a pacer that, while it runs, lets
// the heap grow by about that much over the live heap before the next
// collection. Folding a large stream keeps a few hundred MiB of stories
// live; the collector's default (collect when the heap has doubled) then
// spends a fifth of the CPU marking the same live stories again and again.
// With a fixed headroom a small run still collects early and often, a large
// one collects less often, and the heap never outgrows live + headroom by
// much. A GOGC or GOMEMLIMIT set in the environment wins: the pacer then
// does nothing.
package gcpace

import (
	"context"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"time"
)

// Default headroom and how often the live heap is read.
const (
	DefaultHeadroom = 768 << 20
	interval        = 250 * time.Millisecond
)

// Bounds of the GC percentage the pacer sets: never more eager than Go's
// default, never lazier than eight times the live heap.
const (
	minPercent = 100
	maxPercent = 800
)

const liveMetric = "/gc/heap/live:bytes"

// Percent is the GC percentage that lets a heap of live bytes grow by
// about headroom before the next collection, within [100, 800].
func Percent(live, headroom int64) int {
	if live <= 0 {
		return maxPercent
	}
	p := headroom * 100 / live
	switch {
	case p < minPercent:
		return minPercent
	case p > maxPercent:
		return maxPercent
	}
	return int(p)
}

// UserSet reports whether the environment already tells the collector
// what to do.
func UserSet() bool {
	return os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != ""
}

// Start paces the collector with the given headroom (in bytes; <= 0 means
// DefaultHeadroom) until ctx ends or stop is called; stop restores the
// percentage in force before. It does nothing when UserSet.
func Start(ctx context.Context, headroom int64) (stop func()) {
	if UserSet() {
		return func() {}
	}
	if headroom <= 0 {
		headroom = DefaultHeadroom
	}
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	before := debug.SetGCPercent(maxPercent)
	go func() {
		defer close(done)
		sample := []metrics.Sample{{Name: liveMetric}}
		current := maxPercent
		tick := time.NewTicker(interval)
		defer tick.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
			}
			metrics.Read(sample)
			if sample[0].Value.Kind() != metrics.KindUint64 {
				return
			}
			p := Percent(int64(sample[0].Value.Uint64()), headroom)
			// Small moves are not worth a new pacing target.
			if p*10 < current*9 || p*10 > current*11 {
				debug.SetGCPercent(p)
				current = p
			}
		}
	}()
	return func() {
		cancel()
		<-done
		debug.SetGCPercent(before)
	}
}
