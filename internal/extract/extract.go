// Package extract turns a page into an article: it takes a news.Page, HTML
// or already-flattened text, and gives a news.Article with the body
// paragraphs, page furniture removed, and the title, outlet, dateline,
// wire agency, byline and the dates the page gives (its metadata's, and
// the date stamp it prints beside the article).
//
// Flattened text carries no markup, only lines, so the body is found by
// what lines show: their length, sentence punctuation, stop-word density
// and capitalisation, the rhythm of link lists and teasers around them,
// and repeats. The article's head is read from the lines above the body:
// the headline (above a standfirst, when there is one), the byline with
// its role line, the date stamp; the outlet from the masthead and the
// copyright notice. HTML goes through the htmlbody main-content finder
// first.
// Both paths then share the same cleaning of the article's opening:
// broken lines rejoined, captions and wire credits stripped, the dateline
// read and removed, a repeated standfirst dropped.
package extract

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/newsfold/newsfold/internal/news"
)

// ErrNoArticle is returned when a page holds no article text.
var ErrNoArticle = errors.New("no article text found")

// Extract returns the article in page p. It sets the body, title, outlet,
// byline, wire agency, dateline, the date the page's metadata gives
// (MetadataDate) and, for flattened text, the date stamp printed beside
// the article (StampDate); it leaves Published to the date stages. It
// returns ErrNoArticle when nothing article-like remains.
func Extract(p news.Page) (*news.Article, error) {
	var (
		d   draft
		err error
	)
	switch {
	case p.Kind == news.KindHTML:
		d, err = fromHTML(p.Content)
	case p.Clean:
		d, err = fromCleanText(p.Content, p.Title)
	default:
		d, err = fromText(p.Content)
	}
	if err != nil {
		return nil, fmt.Errorf("extract %s: %w", p.ID, err)
	}
	paras, ld := readLead(dropEchoes(joinBroken(d.paras)))
	paras, signoff := wireSignoff(paras)
	ld.agency = firstOf(ld.agency, signoff)
	if len(paras) == 0 {
		return nil, fmt.Errorf("extract %s: %w", p.ID, ErrNoArticle)
	}
	a := &news.Article{
		ID:         p.ID,
		URL:        firstOf(p.URL, d.url),
		Title:      firstOf(collapseSpace(p.Title), d.title),
		Outlet:     outlet(p, d),
		Byline:     d.byline,
		Agency:     ld.agency,
		Dateline:   ld.dateline,
		Paragraphs: paras,
		StampDate:  d.stamp,
	}
	if ag := firstOf(agencyName(a.Byline), agencyByName(a.Byline)); ag != "" {
		// "By Reuters" credits the agency, not a writer.
		a.Agency, a.Byline = firstOf(a.Agency, ag), ""
	}
	if a.Agency == "" && a.Byline != "" {
		a.Agency = agencyIn(a.Byline)
	}
	a.MetadataDate = metadataDate(firstOf(p.Date, d.published))
	return a, nil
}

// metadataDate reads a date given as YYYY-MM-DD (or a prefix of it) or as
// RFC 3339; it gives the zero date when s holds none.
func metadataDate(s string) news.Date {
	s = strings.TrimSpace(s)
	if s == "" {
		return news.Date{}
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return news.DateOf(t)
	}
	d, err := news.ParseDate(s)
	if err != nil {
		return news.Date{}
	}
	return d
}
