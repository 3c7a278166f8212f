package report

import (
	"bufio"
	"io"
	"strings"

	"github.com/newsfold/newsfold/internal/news"
)

// WriteArticlesText writes each article's metadata and cleaned body.
func WriteArticlesText(w io.Writer, arts []*news.Article) error {
	bw := bufio.NewWriter(w)
	p := textPrinter{bw}
	for _, a := range arts {
		p.heading(2, a.ID)
		field := func(name, value string) {
			if value != "" {
				bw.WriteString(name + ": " + value + "\n")
			}
		}
		field("Title", a.Title)
		field("Outlet", a.Outlet)
		field("URL", a.URL)
		field("Agency", a.Agency)
		field("Byline", a.Byline)
		if a.Dateline != nil {
			field("Dateline", strings.TrimSpace(a.Dateline.Text))
		}
		if a.Published.HasYear() {
			field("Published", a.Published.String()+" ("+string(a.PublishedBasis)+")")
		} else if a.MetadataDate.HasYear() {
			field("Published", a.MetadataDate.String()+" (metadata)")
		}
		bw.WriteString("\n")
		for _, para := range a.Paragraphs {
			bw.WriteString(wrap(para, "", "", textWidth) + "\n\n")
		}
	}
	return bw.Flush()
}
