package eval

import (
	"strings"

	"github.com/newsfold/newsfold/internal/news"
)

// minQuoteWords is how many words a quoted span needs to count as a
// quotation rather than a quoted term.
const minQuoteWords = 3

// quotedWords gives the words of text inside double quotation marks,
// spans shorter than minQuoteWords left out.
func quotedWords(text string) []string {
	var out []string
	var span strings.Builder
	in := false
	flush := func() {
		if w := wordsOf(span.String()); len(w) >= minQuoteWords {
			out = append(out, w...)
		}
		span.Reset()
	}
	for _, r := range text {
		switch {
		case r == '“' || (r == '"' && !in):
			in = true
			span.Reset()
		case r == '”' || (r == '"' && in):
			if in {
				flush()
			}
			in = false
		case in:
			span.WriteRune(r)
		}
	}
	if in {
		flush() // a paragraph of quotation left open
	}
	return out
}

// sharedQuote gives the statements of a gold group that quote the same
// words as another statement of the group (half the distinct words of the
// shorter quotation or more): a group can align a quotation with another
// quotation of the same claim, which is not the same quotation.
func sharedQuote(grp []string, m *statementMap) []string {
	quoted := make([][]string, len(grp))
	for i, id := range grp {
		quoted[i] = distinct(quotedWords(m.text[id]))
	}
	var out []string
	for i, id := range grp {
		for j := range grp {
			if i != j && len(quoted[i]) > 0 && len(quoted[j]) > 0 && overlapHalf(quoted[i], quoted[j]) {
				out = append(out, id)
				break
			}
		}
	}
	return out
}

// overlapHalf reports whether a and b, lists of distinct words, share at
// least half the words of the shorter.
func overlapHalf(a, b []string) bool {
	have := make(map[string]bool, len(b))
	for _, x := range b {
		have[x] = true
	}
	n := 0
	for _, x := range a {
		if have[x] {
			n++
		}
	}
	return 2*n >= min(len(a), len(b))
}

// quoteMerged reports whether one of the story's quotations covers every
// statement of grp: it lists the statement's article, and a wording it
// gives that article shares at least half the words of the shorter of it
// and the statement's quoted words.
func quoteMerged(grp []string, m *statementMap, quotes []news.StoryQuote) bool {
	for _, q := range quotes {
		ok := true
		for _, id := range grp {
			if !quoteCovers(q, m.article[id], quotedWords(m.text[id]), m) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

func quoteCovers(q news.StoryQuote, goldArt string, quoted []string, m *statementMap) bool {
	found := false
	for _, a := range q.Articles {
		found = found || m.goldArticle(a) == goldArt
	}
	if !found {
		return false
	}
	sw := distinct(quoted)
	covers := func(wording string) bool {
		qw := distinct(wordsOf(wording))
		return len(qw) > 0 && len(sw) > 0 && overlapHalf(qw, sw)
	}
	// An article's own wording when the entry gives one (an article quoting
	// two parts of a passage gives two), else the main text.
	own := false
	for _, v := range q.Variants {
		if m.goldArticle(v.Article) == goldArt {
			own = true
			if covers(v.Text) {
				return true
			}
		}
	}
	return !own && covers(q.Text)
}
