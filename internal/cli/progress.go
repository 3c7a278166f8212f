package cli

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

// progressBar draws one line on a terminal showing how much input has been
// read. It redraws at most every 100 ms.
type progressBar struct {
	mu    sync.Mutex
	w     io.Writer
	start time.Time
	last  time.Time
	shown bool
}

func newProgressBar(w io.Writer) *progressBar {
	return &progressBar{w: w, start: time.Now()}
}

const barWidth = 30

func (p *progressBar) update(done, total int64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	now := time.Now()
	// Small inputs finish before a bar helps; start drawing after 300 ms.
	if now.Sub(p.start) < 300*time.Millisecond || (now.Sub(p.last) < 100*time.Millisecond && done < total) {
		return
	}
	p.last = now
	frac := 0.0
	if total > 0 {
		frac = float64(done) / float64(total)
	}
	if frac > 1 {
		frac = 1
	}
	n := int(frac * barWidth)
	fmt.Fprintf(p.w, "\r[%s%s] %3.0f%% %s/%s", strings.Repeat("#", n), strings.Repeat(".", barWidth-n), frac*100, size(done), size(total))
	p.shown = true
}

// phase replaces the bar with a note of what the run is doing now, such
// as "grouping 772 articles", shown on a terminal once the run has taken
// long enough for a bar to help.
func (p *progressBar) phase(msg string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if time.Since(p.start) < 300*time.Millisecond && !p.shown {
		return
	}
	fmt.Fprintf(p.w, "\r%-*s", barWidth+30, msg+" …")
	p.shown = true
}

// clear removes the bar so that a message can be printed.
func (p *progressBar) clear() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.shown {
		fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", barWidth+30))
		p.shown = false
	}
}

func (p *progressBar) finish() { p.clear() }

func size(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.0f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}
