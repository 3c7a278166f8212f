// Package report renders the articles and stories of a run for people and
// programs: a plain-text report, Markdown, one self-contained HTML page,
// and JSON in newsfold's stable contract (docs/format.md).
package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/newsfold/newsfold/internal/news"
)

// Format names an output format.
type Format string

const (
	Text     Format = "text"
	Markdown Format = "markdown"
	JSON     Format = "json"
	HTML     Format = "html"
)

// Formats lists every format, for help texts.
var Formats = []Format{Text, Markdown, JSON, HTML}

// ParseFormat checks a format name.
func ParseFormat(s string) (Format, error) {
	for _, f := range Formats {
		if string(f) == strings.ToLower(s) {
			return f, nil
		}
	}
	return "", fmt.Errorf("unknown format %q (want one of text, markdown, json, html)", s)
}

// Input is what a report shows.
type Input struct {
	Articles []*news.Article
	Stories  []*news.Story
}

// Write renders in to w in format f.
func Write(w io.Writer, f Format, in Input) error {
	switch f {
	case Text:
		return writeText(w, in)
	case Markdown:
		return writeMarkdown(w, in)
	case JSON:
		return writeJSON(w, in)
	case HTML:
		return writeHTML(w, in)
	}
	return fmt.Errorf("unknown format %q", f)
}

// index maps article IDs to articles.
func index(arts []*news.Article) map[string]*news.Article {
	m := make(map[string]*news.Article, len(arts))
	for _, a := range arts {
		m[a.ID] = a
	}
	return m
}

// label names an article for a reader: its outlet and, when the outlet
// alone is ambiguous or unknown, its ID.
func label(a *news.Article) string {
	if a == nil {
		return "?"
	}
	if a.Outlet != "" {
		return a.Outlet + " (" + a.ID + ")"
	}
	return a.ID
}

// outlets lists the distinct outlets of a story's articles, in order, with
// "unknown outlet" counted once for articles without one.
func outlets(s *news.Story, byID map[string]*news.Article) []string {
	var out []string
	seen := map[string]bool{}
	for _, id := range s.Articles {
		a := byID[id]
		name := ""
		if a != nil {
			name = a.Outlet
		}
		if name == "" {
			continue
		}
		if !seen[name] {
			seen[name] = true
			out = append(out, name)
		}
	}
	return out
}

// dateOrUnknown formats a date, "date unknown" when it has no year.
func dateOrUnknown(d news.Date) string {
	if !d.HasYear() {
		return "date unknown"
	}
	return d.String()
}
