package report

import (
	"bufio"
	"io"
	"strings"

	"github.com/newsfold/newsfold/internal/news"
)

// textWidth is the column the text report wraps at.
const textWidth = 88

type textPrinter struct{ w *bufio.Writer }

func writeText(w io.Writer, in Input) error {
	bw := bufio.NewWriter(w)
	outline(textPrinter{bw}, in)
	return bw.Flush()
}

func (p textPrinter) heading(level int, s string) {
	switch level {
	case 1:
		p.w.WriteString(s + "\n" + strings.Repeat("=", runeLen(s)) + "\n\n")
	case 2:
		p.w.WriteString(s + "\n" + strings.Repeat("-", min(runeLen(s), textWidth)) + "\n")
	default:
		p.w.WriteString("\n" + strings.ToUpper(s) + "\n")
	}
}

func (p textPrinter) para(s string) { p.w.WriteString(wrap(s, "", "", textWidth) + "\n") }

func (p textPrinter) bullet(s string) { p.w.WriteString(wrap(s, "  • ", "    ", textWidth) + "\n") }

func (p textPrinter) quote(speaker, text, where string) {
	p.w.WriteString(wrap(speaker+": “"+text+"” "+where, "  • ", "    ", textWidth) + "\n")
}

func (p textPrinter) variant(where string, ops []news.DiffOp) {
	var b strings.Builder
	b.WriteString(where + " wrote: ")
	for _, op := range ops {
		switch op.Op {
		case "omitted":
			b.WriteString("[-" + op.Text + "-] ")
		case "added":
			b.WriteString("{+" + op.Text + "+} ")
		default:
			b.WriteString(op.Text + " ")
		}
	}
	p.w.WriteString(wrap(strings.TrimSpace(b.String()), "      ", "      ", textWidth) + "\n")
}

func (p textPrinter) wording(where, how, text string) {
	p.w.WriteString(wrap(where+" "+how+": “"+text+"”", "      ", "      ", textWidth) + "\n")
}

// grid writes one line a row: a mark (●) or a dot under each column
// head, then the statement, cut to the line.
func (p textPrinter) grid(cols []string, rows []gridRow) {
	widths := make([]int, len(cols))
	var head strings.Builder
	head.WriteString("  ")
	for i, c := range cols {
		widths[i] = runeLen(c)
		head.WriteString(c + " ")
	}
	p.w.WriteString(strings.TrimRight(head.String(), " ") + "\n")
	for _, r := range rows {
		var b strings.Builder
		b.WriteString("  ")
		for i, m := range r.marks {
			mark := "·"
			if m {
				mark = "●"
			}
			b.WriteString(mark + strings.Repeat(" ", widths[i]))
		}
		line := b.String() + " "
		p.w.WriteString(line + cut(r.text, textWidth-runeLen(line)) + "\n")
	}
}

// cut shortens s to at most n runes, ending it with "…" when cut.
func cut(s string, n int) string {
	r := []rune(s)
	if len(r) <= n || n < 2 {
		return s
	}
	return strings.TrimRight(string(r[:n-1]), " ") + "…"
}

func (p textPrinter) blank() { p.w.WriteString("\n") }

func runeLen(s string) int { return len([]rune(s)) }

// wrap breaks s into lines of at most width runes, the first prefixed by
// first and the rest by rest.
func wrap(s, first, rest string, width int) string {
	var b strings.Builder
	line := first
	lineLen := runeLen(first)
	empty := true
	for _, word := range strings.Fields(s) {
		wl := runeLen(word)
		if !empty && lineLen+1+wl > width {
			b.WriteString(line + "\n")
			line, lineLen, empty = rest, runeLen(rest), true
		}
		if !empty {
			line += " "
			lineLen++
		}
		line += word
		lineLen += wl
		empty = false
	}
	b.WriteString(line)
	return b.String()
}
