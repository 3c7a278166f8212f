package cluster

import (
	"math"
	"strings"
	"unicode"

	"github.com/newsfold/newsfold/internal/news"
)

// kind is one part of an article's description: what it is about, who and
// where it names, and the figures it gives.
type kind int

const (
	kindTerm   kind = iota // salient ordinary words
	kindName               // people, organisations and places
	kindNumber             // figures and dates written in the text
	numKinds
)

// Weights of where a word stands: a headline word counts more than a lead
// word, which counts more than a body word.
const (
	titleWeight = 3
	leadWeight  = 2
	bodyWeight  = 1
	leadParas   = 2
)

// bag is one part of an article's description: each feature with its
// weighted count.
type bag map[string]float64

// features are the bags describing one article, before weighting by
// rarity.
type features [numKinds]bag

// describe reads what identifies the event a reports.
func describe(a *news.Article) features {
	var f features
	for k := range f {
		f[k] = bag{}
	}
	type block struct {
		toks   []token
		weight float64
		title  bool
	}
	var blocks []block
	if a.Title != "" {
		blocks = append(blocks, block{tokenize(a.Title), titleWeight, true})
	}
	for i, p := range a.Paragraphs {
		w := float64(bodyWeight)
		if i < leadParas {
			w = leadWeight
		}
		toks := tokenize(p)
		blocks = append(blocks, block{toks, w, isTitleCase(toks)})
	}

	// A capitalised word is a name when the article also writes it
	// capitalised inside a sentence of ordinary prose.
	confirmed := map[string]bool{}
	for _, b := range blocks {
		if b.title {
			continue
		}
		for _, t := range b.toks {
			if t.capital && !t.initial && !t.digit && !nameStopWords[t.lower] {
				confirmed[t.lower] = true
			}
		}
	}

	for _, b := range blocks {
		var run []string
		flush := func() {
			if len(run) > 1 {
				f[kindName][strings.Join(run, " ")] += b.weight
			}
			run = run[:0]
		}
		for _, t := range b.toks {
			isName := t.capital && confirmed[t.lower]
			switch {
			case isName:
				f[kindName][t.lower] += b.weight
				run = append(run, t.lower)
				continue
			case t.digit:
				if n := normalizeNumber(t.text); n != "" {
					f[kindNumber][n] += b.weight
				}
			default:
				if w := termOf(t.lower); w != "" {
					f[kindTerm][w] += b.weight
				}
			}
			flush()
		}
		flush()
	}

	for _, b := range blocks {
		for _, d := range writtenDates(b.toks) {
			f[kindNumber][d] += b.weight
		}
	}

	for _, e := range a.Entities {
		addName(f[kindName], e.Name, leadWeight)
	}
	if a.Dateline != nil {
		addName(f[kindName], a.Dateline.Place, leadWeight)
	}
	return f
}

// addName adds a name given whole, word by word and as one phrase.
func addName(b bag, name string, w float64) {
	var words []string
	for _, t := range tokenize(name) {
		if t.digit || nameStopWords[t.lower] {
			continue
		}
		words = append(words, t.lower)
		b[t.lower] += w
	}
	if len(words) > 1 {
		b[strings.Join(words, " ")] += w
	}
}

// isTitleCase reports whether a line is a headline written with most
// words capitalised, where capitals do not mark names.
func isTitleCase(toks []token) bool {
	long, caps := 0, 0
	for _, t := range toks {
		if len(t.lower) < 4 || t.digit {
			continue
		}
		long++
		if t.capital {
			caps++
		}
	}
	return long >= 2 && caps*10 >= long*6
}

// termOf returns the feature of an ordinary word, or "" when the word
// says nothing on its own.
func termOf(w string) string {
	if len(w) < 3 || stopWords[w] {
		return ""
	}
	w = stem(w)
	if len(w) < 3 || stopWords[w] {
		return ""
	}
	return w
}

// stem strips English plural endings, so "quakes" and "quake" agree.
func stem(w string) string {
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 4 && (strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "xes")):
		return w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:len(w)-1]
	}
	return w
}

// normalizeNumber gives one spelling of a figure: thousands separators
// dropped, trailing punctuation cut. It returns "" for a lone digit,
// which is too common to tell events apart.
func normalizeNumber(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r == ',' {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	n := strings.TrimRight(b.String(), ".")
	if len(n) < 2 {
		return ""
	}
	return n
}

// sublinear damps repeated mentions: 1 + ln(count).
func sublinear(c float64) float64 {
	if c <= 0 {
		return 0
	}
	if c < 1 {
		return c
	}
	return 1 + math.Log(c)
}
