package feed

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkParse reads an RSS 2.0 feed of 500 items, each with an HTML
// description, and reports items read per second.
func BenchmarkParse(b *testing.B) {
	var sb strings.Builder
	sb.WriteString(`<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Bench Daily</title>`)
	const items = 500
	for i := range items {
		fmt.Fprintf(&sb, `<item><title>Item %d: council &amp; mayor agree</title><link>/news/%d</link><guid>id-%d</guid>`+
			`<pubDate>Tue, %02d Mar 2024 10:%02d:00 EST</pubDate><description><![CDATA[<p>Paragraph <b>%d</b> of the story, long enough to matter.</p>]]></description></item>`,
			i, i, i, 1+i%28, i%60, i)
	}
	sb.WriteString(`</channel></rss>`)
	doc := sb.String()
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		f, err := Parse(strings.NewReader(doc), "https://bench.example/rss", 0)
		if err != nil || len(f.Items) != items {
			b.Fatalf("%v, %d items", err, len(f.Items))
		}
	}
	b.ReportMetric(float64(items*b.N)/b.Elapsed().Seconds(), "items/s")
}
