// Package eval measures newsfold's stages against public benchmarks: the
// body extraction of an article-extraction benchmark and the grouping of
// articles into stories. It takes gold annotations and newsfold's output
// and gives the benchmarks' own scores, so that every quality claim is a
// command anyone can rerun.
package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"unicode"
)

// ExtractPage is one page's score on the body-extraction benchmark.
type ExtractPage struct {
	ID                    string
	Precision, Recall, F1 float64
}

// ExtractReport is the body-extraction metric of the public
// article-extraction benchmark: precision and recall of word 4-gram
// shingles, averaged over pages, and the F1 of the two averages.
type ExtractReport struct {
	Precision, Recall, F1 float64
	// Pages holds every gold page's score, worst F1 first.
	Pages []ExtractPage
}

// extractShingleSize is the number of words in one shingle.
const extractShingleSize = 4

// ScoreExtract scores predicted article bodies against gold ones, both by
// page ID. A page missing from pred counts as an empty prediction; pages
// not in gold are ignored. It reproduces the benchmark's reference scorer:
// words are runs of Unicode letters, digits and underscores; each page's
// true positives, false positives and false negatives are counted over
// shingle multisets; precision is averaged over pages with something
// predicted or matched, recall over pages with something in gold or
// matched; a page with no errors scores 1.
func ScoreExtract(gold map[string]string, pred map[string]string) ExtractReport {
	ids := make([]string, 0, len(gold))
	for id := range gold {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var rep ExtractReport
	var sumP, sumR float64
	var nP, nR int
	for _, id := range ids {
		tp, fp, fn := extractCounts(gold[id], pred[id])
		page := ExtractPage{ID: id, Precision: extractPrecision(tp, fp, fn), Recall: extractRecall(tp, fp, fn)}
		page.F1 = extractF1(page.Precision, page.Recall)
		if tp+fp > 0 {
			sumP += page.Precision
			nP++
		}
		if tp+fn > 0 {
			sumR += page.Recall
			nR++
		}
		rep.Pages = append(rep.Pages, page)
	}
	if nP > 0 {
		rep.Precision = sumP / float64(nP)
	}
	if nR > 0 {
		rep.Recall = sumR / float64(nR)
	}
	rep.F1 = extractF1(rep.Precision, rep.Recall)
	sort.SliceStable(rep.Pages, func(i, j int) bool { return rep.Pages[i].F1 < rep.Pages[j].F1 })
	return rep
}

// extractCounts returns the shingle true positives, false positives and
// false negatives of one page, normalised to sum to one (all zero when
// both texts have no words).
func extractCounts(gold, pred string) (tp, fp, fn float64) {
	a, b := extractShingles(gold), extractShingles(pred)
	var t, p, n int
	for k, ca := range a {
		cb := b[k]
		t += min(ca, cb)
		n += max(0, ca-cb)
	}
	for k, cb := range b {
		p += max(0, cb-a[k])
	}
	s := t + p + n
	if s == 0 {
		return 0, 0, 0
	}
	return float64(t) / float64(s), float64(p) / float64(s), float64(n) / float64(s)
}

func extractPrecision(tp, fp, fn float64) float64 {
	if fp == 0 && fn == 0 {
		return 1
	}
	if tp == 0 && fp == 0 {
		return 0
	}
	return tp / (tp + fp)
}

func extractRecall(tp, fp, fn float64) float64 {
	if fp == 0 && fn == 0 {
		return 1
	}
	if tp == 0 && fn == 0 {
		return 0
	}
	return tp / (tp + fn)
}

func extractF1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// extractShingles counts the word 4-grams of text; a text of fewer words
// than that is one shingle of all its words.
func extractShingles(text string) map[string]int {
	words := extractWords(text)
	out := make(map[string]int)
	if len(words) == 0 {
		return out
	}
	n := max(1, len(words)-extractShingleSize+1)
	for i := 0; i < n; i++ {
		end := min(i+extractShingleSize, len(words))
		out[strings.Join(words[i:end], "\x00")]++
	}
	return out
}

// extractWords splits text into words as Python's re \w+ does on str:
// runs of letters, numbers and underscores (combining marks split words).
func extractWords(text string) []string {
	var words []string
	start := -1
	for i, r := range text {
		if unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_' {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			words = append(words, text[start:i])
			start = -1
		}
	}
	if start >= 0 {
		words = append(words, text[start:])
	}
	return words
}

// LoadExtractGold reads the benchmark's ground truth, a JSON object of
// {ID: {"articleBody": ...}}, and returns the bodies by ID.
func LoadExtractGold(path string) (map[string]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load extraction gold: %w", err)
	}
	var raw map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("load extraction gold %s: %w", path, err)
	}
	gold := make(map[string]string, len(raw))
	for id, v := range raw {
		gold[id] = v.ArticleBody
	}
	return gold, nil
}
