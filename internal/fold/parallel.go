package fold

import (
	"runtime"
	"sync"
)

// forEach calls fn(i) for every i in [0, n) on as many goroutines as there
// are processors, and returns when all calls have.
func forEach(n int, fn func(i int)) { ForEach(0, n, fn) }

// ForEach calls fn(i) for every i in [0, n) on up to workers goroutines
// (as many as there are processors when workers is 0 or less), and
// returns when all calls have.
func ForEach(workers, n int, fn func(i int)) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, n)
	if workers <= 1 {
		for i := range n {
			fn(i)
		}
		return
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				fn(i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

// ordered runs work on items as they arrive, on as many goroutines as
// there are processors, and hands each result to done in arrival order.
type ordered[T, R any] struct {
	work func(T) R
	done func(R)

	jobs    chan orderedJob[T]
	wg      sync.WaitGroup
	mu      sync.Mutex
	results map[int]R
	next    int // the index done waits for
	count   int
}

type orderedJob[T any] struct {
	i    int
	item T
}

func newOrdered[T, R any](work func(T) R, done func(R)) *ordered[T, R] {
	o := &ordered[T, R]{work: work, done: done, jobs: make(chan orderedJob[T], 64), results: map[int]R{}}
	for range runtime.GOMAXPROCS(0) {
		o.wg.Add(1)
		go func() {
			defer o.wg.Done()
			for j := range o.jobs {
				r := o.work(j.item)
				o.mu.Lock()
				o.results[j.i] = r
				o.flush()
				o.mu.Unlock()
			}
		}()
	}
	return o
}

// flush hands on the results that are next in order; o.mu is held.
func (o *ordered[T, R]) flush() {
	for {
		r, ok := o.results[o.next]
		if !ok {
			return
		}
		delete(o.results, o.next)
		o.next++
		o.done(r)
	}
}

// add queues an item.
func (o *ordered[T, R]) add(item T) {
	o.jobs <- orderedJob[T]{o.count, item}
	o.count++
}

// wait returns once every queued item is done.
func (o *ordered[T, R]) wait() {
	close(o.jobs)
	o.wg.Wait()
}
