package cluster

import (
	"runtime"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
)

// BenchmarkClusterStream clusters a synthetic stream of b.N articles,
// about 300 a day, and reports articles per second and the live heap at
// the end. Run with -benchtime=100000x for a 100,000-article stream.
func BenchmarkClusterStream(b *testing.B) {
	const batch = 1000
	stream := newSynthStream(1, 300)
	c := New(Options{})
	arts := make([]*news.Article, 0, batch)
	b.ResetTimer()
	for done := 0; done < b.N; {
		b.StopTimer()
		arts = arts[:0]
		for len(arts) < batch && done+len(arts) < b.N {
			arts = append(arts, stream.next())
		}
		b.StartTimer()
		for _, a := range arts {
			c.Add(a)
		}
		done += len(arts)
	}
	c.Groups()
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	b.ReportMetric(float64(m.HeapInuse)/(1<<20), "heap-MiB")
	runtime.KeepAlive(c)
}
