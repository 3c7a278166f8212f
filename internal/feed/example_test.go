package feed_test

import (
	"fmt"
	"strings"

	"github.com/newsfold/newsfold/internal/feed"
)

func ExampleParse() {
	doc := `<?xml version="1.0"?>
<rss version="2.0"><channel>
  <title>The Lakeside Courier</title>
  <item>
    <title>Harbour bridge to close for repairs</title>
    <link>/2024/03/bridge.html</link>
    <pubDate>Tue, 05 Mar 2024 14:30:00 EST</pubDate>
  </item>
</channel></rss>`
	f, err := feed.Parse(strings.NewReader(doc), "https://courier.example/rss", 0)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(f.Format, "|", f.Title)
	for _, it := range f.Items {
		fmt.Println(it.Title, "|", it.URL, "|", it.Published.UTC().Format("2006-01-02 15:04Z"))
	}
	// Output:
	// rss | The Lakeside Courier
	// Harbour bridge to close for repairs | https://courier.example/2024/03/bridge.html | 2024-03-05 19:30Z
}
