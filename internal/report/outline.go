package report

import (
	"fmt"
	"strings"

	"github.com/newsfold/newsfold/internal/news"
)

// printer is what the text and Markdown reports write through, so that
// both show the same outline of a story.
type printer interface {
	heading(level int, s string)
	para(s string)
	bullet(s string)
	// quote writes one quotation line: who said it, the text, and where.
	quote(speaker, text, where string)
	// variant writes one outlet's differing wording as a word diff.
	variant(where string, ops []news.DiffOp)
	// wording writes one outlet's wording whole, after how it stands to
	// the quotation ("quoted only" a part of it, or "wrote" other words).
	wording(where, how, text string)
	// grid writes which columns carry each row's statement.
	grid(cols []string, rows []gridRow)
	blank()
}

// gridRow is one statement of a coverage grid and, per column, whether
// that article carries it.
type gridRow struct {
	text  string
	marks []bool
}

// maxListed bounds each list in the human reports; JSON keeps everything.
const maxListed = 8

// outline writes the report of a run through p.
func outline(p printer, in Input) {
	byID := index(in.Articles)
	p.heading(1, fmt.Sprintf("newsfold: %d %s from %d %s", len(in.Stories), plural(len(in.Stories), "story", "stories"), len(in.Articles), plural(len(in.Articles), "article", "articles")))
	for _, s := range in.Stories {
		storyOutline(p, s, byID)
	}
}

func storyOutline(p printer, s *news.Story, byID map[string]*news.Article) {
	keys := storyKeys(s)
	ref := func(id string) string { return keys[id] }
	refs := func(ids []string) string {
		out := make([]string, len(ids))
		for i, id := range ids {
			out[i] = keys[id]
		}
		return strings.Join(out, " ")
	}
	title := s.Title
	if title == "" {
		title = "(untitled story)"
	}
	p.heading(2, fmt.Sprintf("[%s] %s", s.ID, title))
	meta := fmt.Sprintf("%s · %d %s", dateOrUnknown(s.FirstPublished), len(s.Articles), plural(len(s.Articles), "article", "articles"))
	if o := outlets(s, byID); len(o) > 0 {
		meta += " · " + strings.Join(o, ", ")
	}
	if len(s.Related) > 0 {
		meta += " · related: " + strings.Join(s.Related, ", ")
	}
	p.para(meta)
	if s.Summary != "" {
		p.para(s.Summary)
	}

	if len(s.Conflicts) > 0 {
		p.heading(3, "Conflicts")
		for _, c := range s.Conflicts {
			var vals []string
			for _, v := range c.Values {
				vals = append(vals, fmt.Sprintf("%s “%s”", ref(v.Article), v.Text))
			}
			p.bullet(c.About + " — " + strings.Join(vals, "; "))
		}
	}

	p.heading(3, "Articles")
	for _, id := range s.Articles {
		a := byID[id]
		line := ref(id) + " " + label(a)
		if a != nil {
			if a.Published.HasYear() {
				line += " · " + a.Published.String()
				if a.PublishedBasis != "" && a.PublishedBasis != news.BasisNone {
					line += " (" + string(a.PublishedBasis) + ")"
				}
			}
			if a.Agency != "" {
				line += " · via " + a.Agency
			}
			if a.DuplicateOf != "" {
				line += " · copy of " + a.DuplicateOf
			}
			if a.Title != "" {
				line += " — " + a.Title
			}
		}
		p.bullet(line)
	}

	if len(s.Quotes) > 0 {
		p.heading(3, "Who said what")
		for i, q := range s.Quotes {
			if i == maxListed*2 {
				p.bullet(fmt.Sprintf("… and %d more quotations", len(s.Quotes)-i))
				break
			}
			speaker := q.Speaker
			if speaker == "" {
				speaker = "unattributed"
			}
			p.quote(speaker, q.Text, refs(q.Articles))
			for _, v := range q.Variants {
				if f := FormOf(v); f.How != "" {
					p.wording(ref(v.Article), f.How, f.Text)
				} else if changed(v.Diff) {
					p.variant(ref(v.Article), v.Diff)
				}
			}
		}
	}

	if len(s.Facts) > 0 {
		p.heading(3, "Reported by several articles")
		p.grid(columns(s), coverage(s))
	}
	if len(s.Exclusives) > 0 {
		p.heading(3, "Only one article reports")
		for i, e := range s.Exclusives {
			if i == maxListed {
				break
			}
			who := ref(e.Article)
			if a := byID[e.Article]; a != nil && a.Outlet != "" {
				who += " " + a.Outlet
			}
			p.bullet(fmt.Sprintf("%s — %s", who, e.Text))
		}
	}
	if len(s.Timeline) > 0 {
		p.heading(3, "Timeline")
		for _, e := range s.Timeline {
			if e.Date.HasYear() {
				p.bullet(fmt.Sprintf("%s  %s %s", e.Date, e.Text, refs(e.Articles)))
			}
		}
	}
	p.blank()
}

// changed reports whether a word diff holds anything but "same" runs.
func changed(ops []news.DiffOp) bool {
	for _, op := range ops {
		if op.Op != "same" {
			return true
		}
	}
	return false
}

// VariantForm is how a report shows one article's wording of a
// quotation: whole, after How, or (How empty) as a word diff against the
// quotation.
type VariantForm struct {
	How  string // "quoted only": an unbroken part of it; "wrote": words sharing none with it
	Text string // the wording shown whole, "…" where a part was cut
}

// FormOf gives the form a report shows wording v in. A diff of a part
// kept whole would strike out the rest, and of other words everything.
func FormOf(v news.QuoteVariant) VariantForm {
	if t, ok := quotedPart(v.Diff); ok {
		return VariantForm{How: "quoted only", Text: t}
	}
	if !sharesWords(v.Diff) {
		return VariantForm{How: "wrote", Text: v.Text}
	}
	return VariantForm{}
}

// sharesWords reports whether a wording's diff against its quotation
// keeps any word of it.
func sharesWords(ops []news.DiffOp) bool {
	for _, op := range ops {
		if op.Op == "same" {
			return true
		}
	}
	return false
}

// quotedPart reports whether a wording's diff against its quotation
// only leaves words out at the start or end, and gives the words kept
// with "…" where the quotation goes on: "… back home."
func quotedPart(ops []news.DiffOp) (string, bool) {
	first, last := 0, len(ops)
	if first < last && ops[first].Op == "omitted" {
		first++
	}
	if last > first && ops[last-1].Op == "omitted" {
		last--
	}
	if last-first != 1 || ops[first].Op != "same" || len(ops) == 1 {
		return "", false
	}
	text := ops[first].Text
	if first > 0 {
		text = "… " + text
	}
	if last < len(ops) {
		text += " …"
	}
	return text, true
}

// storyKeys gives each of a story's articles a short key, [1], [2], …,
// in the story's order, for the human reports to refer to.
func storyKeys(s *news.Story) map[string]string {
	keys := make(map[string]string, len(s.Articles))
	for i, id := range s.Articles {
		keys[id] = fmt.Sprintf("[%d]", i+1)
	}
	return keys
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// columns gives a coverage grid's column heads: the articles' keys
// without brackets.
func columns(s *news.Story) []string {
	out := make([]string, len(s.Articles))
	for i := range s.Articles {
		out[i] = fmt.Sprint(i + 1)
	}
	return out
}

// coverage gives the grid rows of a story's top facts: which of its
// articles carry each.
func coverage(s *news.Story) []gridRow {
	col := make(map[string]int, len(s.Articles))
	for i, id := range s.Articles {
		col[id] = i
	}
	var rows []gridRow
	for i, f := range s.Facts {
		if i == maxListed {
			break
		}
		r := gridRow{text: f.Text, marks: make([]bool, len(s.Articles))}
		for _, id := range f.Articles {
			if c, ok := col[id]; ok {
				r.marks[c] = true
			}
		}
		rows = append(rows, r)
	}
	return rows
}
