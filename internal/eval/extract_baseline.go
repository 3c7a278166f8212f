package eval

import (
	"fmt"
	"strings"

	trafilatura "github.com/markusmobius/go-trafilatura"

	"github.com/newsfold/newsfold/internal/extract/htmlbody"
)

// ExtractWithHTMLBody is an extractor for RunExtractEval: newsfold's own
// HTML body extraction of the page at path, paragraphs joined by blank
// lines.
func ExtractWithHTMLBody(_ string, path string) (string, error) {
	page, err := ReadExtractPage(path)
	if err != nil {
		return "", err
	}
	res, err := htmlbody.Extract(page)
	if err != nil {
		return "", fmt.Errorf("extract %s: %w", path, err)
	}
	return strings.Join(res.Paragraphs, "\n\n"), nil
}

// ExtractWithTrafilatura is an extractor for RunExtractEval: the
// go-trafilatura library, with its fallback extractors on and comments
// left out, as its own comparison runs it. It is the baseline newsfold's
// extraction is measured against, and is used by nothing else.
func ExtractWithTrafilatura(_ string, path string) (string, error) {
	page, err := ReadExtractPage(path)
	if err != nil {
		return "", err
	}
	return extractTrafilaturaPage(page)
}

// extractTrafilaturaPage runs go-trafilatura on one page.
func extractTrafilaturaPage(page string) (string, error) {
	res, err := trafilatura.Extract(strings.NewReader(page), trafilatura.Options{
		EnableFallback:  true,
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Fast,
	})
	if err != nil {
		return "", fmt.Errorf("trafilatura: %w", err)
	}
	return res.ContentText, nil
}
