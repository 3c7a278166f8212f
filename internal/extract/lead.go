package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/newsfold/newsfold/internal/news"
)

// leadParas is how many opening paragraphs are searched for a dateline:
// the dateline may follow a standfirst or a caption.
const leadParas = 3

// lead is what an article's opening tells besides its text.
type lead struct {
	dateline *news.Dateline
	agency   string
}

// readLead cleans an article's opening paragraphs: it strips photo
// captions and wire credits glued to them, takes the dateline off, and
// drops a standfirst that the dateline paragraph repeats.
func readLead(paras []string) ([]string, lead) {
	var ld lead
	out := make([]string, 0, len(paras))
	for i, p := range paras {
		if i < leadParas {
			p = stripCaption(p)
			if ag, rest := stripAgencyLead(p); ag != "" {
				ld.agency = firstOf(ld.agency, ag)
				p = rest
			}
		}
		if p != "" {
			out = append(out, p)
		}
	}
	for i := 0; i < min(leadParas, len(out)); i++ {
		dl, ag, rest, ok := parseDateline(out[i])
		if !ok {
			continue
		}
		ld.dateline = &dl
		ld.agency = firstOf(ld.agency, ag)
		if ag2, rest2 := stripAgencyLead(rest); ag2 != "" {
			ld.agency = firstOf(ld.agency, ag2)
			rest = rest2
		}
		out[i] = rest
		// A standfirst the dateline paragraph repeats is dropped.
		for j := i - 1; j >= 0; j-- {
			if sameLead(out[j], rest) {
				out = append(out[:j], out[j+1:]...)
			}
		}
		return out, ld
	}
	if len(out) > 0 {
		out = splitInnerDateline(out, &ld)
	}
	return out, ld
}

// standfirstSpan is how far into the first paragraph, in bytes, a
// dateline after a standfirst is looked for.
const standfirstSpan = 1000

// splitInnerDateline handles a dateline inside the first paragraph, after a
// standfirst run into it: "The ministry said ... ties. WASHINGTON, Nov 28
// (AFP) – The ministry said ... ties." The standfirst is dropped when the
// text after the dateline repeats it, and made a paragraph of its own
// otherwise. Only a dateline with a date or a credit counts here.
func splitInnerDateline(paras []string, ld *lead) []string {
	p := paras[0]
	for i := 0; i+2 < len(p) && i < standfirstSpan; i++ {
		if !(p[i] == '.' || p[i] == '!' || p[i] == '?') || p[i+1] != ' ' {
			continue
		}
		dl, ag, rest, ok := parseDateline(p[i+2:])
		if !ok || (dl.Date.IsZero() && ag == "" && !strings.ContainsAny(dl.Text, "(/")) {
			continue
		}
		ld.dateline = &dl
		ld.agency = firstOf(ld.agency, ag)
		before := strings.TrimSpace(p[:i+1])
		if sameLead(before, rest) {
			return append([]string{rest}, paras[1:]...)
		}
		return append([]string{before, rest}, paras[1:]...)
	}
	return paras
}

// sameLead reports whether two texts are the same lead: the shorter's
// words are nearly all in the longer, in the same opening.
func sameLead(a, b string) bool {
	ta, tb := tokens(strings.ToLower(a)), tokens(strings.ToLower(b))
	if len(ta) == 0 || len(tb) == 0 {
		return false
	}
	if len(ta) > len(tb) {
		ta, tb = tb, ta
	}
	in := make(map[string]bool, len(tb))
	for _, w := range tb {
		in[w] = true
	}
	shared := 0
	for _, w := range ta {
		if in[w] {
			shared++
		}
	}
	return float64(shared) >= 0.8*float64(len(ta)) && float64(len(ta)) >= 0.6*float64(len(tb))
}

// firstOf returns a unless it is empty, else b: the first agency found wins.
func firstOf(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// wireSignoff reads a wire agency's sign-off closing an article: a last
// paragraph that is nothing but the agency's name ("— AFP", "(Reuters)",
// "(KPA)"), or a bracketed agency's capitals after the last paragraph's
// final stop ("... on Monday. (KPA)"). It returns the paragraphs without
// the sign-off and the agency, or "".
func wireSignoff(paras []string) ([]string, string) {
	if len(paras) < 2 {
		return paras, ""
	}
	last := paras[len(paras)-1]
	if ag := agencyName(last); ag != "" {
		return paras[:len(paras)-1], ag
	}
	// The pattern is anchored at the end, but a regular expression
	// would try it from every byte of the paragraph.
	if !strings.HasSuffix(strings.TrimRightFunc(last, unicode.IsSpace), ")") {
		return paras, ""
	}
	if m := signoffTail.FindStringSubmatchIndex(last); m != nil {
		ag, rest := last[m[2]:m[3]], strings.TrimSpace(last[:m[0]])
		if !agencyAcronym.MatchString(ag) || rest != "" && !endsSentence(rest) {
			return paras, ""
		}
		out := slices.Clone(paras)
		if rest != "" {
			out[len(out)-1] = rest
		} else {
			out = out[:len(out)-1]
		}
		return out, ag
	}
	return paras, ""
}

// signoffTail matches a bracketed agency sign-off ending a paragraph, after
// a sentence or alone, with a dash before it or not.
var signoffTail = regexp.MustCompile(`\s*(?:[-–—]\s*)?\(([^()]{2,13})\)\s*$`)
