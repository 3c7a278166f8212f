package source

import "io"

// progressStep is how many bytes pass between two progress reports
// within a file.
const progressStep = 1 << 20

// progress tells a callback how much of the input has been consumed.
type progress struct {
	fn       func(done, total int64)
	total    int64
	done     int64
	reported int64
	started  bool
}

func newProgress(fn func(done, total int64), total int64) *progress {
	return &progress{fn: fn, total: total}
}

// add counts n more bytes read, reporting every progressStep bytes.
func (p *progress) add(n int64) {
	p.done = min(p.done+n, p.total)
	if p.done-p.reported >= progressStep {
		p.report()
	}
}

// finishFile marks the file that started at start and is size bytes long
// as wholly consumed, however much of it was read.
func (p *progress) finishFile(start, size int64) {
	p.done = min(start+size, p.total)
	p.report()
}

// finish reports the end of the input.
func (p *progress) finish() {
	p.done = p.total
	p.report()
}

// report calls the callback unless it was told the same already.
func (p *progress) report() {
	if p.started && p.done == p.reported {
		return
	}
	p.started = true
	p.reported = p.done
	if p.fn != nil {
		p.fn(p.done, p.total)
	}
}

// countingReader passes reads through and counts them.
type countingReader struct {
	r io.Reader
	p *progress
}

func (c countingReader) Read(b []byte) (int, error) {
	n, err := c.r.Read(b)
	c.p.add(int64(n))
	return n, err
}
