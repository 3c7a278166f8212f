package report

import (
	"bufio"
	"io"
	"strings"

	"github.com/newsfold/newsfold/internal/news"
)

type markdownPrinter struct {
	w      *bufio.Writer
	inList bool
}

func writeMarkdown(w io.Writer, in Input) error {
	bw := bufio.NewWriter(w)
	outline(&markdownPrinter{w: bw}, in)
	return bw.Flush()
}

// mdEscape keeps text from being read as Markdown syntax.
var mdEscape = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", "&lt;", ">", "&gt;", "#", `\#`)

func (p *markdownPrinter) endList() {
	if p.inList {
		p.w.WriteString("\n")
		p.inList = false
	}
}

func (p *markdownPrinter) heading(level int, s string) {
	p.endList()
	p.w.WriteString(strings.Repeat("#", level) + " " + mdEscape.Replace(s) + "\n\n")
}

func (p *markdownPrinter) para(s string) {
	p.endList()
	p.w.WriteString(mdEscape.Replace(s) + "\n\n")
}

func (p *markdownPrinter) bullet(s string) {
	p.inList = true
	p.w.WriteString("- " + mdEscape.Replace(s) + "\n")
}

func (p *markdownPrinter) quote(speaker, text, where string) {
	p.inList = true
	p.w.WriteString("- **" + mdEscape.Replace(speaker) + "**: “" + mdEscape.Replace(text) + "” — " + mdEscape.Replace(where) + "\n")
}

func (p *markdownPrinter) variant(where string, ops []news.DiffOp) {
	var b strings.Builder
	b.WriteString("  - " + mdEscape.Replace(where) + " wrote: ")
	for _, op := range ops {
		t := mdEscape.Replace(op.Text)
		switch op.Op {
		case "omitted":
			b.WriteString("~~" + t + "~~ ")
		case "added":
			b.WriteString("**" + t + "** ")
		default:
			b.WriteString(t + " ")
		}
	}
	p.w.WriteString(strings.TrimRight(b.String(), " ") + "\n")
}

func (p *markdownPrinter) wording(where, how, text string) {
	p.w.WriteString("  - " + mdEscape.Replace(where) + " " + how + ": “" + mdEscape.Replace(text) + "”\n")
}

// grid writes a table: a column a article, a mark (●) where it carries
// the row's statement, the statement last.
func (p *markdownPrinter) grid(cols []string, rows []gridRow) {
	p.endList()
	var b strings.Builder
	b.WriteString("|")
	for _, c := range cols {
		b.WriteString(" " + mdEscape.Replace(c) + " |")
	}
	b.WriteString(" statement |\n|")
	for range cols {
		b.WriteString(":-:|")
	}
	b.WriteString("---|\n")
	for _, r := range rows {
		b.WriteString("|")
		for _, m := range r.marks {
			if m {
				b.WriteString(" ● |")
			} else {
				b.WriteString("   |")
			}
		}
		b.WriteString(" " + strings.ReplaceAll(mdEscape.Replace(r.text), "|", `\|`) + " |\n")
	}
	p.w.WriteString(b.String() + "\n")
}

func (p *markdownPrinter) blank() { p.endList() }
