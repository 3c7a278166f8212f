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
	p.w.WriteString(strings.TrimSpace(b.String()) + "\n")
}

func (p *markdownPrinter) blank() { p.endList() }
