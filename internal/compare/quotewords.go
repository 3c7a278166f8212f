package compare

import "strings"

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

// joinCompounds returns a with every two neighbouring words joined when
// inB, the words of another wording, holds them as one word, and whether
// it joined any.
func joinCompounds(a []string, inB map[string]bool) ([]string, bool) {
	if len(a) < 2 {
		return a, false
	}
	var out []string
	var buf []byte
	for i := 0; i < len(a); i++ {
		if i+1 < len(a) && len(a[i])+len(a[i+1]) >= 6 {
			buf = append(append(buf[:0], a[i]...), a[i+1]...)
			if inB[string(buf)] {
				if out == nil {
					out = append(make([]string, 0, len(a)), a[:i]...)
				}
				out = append(out, string(buf))
				i++
				continue
			}
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

// wordSet gives the set of words.
func wordSet(words []string) map[string]bool {
	set := make(map[string]bool, len(words))
	for _, w := range words {
		set[w] = true
	}
	return set
}
