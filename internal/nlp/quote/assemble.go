package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfold/newsfold/internal/news"
	"github.com/newsfold/newsfold/internal/textnorm"
)

// assemble joins the parts into quotations: parts of one utterance split
// around its attribution, and a quotation running on into the next
// paragraph, become one.
func (d *doc) assemble(parts []part) []news.Quote {
	var out []news.Quote
	var last *part // the part the last quotation ended with
	lastPartial := false
	for i := range parts {
		pt := &parts[i]
		q := len(out) - 1
		// Words ending in a colon between this part and the last one
		// introduce a quotation of its own.
		introduced := last != nil && d.colonBetween(last, pt)
		switch {
		case last != nil && !last.sp.closed && last.para == pt.para-1 && pt.startsPara:
			// A quotation running over paragraphs.
			out[q].Text += " " + pt.text
			if out[q].Speaker == "" {
				out[q].Speaker = pt.speaker
			}
		case last != nil && last.para == pt.para && !pt.partial && !lastPartial && !introduced &&
			(!pt.attributed || sharesAttribution(last, pt) || (pt.speaker != "" && pt.speaker == out[q].Speaker && !ownClause(last, pt))):
			// The rest of an utterance split around its attribution.
			out[q].Text = joinSplit(out[q].Text, pt.text)
			if out[q].Speaker == "" && !sharesAttribution(last, pt) {
				out[q].Speaker = pt.speaker
			}
		default:
			speaker := pt.speaker
			switch {
			case pt.attributed || last == nil:
			case pt.startsPara && last.para == pt.para-1 && !lastPartial:
				speaker = out[q].Speaker // a paragraph of quotation goes on
			case !pt.startsPara && !pt.partial && last.para == pt.para && !introduced:
				speaker = out[q].Speaker // a sentence of quotation after the speaker's phrase
			}
			out = append(out, news.Quote{Text: pt.text, Speaker: speaker, Paragraph: pt.para})
			lastPartial = pt.partial
		}
		last = pt
	}
	for i := range out {
		out[i].Text = cleanText(out[i].Text)
	}
	return out
}

// colonBetween reports whether the writer's words between parts a and b
// of one paragraph end with a colon: they introduce another quotation,
// whoever they name ("Then a narrator closes: “...”"), and
// b does not go on with a.
func (d *doc) colonBetween(a, b *part) bool {
	if a.para != b.para || !a.sp.closed || a.sp.after > b.sp.open {
		return false
	}
	between := strings.TrimRight(d.paras[a.para][a.sp.after:b.sp.open], " \t")
	return strings.HasSuffix(between, ":") && strings.IndexFunc(between, unicode.IsLetter) >= 0
}

// cleanText writes a quotation's text with single spaces between words,
// without the comma it ends with before its attribution.
func cleanText(s string) string {
	s = textnorm.Collapse(s)
	for {
		r, size := utf8.DecodeLastRuneInString(s)
		if r == ',' || unicode.IsSpace(r) {
			s = s[:len(s)-size]
			continue
		}
		return s
	}
}

// joinSplit joins the two parts of an utterance split around its
// attribution. The comma that closed the first part stands for the end of
// a sentence when the second part starts a new one (“...,” she said. “The
// ...”), and for the comma it was when the sentence goes on (“...,” she
// said, “and ...”).
func joinSplit(first, second string) string {
	first = strings.TrimRightFunc(first, unicode.IsSpace)
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(second))
	if strings.HasSuffix(first, ",") && unicode.IsUpper(r) {
		first = strings.TrimSuffix(first, ",") + "."
	}
	return first + " " + second
}

// sharesAttribution reports whether part b is named by the very clause
// that named part a after it: “...,” Jane Roe, the mayor, said, “...”.
func sharesAttribution(a, b *part) bool {
	return a.via == viaAfter && b.via == viaBefore && b.clauseFrom == a.sp.after
}

// ownClause reports whether part b, like part a before it, has an
// attribution of its own: “...!” she declared. “...,” she said. Such
// parts are two quotations, even from one speaker.
func ownClause(a, b *part) bool {
	return a.via != viaNone && b.via != viaNone && !sharesAttribution(a, b)
}
