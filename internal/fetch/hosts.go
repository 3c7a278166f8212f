package fetch

import (
	"context"
	"strings"
	"sync"
	"time"
)

// hostGate spaces the requests to each host.
type hostGate struct {
	mu   sync.Mutex
	next map[string]time.Time // host: earliest start of its next request
}

// maxHostsKept is how many hosts the gate remembers before it forgets
// those whose next slot has passed.
const maxHostsKept = 4096

// wait reserves the host's next slot, at least interval after the one
// before, and waits for it.
func (g *hostGate) wait(ctx context.Context, host string, interval time.Duration, sleep func(context.Context, time.Duration) error) error {
	host = strings.ToLower(host)
	g.mu.Lock()
	if g.next == nil {
		g.next = make(map[string]time.Time)
	}
	now := time.Now()
	if len(g.next) >= maxHostsKept {
		for h, t := range g.next {
			if t.Before(now) {
				delete(g.next, h)
			}
		}
	}
	at := g.next[host]
	if at.Before(now) {
		at = now
	}
	if interval > 0 {
		g.next[host] = at.Add(interval)
	}
	g.mu.Unlock()
	return sleep(ctx, time.Until(at))
}

// holdOff keeps the host's next request from starting before t, as a
// server's Retry-After asks.
func (g *hostGate) holdOff(host string, t time.Time) {
	host = strings.ToLower(host)
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.next == nil {
		g.next = make(map[string]time.Time)
	}
	if g.next[host].Before(t) {
		g.next[host] = t
	}
}
