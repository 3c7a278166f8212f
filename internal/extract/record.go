package extract

import (
	"strings"
)

// fromCleanText takes text that is the article alone (a JSON record's
// "text"): every block is kept. Blocks are separated by blank lines, or by
// line breaks when the text has no blank line. A first block that repeats
// the given title, or that reads as a headline when no title is given, is
// the title, not body.
func fromCleanText(content, title string) (draft, error) {
	var blocks []string
	if strings.Contains(content, "\n\n") {
		for _, b := range strings.Split(content, "\n\n") {
			blocks = append(blocks, collapseSpace(b))
		}
	} else {
		for _, b := range strings.Split(content, "\n") {
			blocks = append(blocks, collapseSpace(b))
		}
	}
	var d draft
	for _, b := range blocks {
		if b != "" {
			d.paras = append(d.paras, b)
		}
	}
	if len(d.paras) > 1 {
		first := d.paras[0]
		switch {
		case title != "" && strings.EqualFold(first, collapseSpace(title)):
			d.paras = d.paras[1:]
		case title == "" && looksLikeHeadline(first):
			d.title, d.paras = first, d.paras[1:]
		}
	}
	if len(d.paras) == 0 {
		return d, ErrNoArticle
	}
	return d, nil
}

// looksLikeHeadline reports whether a block reads as a headline: short,
// one line, and not ending as a sentence does.
func looksLikeHeadline(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 20 {
		return false
	}
	last := s[len(s)-1]
	return !strings.ContainsRune(".:;,", rune(last))
}
