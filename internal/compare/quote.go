package compare

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfold/newsfold/internal/news"
)

// quoteItem is one article's quotation, normalised for matching.
type quoteItem struct {
	art, root, para int
	text, speaker   string
	bare            bool     // quoted in the article's text, credited to no one
	speakerKey      string   // lower case
	keys            []string // the words as written
	match           []string // the words with contractions spelt out, for matching
	ids             []int    // the match words' ids
	joins           []int    // ids of neighbouring match words written as one (see quoteVocab.compounds)
	words           []int    // ids of the distinct match words, ascending
	lastSpeaker     string   // the last word of speakerKey
}

// Quotation matching: two wordings are one quotation when the shorter
// keeps quoteMinShare of its words, in order and close together, in the
// longer.
const (
	quoteMinShare = 0.7
	quoteMinWords = 3
)

// Quotations credited to different speakers are one only when the
// shorter stands nearly word for word in the longer: verbatimShare of
// its words and verbatimMinWords at least, as an article can credit a
// passage to the wrong person but two people rarely say the same
// sentence.
const (
	verbatimShare    = 0.9
	verbatimMinWords = 12
)

// Two wordings that share an unbroken run of stretchMinWords words are
// one quotation however much either adds around it, eight words in a row
// in quotation marks being one passage trimmed differently, when their
// speakers agree or one wording names the other's speaker (people do not
// quote themselves by name, so that credit is the mistaken one); a run of
// verbatimMinWords is one quotation whoever each article credits.
const stretchMinWords = 8

// Quotations both credited to one named speaker are one when they share
// an unbroken run of sameSpeakerRun words, two of them content words: a
// remark one article gives whole and another gives interrupted ("has
// been, in many cases, a race ...").
const sameSpeakerRun = 5

// matchQuotes lists the story's quotations and gathers those that are one
// quotation: members[k] lists the items of set k, or is empty.
func matchQuotes(arts []*news.Article, roots []int) ([]quoteItem, [][]int) {
	items, vocab := quoteItems(arts, roots)
	parent := make([]int, len(items))
	members := make([][]int, len(items))
	for i := range items {
		parent[i] = i
		members[i] = []int{i}
	}
	pairs := quotePairs(items, vocab)
	match := make(map[[2]int]bool, len(pairs))
	for _, p := range pairs {
		match[[2]int{p.i, p.j}] = true
	}
	addRepeats(match, items)
	for _, p := range pairs {
		a, b := parent[p.i], parent[p.j]
		if a == b || !allMatch(match, items, members[a], members[b]) ||
			quotesShareArticle(items, members[a], members[b]) && !fragments(match, items, members[a], members[b]) {
			continue
		}
		for _, k := range members[b] {
			parent[k] = a
		}
		members[a] = append(members[a], members[b]...)
		members[b] = nil
	}
	return items, members
}

// partOf reports whether wording p stands word for word in another
// wording among all that it matches: a cut of a passage another wording
// gives whole ("the river made this valley", within the whole
// speech), which need not match every other cut of it.
func partOf(match map[[2]int]bool, items []quoteItem, all []int, p int) bool {
	if len(items[p].ids) < quoteMinWords {
		return false
	}
	for _, z := range all {
		if z == p || !quoteMatch(match, p, z) || len(items[z].ids) < len(items[p].ids) || !holdsWords(items[z], items[p]) {
			continue
		}
		if run, _ := longestRunAt(items[p].ids, items[z].ids); run == len(items[p].ids) {
			return true
		}
	}
	return false
}

// holdsWords reports whether wording long has every word of part, a
// bound checked before looking for part as one run in long.
func holdsWords(long, part quoteItem) bool {
	return sharedCount(part.words, long.words) == len(part.words)
}

// addRepeats marks as matching two quotations of one article when the
// shorter stands word for word in the longer: an article repeating part
// of a passage it quotes whole ("a banker who never worked a field" in
// its lead) quotes one passage twice, so what matches the whole may
// join what matches the part.
func addRepeats(match map[[2]int]bool, items []quoteItem) {
	var buf []int
	for i := range items {
		for j := i + 1; j < len(items) && items[j].art == items[i].art; j++ {
			short, long := &items[i], &items[j]
			if len(short.ids) > len(long.ids) {
				short, long = long, short
			}
			if len(short.ids) < quoteMinWords || !holdsWords(*long, *short) {
				continue
			}
			a, b := short.ids, long.ids
			var run int
			run, _, buf = longestRunInto(a, b, buf)
			if run == len(a) {
				match[[2]int{i, j}] = true
			}
		}
	}
}

// quoteEntries gives one story quotation a set, those several originals
// carry first.
func quoteEntries(items []quoteItem, members [][]int, arts []*news.Article) []news.StoryQuote {
	type entry struct {
		q           news.StoryQuote
		roots       int
		first, para int
	}
	var entries []entry
	for _, m := range members {
		if len(m) == 0 {
			continue
		}
		sort.Ints(m)
		if bareAlone(items, m) {
			continue // a phrase one original quotes with no speaker
		}
		e := entry{q: storyQuote(items, m, arts), first: items[m[0]].art, para: items[m[0]].para}
		seen := map[int]bool{}
		for _, k := range m {
			seen[items[k].root] = true
		}
		e.roots = len(seen)
		entries = append(entries, e)
	}
	sort.SliceStable(entries, func(a, b int) bool {
		if entries[a].roots != entries[b].roots {
			return entries[a].roots > entries[b].roots
		}
		if entries[a].first != entries[b].first {
			return entries[a].first < entries[b].first
		}
		return entries[a].para < entries[b].para
	})
	out := make([]news.StoryQuote, len(entries))
	for i, e := range entries {
		out[i] = e.q
	}
	return out
}

// quoteItems lists every quotation of every article, dropping an
// article's exact repeats of its own quotation, and numbers their words.
func quoteItems(arts []*news.Article, roots []int) ([]quoteItem, *quoteVocab) {
	var items []quoteItem
	vocab := &quoteVocab{ids: map[string]int{}}
	var toks []token // scratch space for tokenizing
	for ai, a := range arts {
		seen := map[string]bool{}
		// settled holds texts whose words are empty or already seen, so
		// that whatever their marks, a text with the same words is
		// passed over untokenized (a quoted span is most often a
		// quotation the article credits, with a closing comma).
		settled := map[string]bool{}
		var credited []string // the article's quotations, words joined
		add := func(text, speaker string, para int, bare bool) {
			text = collapse(text)
			if bare && (settled[text] || settled[trimClosingMarks(text)]) {
				return
			}
			toks = appendTokens(toks[:0], text)
			keys := make([]string, 0, len(toks))
			for _, t := range toks {
				if t.Key != "" {
					keys = append(keys, t.Key)
				}
			}
			joined := strings.Join(keys, " ")
			if len(keys) == 0 || seen[joined] {
				settled[text] = true
				return
			}
			if bare {
				if len(keys) < quoteMinWords || titleSpan(keys, text) || within(joined, credited) {
					return
				}
			} else {
				credited = append(credited, joined)
			}
			seen[joined] = true
			settled[text] = true
			match := spellOut(keys)
			ids := make([]int, len(match))
			for i, k := range match {
				ids[i] = vocab.id(k)
			}
			words := slices.Clone(ids)
			slices.Sort(words)
			words = slices.Compact(words)
			speakerKey := strings.ToLower(strings.TrimSpace(speaker))
			items = append(items, quoteItem{art: ai, root: roots[ai], para: para, text: text, bare: bare,
				speaker: speaker, speakerKey: speakerKey, lastSpeaker: lastField(speakerKey),
				keys: keys, match: match, ids: ids, words: words})
		}
		for _, q := range a.Quotes {
			add(q.Text, q.Speaker, q.Paragraph, false)
		}
		for pi, p := range a.Paragraphs {
			for _, span := range quotedSpans(p) {
				add(span, "", pi, true)
			}
		}
	}
	// Compounds are looked up once every quotation's words are numbered.
	vocab.index()
	for i := range items {
		items[i].joins = vocab.compounds(items[i].match)
	}
	return items, vocab
}

// trimClosingMarks trims the commas and full stops that end text: they
// end its last word without changing the words of the text.
func trimClosingMarks(text string) string { return strings.TrimRight(text, ",.") }

// within reports whether the words joined stand inside one of texts, at
// word boundaries.
func within(joined string, texts []string) bool {
	for _, t := range texts {
		if t == joined || strings.Contains(" "+t+" ", " "+joined+" ") {
			return true
		}
	}
	return false
}

// quotePairs returns the pairs of quotations from different articles that
// are one quotation, closest first.
func quotePairs(items []quoteItem, vocab *quoteVocab) []scoredPair {
	var pairs []scoredPair
	var runBuf []int
	inB := make([]bool, len(vocab.words)) // the words of the wording ak is matched against
	inA := make([]bool, len(vocab.words)) // the words of items[i]
	for i := range items {
		for _, id := range items[i].words {
			inA[id] = true
		}
		for j := i + 1; j < len(items); j++ {
			a, b := &items[i], &items[j]
			if a.art == b.art {
				continue
			}
			shared := 0 // the words both hold, as sharedCount counts them
			for _, id := range b.words {
				if inA[id] {
					shared++
				}
			}
			if shared < sameSpeakerRun && float64(shared+1) < quoteMinShare*float64(min(len(a.words), len(b.words))) {
				continue // too few words in common, even counting a compound
			}
			agree := lastSpeakersAgree(a, b)
			ak, joinedA := joinCompounds(a.ids, a.joins, b.words)
			bk, joinedB := joinCompounds(b.ids, b.joins, a.words)
			if joinedA || joinedB {
				shared++ // a compound and its two words count as one shared word
			}
			short := min(len(ak), len(bk))
			named := a.speakerKey != "" && b.speakerKey != "" && agree
			need := stretchMinWords // the shortest run that can settle the pair
			if named {
				need = sameSpeakerRun
			}
			if shared >= sameSpeakerRun && runBound(ak, bk, inB) >= need {
				var run, at int
				run, at, runBuf = longestRunInto(ak, bk, runBuf)
				if run >= verbatimMinWords || run >= stretchMinWords && (agree || namesSpeaker(a, b) || namesSpeaker(b, a)) ||
					named && run >= sameSpeakerRun && contentIDs(ak[at-run:at], vocab) >= 2 {
					pairs = append(pairs, scoredPair{i, j, float64(run) / float64(short)})
					continue
				}
			}
			if float64(shared) < quoteMinShare*float64(min(len(a.words), len(b.words))) {
				continue
			}
			l, spanA, spanB := lcsSpan(ak, bk)
			if short < quoteMinWords {
				if len(ak) != len(bk) || l != short {
					continue
				}
			} else if l >= quoteMinWords && float64(l) >= quoteMinShare*float64(short) &&
				(!compact(spanA, l) || !compact(spanB, l)) {
				// The longest common subsequence can reach for a word far
				// off; the shorter may still stand close together in one
				// stretch of the longer.
				l = windowMatch(ak, bk)
			}
			if short >= quoteMinWords && (l < quoteMinWords || float64(l) < quoteMinShare*float64(short)) {
				continue
			}
			if !agree && (l < verbatimMinWords || float64(l) < verbatimShare*float64(short)) {
				continue // a speaker mistaken in one article, or two people's words
			}
			pairs = append(pairs, scoredPair{i, j, float64(l) / float64(short)})
		}
		for _, id := range items[i].words {
			inA[id] = false
		}
	}
	sort.SliceStable(pairs, func(x, y int) bool { return pairs[x].sim > pairs[y].sim })
	return pairs
}

// runBound bounds the longest run of words a and b share: the longest
// run of words of a that b holds anywhere. inB is scratch space, a
// false for every word id, left as it was found.
func runBound(a, b []int, inB []bool) int {
	for _, id := range b {
		inB[id] = true
	}
	best, cur := 0, 0
	for _, id := range a {
		if inB[id] {
			cur++
			best = max(best, cur)
		} else {
			cur = 0
		}
	}
	for _, id := range b {
		inB[id] = false
	}
	return best
}

// allMatch reports whether two groups of quotations are one quotation:
// every wording of a matches every wording of b, or both match the
// longest wording of the two groups (two trimmings of one passage), or
// one of the two stands whole in a wording it matches (partOf).
func allMatch(match map[[2]int]bool, items []quoteItem, a, b []int) bool {
	all := append(a[:len(a):len(a)], b...)
	var part map[int]bool // partOf of the wordings asked about, each worked out once
	isPart := func(k int) bool {
		v, ok := part[k]
		if !ok {
			if part == nil {
				part = make(map[int]bool, len(all))
			}
			v = partOf(match, items, all, k)
			part[k] = v
		}
		return v
	}
	for _, x := range a {
		for _, y := range b {
			if !quoteMatch(match, x, y) && hub(match, items, all, x, y) < 0 && !isPart(x) && !isPart(y) {
				return false
			}
		}
	}
	return true
}

// quoteMatch reports whether quotations x and y were paired.
func quoteMatch(match map[[2]int]bool, x, y int) bool {
	return x == y || match[[2]int{min(x, y), max(x, y)}]
}

// hub returns a quotation among cands, other than x and y and at least
// as long as the shorter of them, that matches both: the passage two
// trimmings of it come from. It returns -1 when there is none.
func hub(match map[[2]int]bool, items []quoteItem, cands []int, x, y int) int {
	short := min(len(items[x].keys), len(items[y].keys))
	for _, z := range cands {
		if z != x && z != y && len(items[z].keys) >= short && quoteMatch(match, x, z) && quoteMatch(match, y, z) {
			return z
		}
	}
	return -1
}

// windowMatch gives the most words of the shorter of a and b that stand,
// in order, within one stretch of the longer short enough to be compact,
// trying the stretches that open on a word of the shorter.
func windowMatch[T comparable](a, b []T) int {
	if len(a) > len(b) {
		a, b = b, a
	}
	width := int(1.5*float64(len(a))) + 3
	in := make(map[T]bool, len(a))
	for _, k := range a {
		in[k] = true
	}
	best := 0
	for j := range b {
		if !in[b[j]] {
			continue
		}
		w := b[j:min(len(b), j+width)]
		if l := lcsLen(a, w); l > best {
			best = l
			if best == len(a) {
				break
			}
		}
	}
	return best
}

// compact reports whether l shared words lie close enough together in a
// wording (over a span of words) to be one passage, not scattered
// common words.
func compact(span, l int) bool {
	return float64(span) <= 1.5*float64(l)+3
}

// fragments reports whether the quotations two sets share an article by
// are two parts of one passage another article gives whole: they do not
// match each other, and the longest wording of the two sets, which both
// match, comes from another article.
func fragments(match map[[2]int]bool, items []quoteItem, a, b []int) bool {
	var others []int // wordings of articles other than the shared ones
	for _, x := range append(a[:len(a):len(a)], b...) {
		others = append(others, x)
	}
	for _, x := range a {
		for _, y := range b {
			if items[x].art != items[y].art {
				continue
			}
			if quoteMatch(match, x, y) {
				continue // the article repeats part of its own quotation
			}
			var cands []int
			for _, z := range others {
				if items[z].art != items[x].art {
					cands = append(cands, z)
				}
			}
			if hub(match, items, cands, x, y) < 0 {
				return false
			}
		}
	}
	return true
}

func quotesShareArticle(items []quoteItem, a, b []int) bool {
	for _, x := range a {
		for _, y := range b {
			if items[x].art == items[y].art {
				return true
			}
		}
	}
	return false
}

// lastSpeakersAgree reports whether the lower-case speakers of two
// quotations may be the same person: one is unknown, one name holds the
// other, or their last words agree (found beforehand).
func lastSpeakersAgree(a, b *quoteItem) bool {
	x, y := a.speakerKey, b.speakerKey
	if x == "" || y == "" || x == y || strings.Contains(x, y) || strings.Contains(y, x) {
		return true
	}
	return a.lastSpeaker == b.lastSpeaker
}

// lastField returns the last white-space-separated field of s, as the
// last of strings.Fields would be, or "" when s has none.
func lastField(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return s
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return s[i+size:]
}

// sharedCount counts the values two ascending lists of distinct ints share.
func sharedCount(a, b []int) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// storyQuote builds the entry for one matched set of quotations.
func storyQuote(items []quoteItem, m []int, arts []*news.Article) news.StoryQuote {
	main := m[0]
	for _, k := range m {
		if len(items[k].keys) > len(items[main].keys) {
			main = k
		}
	}
	q := news.StoryQuote{Text: items[main].text, Speaker: commonSpeaker(items, m)}
	wordings := map[string]bool{}
	for _, k := range m {
		id := arts[items[k].art].ID
		if len(q.Articles) == 0 || q.Articles[len(q.Articles)-1] != id {
			q.Articles = append(q.Articles, id)
		}
		wordings[strings.Join(items[k].keys, " ")] = true
	}
	if len(wordings) < 2 {
		return q
	}
	for _, k := range m {
		q.Variants = append(q.Variants, news.QuoteVariant{
			Article: arts[items[k].art].ID,
			Text:    items[k].text,
			Diff:    DiffWords(q.Text, items[k].text),
		})
	}
	return q
}

// commonSpeaker is the speaker most articles name, the fullest name on a
// tie.
func commonSpeaker(items []quoteItem, m []int) string {
	count := map[string]int{}
	for _, k := range m {
		if s := strings.TrimSpace(items[k].speaker); s != "" {
			count[s]++
		}
	}
	best := ""
	for s, n := range count {
		if n > count[best] || (n == count[best] && (len(s) > len(best) || (len(s) == len(best) && s < best))) {
			best = s
		}
	}
	return best
}

// longestRunAt gives the length of the longest unbroken run of words a
// and b share, and where it ends in a.
func longestRunAt[T comparable](a, b []T) (run, end int) {
	run, end, _ = longestRunInto(a, b, nil)
	return run, end
}

// longestRunInto is longestRunAt using buf as scratch space; it returns
// the scratch space for the next call.
func longestRunInto[T comparable](a, b []T, buf []int) (run, end int, scratch []int) {
	if slices.Equal(a, b) {
		return len(a), len(a), buf // two same wordings: the whole is the run
	}
	// row[j+1] is the run ending at a[i] and b[j]; walking b backwards
	// lets one row stand for the previous one too.
	n := len(b) + 1
	if cap(buf) < n {
		buf = make([]int, n)
	}
	row := buf[:n]
	clear(row)
	best := 0
	for i, x := range a {
		for j := len(b) - 1; j >= 0; j-- {
			if x != b[j] {
				row[j+1] = 0
				continue
			}
			v := row[j] + 1
			row[j+1] = v
			if v > best {
				best, end = v, i+1
			}
		}
	}
	return best, end, buf
}

// contentIDs counts the content words among the word ids of vocab.
func contentIDs(ids []int, vocab *quoteVocab) int {
	n := 0
	for _, id := range ids {
		if isContent(vocab.words[id]) {
			n++
		}
	}
	return n
}

// bareAlone reports whether a set of quotations is only bare spans of one
// original.
func bareAlone(items []quoteItem, m []int) bool {
	for _, k := range m {
		if !items[k].bare || items[k].root != items[m[0]].root {
			return false
		}
	}
	return true
}

// namesSpeaker reports whether quotation q names the speaker other is
// credited to, by the last word of the name.
func namesSpeaker(q, other *quoteItem) bool {
	last := lastField(other.speakerKey)
	if last == "" {
		return false
	}
	for _, k := range q.keys {
		if k == last || strings.TrimSuffix(k, "'s") == last {
			return true
		}
	}
	return false
}
