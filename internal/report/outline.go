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
	blank()
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
				vals = append(vals, fmt.Sprintf("%s: %q", label(byID[v.Article]), v.Text))
			}
			p.bullet(c.About + " — " + strings.Join(vals, "; "))
		}
	}

	p.heading(3, "Articles")
	for _, id := range s.Articles {
		a := byID[id]
		line := label(a)
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
			p.quote(speaker, q.Text, articleList(q.Articles, byID))
			for _, v := range q.Variants {
				if len(v.Diff) > 0 {
					p.variant(label(byID[v.Article]), v.Diff)
				}
			}
		}
	}

	if len(s.Facts) > 0 {
		p.heading(3, "Reported by several articles")
		for i, f := range s.Facts {
			if i == maxListed {
				break
			}
			p.bullet(fmt.Sprintf("%s [%s]", f.Text, articleList(f.Articles, byID)))
		}
	}
	if len(s.Exclusives) > 0 {
		p.heading(3, "Only one article reports")
		for i, e := range s.Exclusives {
			if i == maxListed {
				break
			}
			p.bullet(fmt.Sprintf("%s [%s]", e.Text, label(byID[e.Article])))
		}
	}
	if len(s.Timeline) > 0 {
		p.heading(3, "Timeline")
		for _, e := range s.Timeline {
			if e.Date.HasYear() {
				p.bullet(fmt.Sprintf("%s  %s [%s]", e.Date, e.Text, articleList(e.Articles, byID)))
			}
		}
	}
	p.blank()
}

func articleList(ids []string, byID map[string]*news.Article) string {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = label(byID[id])
	}
	return strings.Join(names, ", ")
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
