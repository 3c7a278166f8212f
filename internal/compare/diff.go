package compare

import (
	"strings"

	"github.com/newsfold/newsfold/internal/news"
)

// Word diff operations.
const (
	OpSame    = "same"
	OpOmitted = "omitted" // in the main wording only
	OpAdded   = "added"   // in the variant only
)

// maxDiffCells bounds the longest-common-subsequence table; longer texts
// are compared by their common ends only.
const maxDiffCells = 4 << 20

// DiffWords compares a variant wording with the main wording word by
// word, matching words regardless of case, punctuation and brackets
// ("[must]" matches "must"). It returns runs of words the two share
// (as the variant writes them), words of the main wording the variant
// lacks, and words only the variant has. An ellipsis in the variant that
// stands where main words are missing is moved into that omitted run,
// which then starts with "… "; dashes and other punctuation stay with the
// variant's words.
func DiffWords(main, variant string) []news.DiffOp {
	mt, vt := tokenize(main), tokenize(variant)
	var mw []token
	mpunct := map[int][]string{} // punctuation of the main wording before word i
	for _, t := range mt {
		if t.Key == "" {
			mpunct[len(mw)] = append(mpunct[len(mw)], t.Raw)
			continue
		}
		mw = append(mw, t)
	}
	// vw holds the variant's words; punct[k] the punctuation before word k.
	var vw []token
	punct := map[int][]string{}
	for _, t := range vt {
		if t.Key == "" {
			punct[len(vw)] = append(punct[len(vw)], t.Raw)
			continue
		}
		vw = append(vw, t)
	}
	steps := alignWords(mw, vw)
	var ops []news.DiffOp
	emit := func(op, text string) {
		if n := len(ops); n > 0 && ops[n-1].Op == op {
			ops[n-1].Text += " " + text
			return
		}
		ops = append(ops, news.DiffOp{Op: op, Text: text})
	}
	i, j := 0, 0
	prevVariantOp := ""
	for _, op := range steps {
		switch op {
		case OpOmitted:
			text := mw[i].Raw
			inRun := len(ops) > 0 && ops[len(ops)-1].Op == OpOmitted
			if p := mpunct[i]; inRun && len(p) > 0 {
				text = strings.Join(p, " ") + " " + text // "we -- well" stays whole
			}
			if p := punct[j]; len(p) > 0 && isEllipsis(p[0]) && !inRun {
				text = "… " + text
				punct[j] = p[1:]
			}
			emit(OpOmitted, text)
			i++
		default:
			pop := op // punctuation goes with the variant's previous word
			if prevVariantOp != "" {
				pop = prevVariantOp
			}
			for _, p := range punct[j] {
				emit(pop, p)
			}
			prevVariantOp = op
			delete(punct, j)
			emit(op, vw[j].Raw)
			if op == OpSame {
				i++
			}
			j++
		}
	}
	if p := punct[len(vw)]; len(p) > 0 {
		op := OpSame
		if prevVariantOp != "" {
			op = prevVariantOp
		}
		for _, x := range p {
			emit(op, x)
		}
	}
	return ops
}

func isEllipsis(s string) bool {
	return strings.Trim(s, ".…") == "" && (strings.Contains(s, "…") || strings.Count(s, ".") >= 3)
}

// alignWords returns the edit steps (OpSame, OpOmitted, OpAdded) that turn
// a into b, keeping a longest common subsequence of their keys and putting
// omissions before additions.
func alignWords(a, b []token) []string {
	n, m := len(a), len(b)
	pre := 0
	for pre < n && pre < m && a[pre].Key == b[pre].Key {
		pre++
	}
	suf := 0
	for suf < n-pre && suf < m-pre && a[n-1-suf].Key == b[m-1-suf].Key {
		suf++
	}
	steps := make([]string, 0, n+m)
	for k := 0; k < pre; k++ {
		steps = append(steps, OpSame)
	}
	mid := func(x, y []token) []string {
		var out []string
		if len(x)*len(y) > maxDiffCells {
			for range x {
				out = append(out, OpOmitted)
			}
			for range y {
				out = append(out, OpAdded)
			}
			return out
		}
		// l[i][j] = length of the LCS of x[i:] and y[j:].
		w := len(y) + 1
		l := make([]int32, (len(x)+1)*w)
		for i := len(x) - 1; i >= 0; i-- {
			for j := len(y) - 1; j >= 0; j-- {
				if x[i].Key == y[j].Key {
					l[i*w+j] = l[(i+1)*w+j+1] + 1
				} else {
					l[i*w+j] = max(l[(i+1)*w+j], l[i*w+j+1])
				}
			}
		}
		i, j := 0, 0
		for i < len(x) || j < len(y) {
			switch {
			case i < len(x) && j < len(y) && x[i].Key == y[j].Key:
				out = append(out, OpSame)
				i++
				j++
			case j == len(y) || (i < len(x) && l[(i+1)*w+j] >= l[i*w+j+1]):
				out = append(out, OpOmitted)
				i++
			default:
				out = append(out, OpAdded)
				j++
			}
		}
		return out
	}
	steps = append(steps, mid(a[pre:n-suf], b[pre:m-suf])...)
	for k := 0; k < suf; k++ {
		steps = append(steps, OpSame)
	}
	slideLeft(steps, a, b)
	return steps
}

// slideLeft moves every run of only omissions or only additions as far
// left as the same words allow, so "we [think -- we] know" reads
// "[we think --] we know".
func slideLeft(steps []string, a, b []token) {
	i, j := 0, 0 // words of a and b before steps[k]
	for k := 0; k < len(steps); k++ {
		op := steps[k]
		if op == OpSame {
			i++
			j++
			continue
		}
		e := k
		for e < len(steps) && steps[e] == op {
			e++
		}
		n := e - k
		start := k
		for start > 0 && steps[start-1] == OpSame {
			// The same word before the run equals the run's last word:
			// swap them.
			var before, last string
			if op == OpOmitted {
				before, last = a[i-1].Key, a[i+n-1].Key
			} else {
				before, last = b[j-1].Key, b[j+n-1].Key
			}
			if before != last {
				break
			}
			steps[start-1], steps[start+n-1] = op, OpSame
			start--
			i--
			j--
		}
		// Skip past the run from its new place.
		for k = start; k < start+n; k++ {
			if op == OpOmitted {
				i++
			} else {
				j++
			}
		}
		// Same steps displaced behind the run.
		for k < e {
			i++
			j++
			k++
		}
		k--
	}
}

// lcsLen returns the length of the longest common subsequence of two key
// sequences, in linear memory.
func lcsLen[T comparable](a, b []T) int {
	if len(a) < len(b) {
		a, b = b, a
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			if a[i] == b[j] {
				cur[j+1] = prev[j] + 1
			} else {
				cur[j+1] = max(cur[j], prev[j+1])
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// lcsSpan returns the length of a longest common subsequence of a and b
// and how many words it spans in each, from its first shared word to its
// last.
func lcsSpan[T comparable](a, b []T) (l, spanA, spanB int) {
	if len(a)*len(b) > maxDiffCells {
		return lcsLen(a, b), len(a), len(b)
	}
	w := len(b) + 1
	t := make([]int32, (len(a)+1)*w)
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				t[i*w+j] = t[(i+1)*w+j+1] + 1
			} else {
				t[i*w+j] = max(t[(i+1)*w+j], t[i*w+j+1])
			}
		}
	}
	l = int(t[0])
	if l == 0 {
		return 0, 0, 0
	}
	// A shared word early on can stretch the spans of the first
	// subsequence found; one that starts as late as it can is tighter
	// then. The tighter of the two is taken.
	ea, eb := lcsTrace(a, b, t, w, false)
	la, lb := lcsTrace(a, b, t, w, true)
	if la+lb < ea+eb {
		return l, la, lb
	}
	return l, ea, eb
}

// lcsTrace follows the table t of lcsSpan along one longest common
// subsequence, taking shared words as soon as it can, or, with late,
// only once skipping them would lose length, and gives its spans.
func lcsTrace[T comparable](a, b []T, t []int32, w int, late bool) (spanA, spanB int) {
	firstA, firstB, lastA, lastB := -1, -1, -1, -1
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case late && firstA < 0 && t[i*w+j+1] == t[i*w+j]:
			j++
		case late && firstA < 0 && t[(i+1)*w+j] == t[i*w+j]:
			i++
		case a[i] == b[j]:
			if firstA < 0 {
				firstA, firstB = i, j
			}
			lastA, lastB = i, j
			i++
			j++
		case t[(i+1)*w+j] >= t[i*w+j+1]:
			i++
		default:
			j++
		}
	}
	return lastA - firstA + 1, lastB - firstB + 1
}
