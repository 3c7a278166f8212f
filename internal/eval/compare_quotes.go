package eval

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfold/newsfold/internal/news"
)

// minQuoteWords is how many words a quoted span needs to count as a
// quotation rather than a quoted term.
const minQuoteWords = 3

// quotedWords gives the words of text inside double quotation marks,
// spans shorter than minQuoteWords and titles left out. A curly opening
// mark inside an open quotation is a quotation within it, kept.
func quotedWords(text string) []string {
	var out []string
	var span strings.Builder
	depth := 0
	flush := func() {
		if w := wordsOf(span.String()); len(w) >= minQuoteWords && !isTitle(span.String()) {
			out = append(out, w...)
		}
		span.Reset()
		depth = 0
	}
	for _, r := range text {
		switch {
		case r == '“' || (r == '"' && depth == 0):
			if depth > 0 {
				span.WriteRune(r)
			}
			depth++
		case r == '”' || r == '"':
			if depth == 0 {
				continue
			}
			if depth--; depth == 0 || r == '"' {
				flush()
			} else {
				span.WriteRune(r)
			}
		case depth > 0:
			span.WriteRune(r)
		}
	}
	if depth > 0 {
		flush() // a paragraph of quotation left open
	}
	return out
}

// isTitle reports whether every word of a quoted span is capitalised but
// for short joining words ("of", "the"): the name of a programme or a
// book, not a quotation.
func isTitle(span string) bool {
	words := 0
	for _, f := range strings.Fields(span) {
		f = strings.TrimLeft(f, "'‘(")
		r, _ := utf8.DecodeRuneInString(f)
		if !unicode.IsLetter(r) {
			continue
		}
		words++
		if !unicode.IsUpper(r) && len(f) > 3 {
			return false
		}
		if !unicode.IsUpper(r) && !shortJoiners[strings.ToLower(strings.TrimRight(f, ",.;:!?'’\""))] {
			return false
		}
	}
	return words > 0
}

// shortJoiners are the words a title leaves in lower case.
var shortJoiners = map[string]bool{"a": true, "an": true, "the": true, "of": true, "and": true, "or": true,
	"on": true, "in": true, "at": true, "to": true, "for": true, "by": true, "with": true}

// sharedQuote gives the statements of a gold group that quote the same
// words as another statement of the group (half the distinct words of the
// shorter quotation or more, minQuoteWords of them in an unbroken run):
// a group can align a quotation with another
// quotation of the same claim, which is not the same quotation.
func sharedQuote(grp []string, m *statementMap) []string {
	quoted := make([][]string, len(grp))
	runs := make([][]string, len(grp))
	for i, id := range grp {
		runs[i] = quotedWords(m.text[id])
		quoted[i] = distinct(runs[i])
	}
	var out []string
	for i, id := range grp {
		for j := range grp {
			if i != j && len(quoted[i]) > 0 && len(quoted[j]) > 0 && overlapHalf(quoted[i], quoted[j]) &&
				longestRun(runs[i], runs[j]) >= minQuoteWords {
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

// longestRun gives the length of the longest unbroken run of words a and
// b share.
func longestRun(a, b []string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	best := 0
	for i := range a {
		for j := range b {
			if a[i] == b[j] {
				cur[j+1] = prev[j] + 1
				best = max(best, cur[j+1])
			} else {
				cur[j+1] = 0
			}
		}
		prev, cur = cur, prev
	}
	return best
}
