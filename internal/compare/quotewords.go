package compare

import (
	"slices"
	"strings"
)

// Quotations are matched on their words with contractions spelt out, so
// that "he's" meets "he is" and "don't" meets "do not", and with a
// closed compound meeting its two words ("worldview", "world view").

// contractionPronouns are the words whose "'s" is "is" rather than a
// possessive.
var contractionPronouns = map[string]bool{
	"he": true, "she": true, "it": true, "that": true, "there": true, "what": true,
	"who": true, "here": true, "where": true, "how": true, "this": true,
}

// irregularNegations are the negative contractions whose first part is
// not the verb as written.
var irregularNegations = map[string][2]string{
	"can't": {"can", "not"}, "won't": {"will", "not"}, "shan't": {"shall", "not"},
	"ain't": {"is", "not"}, "cannot": {"can", "not"},
}

// contractionEndings spell out the other contractions.
var contractionEndings = []struct{ suffix, word string }{
	{"'re", "are"}, {"'ve", "have"}, {"'m", "am"}, {"'ll", "will"}, {"'d", "would"},
}

// spellOut returns keys with contractions written as two words.
func spellOut(keys []string) []string {
	var out []string
	for i, k := range keys {
		if !strings.Contains(k, "'") && k != "cannot" {
			if out != nil {
				out = append(out, k)
			}
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(keys)+4), keys[:i]...)
		}
		out = append(out, splitContraction(k)...)
	}
	if out == nil {
		return keys
	}
	return out
}

// splitContraction gives the words of one contracted key, or the key
// itself.
func splitContraction(k string) []string {
	if pair, ok := irregularNegations[k]; ok {
		return pair[:]
	}
	if stem, ok := strings.CutSuffix(k, "n't"); ok && stem != "" {
		return []string{stem, "not"}
	}
	if stem, ok := strings.CutSuffix(k, "'s"); ok && contractionPronouns[stem] {
		return []string{stem, "is"}
	}
	if k == "let's" {
		return []string{"let", "us"}
	}
	for _, c := range contractionEndings {
		if stem, ok := strings.CutSuffix(k, c.suffix); ok && stem != "" {
			return []string{stem, c.word}
		}
	}
	return []string{k}
}

// quoteVocab numbers the words of a story's quotations, so that
// wordings are compared as ids rather than strings.
type quoteVocab struct {
	ids   map[string]int
	words []string // words[id] is the word
	// shapes marks, by opening byte, the lengths under maxShape bytes
	// of the words numbered when index was called, so that compounds
	// looks up only joined words some word could be.
	shapes *[256]uint64
	recent [128]recentID
}

// maxShape bounds the word lengths shapes records; longer joined words
// are always looked up.
const maxShape = 64

// index records the shapes of the words numbered so far.
func (v *quoteVocab) index() {
	v.shapes = new([256]uint64)
	for _, w := range v.words {
		if len(w) > 0 && len(w) < maxShape {
			v.shapes[w[0]] |= 1 << len(w)
		}
	}
}

// mayHold reports whether the word a and b joined may be numbered.
func (v *quoteVocab) mayHold(a, b string) bool {
	n := len(a) + len(b)
	if v.shapes == nil || a == "" || n >= maxShape {
		return true
	}
	return v.shapes[a[0]]&(1<<n) != 0
}

// id returns w's id, numbering w when it is new. A small table of
// recent words spares most map lookups.
func (v *quoteVocab) id(w string) int {
	var r *recentID
	if w != "" {
		r = &v.recent[(uint(len(w))*31+uint(w[0])*7+uint(w[len(w)-1]))%uint(len(v.recent))]
		if r.set && r.word == w {
			return r.id
		}
	}
	id, ok := v.ids[w]
	if !ok {
		id = len(v.words)
		v.ids[w] = id
		v.words = append(v.words, w)
	}
	if r != nil {
		*r = recentID{w, id, true}
	}
	return id
}

// recentID is a word met lately and its id.
type recentID struct {
	word string
	id   int
	set  bool
}

// compounds gives, for every word of match but the last, the id of it
// and the next word written as one, when that is long enough to be a
// closed compound and some quotation holds it as a word, else -1; nil
// when there is none at all.
func (v *quoteVocab) compounds(match []string) []int {
	var out []int
	var buf []byte
	for i := 0; i+1 < len(match); i++ {
		if len(match[i])+len(match[i+1]) < 6 || !v.mayHold(match[i], match[i+1]) {
			continue
		}
		buf = append(append(buf[:0], match[i]...), match[i+1]...)
		id, ok := v.ids[string(buf)]
		if !ok {
			continue
		}
		if out == nil {
			out = make([]int, len(match)-1)
			for k := range out {
				out[k] = -1
			}
		}
		out[i] = id
	}
	return out
}

// joinCompounds returns the word ids a with every two neighbouring words
// joined when inB, the ascending distinct word ids of another wording,
// holds them as one word (joins as compounds gives), and whether it
// joined any.
func joinCompounds(a, joins, inB []int) ([]int, bool) {
	if joins == nil {
		return a, false
	}
	var out []int
	for i := 0; i < len(a); i++ {
		if i+1 < len(a) && joins[i] >= 0 && holds(inB, joins[i]) {
			if out == nil {
				out = append(make([]int, 0, len(a)), a[:i]...)
			}
			out = append(out, joins[i])
			i++
			continue
		}
		if out != nil {
			out = append(out, a[i])
		}
	}
	if out == nil {
		return a, false
	}
	return out, true
}

// holds reports whether the ascending list ids holds id.
func holds(ids []int, id int) bool {
	_, ok := slices.BinarySearch(ids, id)
	return ok
}
