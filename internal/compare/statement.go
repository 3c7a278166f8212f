package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfold/newsfold/internal/news"
)

// statement is one sentence of one article, with what alignment needs.
type statement struct {
	art  int     // index of the article in the story
	para int     // index of the paragraph in the article
	root int     // index of the original the article copies, or art itself
	rank int     // sentence index in the article
	pos  float64 // relative position in the article, 0 first to 1 last
	text string
	toks []token // the words of text

	vec     []termWeight // tf-idf content-word vector, unit length
	names   []string     // capitalised words after the first, lower-cased
	nameIDs []int        // names numbered across the story, for similarity
	opener  string       // the first word when capitalised and not a stop word
	people  []string     // canonical names of the article's people written in it
	numbers []numberSlot
	dates   []news.Date // explicit calendar dates written in the sentence

	quoteShare float64 // share of letters inside quotation marks
	ownName    bool    // holds a name no other article of the story writes
	boiler     bool
	// titled is set when a word of the sentence, or of the dateline
	// stripped from it, may be a title word: titleConflicts reads only
	// the paragraphs of such sentences.
	titled  bool
	content int // number of content words
	words   int
}

type termWeight struct {
	term int
	w    float64
}

// articleRoots maps every article to the index of the original it copies,
// following DuplicateOf chains within the story.
func articleRoots(arts []*news.Article) []int {
	byID := make(map[string]int, len(arts))
	for i, a := range arts {
		if _, ok := byID[a.ID]; !ok {
			byID[a.ID] = i
		}
	}
	roots := make([]int, len(arts))
	for i := range arts {
		r := i
		for hops := 0; hops < len(arts); hops++ {
			j, ok := byID[arts[r].DuplicateOf]
			if arts[r].DuplicateOf == "" || !ok || j == r {
				break
			}
			r = j
		}
		roots[i] = r
	}
	return roots
}

// buildStatements splits every article into sentences and describes them.
// Term ids come from dict.
func buildStatements(arts []*news.Article, roots []int, dict map[string]int) []*statement {
	var out []*statement
	size := storyBytes(arts)
	counts := &termCounter{byKey: make(map[string]wordInfo, size/wordsBytes), tokBlock: make([]token, 0, size/tokenBytes+64)}
	var sents []string
	var paras []int      // the paragraph of every sentence
	var datelined []bool // the sentence opened with a dateline that may hold a title word
	for ai, a := range arts {
		sents, paras, datelined = sents[:0], paras[:0], datelined[:0]
		for pi, p := range a.Paragraphs {
			sents = appendSentences(sents, p)
			for len(paras) < len(sents) {
				paras = append(paras, pi)
			}
		}
		kept, keptParas := sents[:0], paras[:0]
		for k, s := range sents {
			rest := stripDateline(s)
			if rest == "" {
				continue
			}
			kept, keptParas = append(kept, rest), append(keptParas, paras[k])
			datelined = append(datelined, len(rest) < len(s) && mayHoldTitle(s[:len(s)-len(rest)]))
		}
		mine := make([]statement, len(kept)) // one block for the article's statements
		for i, s := range kept {
			st := &mine[i]
			fillStatement(st, ai, roots[ai], s, dict, counts)
			st.para = keptParas[i]
			st.titled = st.titled || datelined[i]
			st.people = addEntities(st, a, s)
			st.rank = i
			if len(mine) > 1 {
				st.pos = float64(i) / float64(len(mine)-1)
			}
			out = append(out, st)
		}
	}
	// A sentence's first word is a name only if the story writes it
	// capitalised inside a sentence too.
	names := map[string]bool{}
	for _, st := range out {
		for _, n := range st.names {
			names[n] = true
		}
	}
	for _, st := range out {
		if !names[st.opener] {
			st.opener = ""
		}
	}
	ids := make(map[string]int, len(names))
	for _, st := range out {
		st.nameIDs = make([]int, len(st.names))
		for k, n := range st.names {
			id, ok := ids[n]
			if !ok {
				id = len(ids)
				ids[n] = id
			}
			st.nameIDs[k] = id
		}
	}
	return out
}

// wordsBytes is about how many bytes of a story's text bring one word
// it has not written before: the story's maps are sized from it, room
// for most words made at once instead of by growing.
const wordsBytes = 24

// tokenBytes is about how many bytes of text make one token, a word
// and the space after it.
const tokenBytes = 6

// storyBytes is the length of the articles' paragraphs.
func storyBytes(arts []*news.Article) int {
	n := 0
	for _, a := range arts {
		for _, p := range a.Paragraphs {
			n += len(p)
		}
	}
	return n
}

// fillStatement describes one sentence in st; counts is scratch space
// shared by the statements of a story.
func fillStatement(st *statement, art, root int, text string, dict map[string]int, counts *termCounter) {
	toks := counts.tokenize(text)
	*st = statement{art: art, root: root, text: text, toks: toks}
	tf := counts.scratch[:0] // term counts, in order of first use
	mayFigure, mayDate := false, false
	for i, t := range toks {
		if t.Key != "" {
			st.words++
		}
		w := counts.word(t.Key, dict)
		mayFigure, mayDate = mayFigure || w.mayFigure, mayDate || w.mayDate
		st.titled = st.titled || w.title
		id := int(w.id)
		if id == notContent {
			continue
		}
		st.content++
		if id == figure {
			continue // numbers are compared as slots, not as words
		}
		if unicode.IsUpper(firstRune(trimOpeners(t.Raw))) && !monthNames[t.Key] && !weekdays[t.Key] {
			if i > 0 {
				st.names = append(st.names, t.Key)
			} else {
				st.opener = t.Key
			}
		}
		tf = counts.add(tf, id)
	}
	st.quoteShare = quotedShare(text)
	if mayFigure {
		st.numbers = numberSlots(toks)
	}
	if mayDate {
		st.dates = explicitDates(toks)
	}
	counts.reset(tf)
	counts.scratch = tf
	st.boiler = isBoilerplate(text, toks, st.content)
	if st.boiler {
		return // furniture is never aligned
	}
	st.vec = counts.keep(tf)
}

// termCounter counts the terms of one sentence at a time: pos maps a
// term id to 1 + its place in the sentence's counts, or 0. byKey
// remembers what word gives of every word key met in the story, and
// recent the last key met in each of its slots.
type termCounter struct {
	pos    []int
	byKey  map[string]wordInfo
	recent [256]struct {
		key  string
		info wordInfo
		set  bool
	}
	scratch []termWeight // a sentence's counts while they are taken
	block   []termWeight // room for the vectors of later sentences

	tokBlock []token // room for the tokens of later sentences
}

// tokenize is tokenize with the tokens written straight into the free
// end of a larger block when they fit there.
func (c *termCounter) tokenize(text string) []token {
	free := cap(c.tokBlock) - len(c.tokBlock)
	toks := appendTokens(c.tokBlock[len(c.tokBlock):len(c.tokBlock)], text)
	if cap(toks) == free { // written in the block
		c.tokBlock = c.tokBlock[:len(c.tokBlock)+len(toks)]
		return toks[:len(toks):len(toks)]
	}
	// Too many for what is left: toks has a place of its own, and the
	// next sentences a new block.
	c.tokBlock = make([]token, 0, 1024)
	return toks
}

// keep copies a sentence's counts to a vector of their own, carved from
// a larger block; an empty vector is empty but not nil.
func (c *termCounter) keep(tf []termWeight) []termWeight {
	if cap(c.block)-len(c.block) < len(tf) || c.block == nil {
		c.block = make([]termWeight, 0, max(512, len(tf)))
	}
	start := len(c.block)
	c.block = append(c.block, tf...)
	return c.block[start:len(c.block):len(c.block)]
}

// What termID gives for a word that is no term.
const (
	notContent = -1 // a stop word or punctuation
	figure     = -2 // a number, compared as a slot
)

// wordInfo is what a sentence's description needs of a word key: its
// term id (or notContent or figure), and whether it can make a figure
// (numberSlots) or name a month (explicitDates).
type wordInfo struct {
	id                 int32
	mayFigure, mayDate bool
	title              bool // a title word (titleWords)
}

// word returns what the sentence needs of word key, numbering its term
// in dict when it is new. A small table of recent keys spares most map
// lookups: a story repeats its common words over and over.
func (c *termCounter) word(key string, dict map[string]int) wordInfo {
	if key == "" {
		return wordInfo{id: notContent}
	}
	r := &c.recent[(uint(len(key))*31+uint(key[0])*7+uint(key[len(key)-1]))%uint(len(c.recent))]
	if r.key == key && r.set {
		return r.info
	}
	info, ok := c.byKey[key]
	if !ok {
		info = wordInfo{
			id:        int32(c.termID(key, dict)),
			mayFigure: '0' <= key[0] && key[0] <= '9' || numberWords[key] > 0,
			mayDate:   monthNumber(key) != 0,
			title:     titleWords[key],
		}
		if c.byKey == nil {
			c.byKey = map[string]wordInfo{}
		}
		c.byKey[key] = info
	}
	r.key, r.info, r.set = key, info, true
	return info
}

// termID returns the id in dict of the term of word key, numbering the
// term when it is new; notContent or figure for a word that is no term.
func (c *termCounter) termID(key string, dict map[string]int) int {
	if !isContent(key) || isNumberKey(key) {
		if isContent(key) {
			return figure
		}
		return notContent
	}
	term := termOf(key)
	id, ok := dict[term]
	if !ok {
		id = len(dict)
		dict[term] = id
	}
	return id
}

// add counts one more use of term id in tf.
func (c *termCounter) add(tf []termWeight, id int) []termWeight {
	for id >= len(c.pos) {
		c.pos = append(c.pos, 0)
	}
	if p := c.pos[id]; p > 0 {
		tf[p-1].w++
		return tf
	}
	tf = append(tf, termWeight{id, 1})
	c.pos[id] = len(tf)
	return tf
}

// reset forgets the terms of tf, ready for the next sentence.
func (c *termCounter) reset(tf []termWeight) {
	for _, tw := range tf {
		c.pos[tw.term] = 0
	}
}

// quotedShare is the share of letters that stand inside double quotes.
func quotedShare(text string) float64 {
	if strings.IndexByte(text, '"') < 0 && !strings.Contains(text, "“") {
		return 0 // no quotation opens: no letter stands inside one
	}
	in := false
	letters, quoted := 0, 0
	for i := 0; i < len(text); i++ {
		if c := text[i]; c < utf8.RuneSelf {
			if c == '"' {
				in = !in
			} else if 'a' <= c|0x20 && c|0x20 <= 'z' {
				letters++
				if in {
					quoted++
				}
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size - 1
		switch r {
		case '“':
			in = true
		case '”':
			in = false
		}
		if unicode.IsLetter(r) {
			letters++
			if in {
				quoted++
			}
		}
	}
	if letters == 0 {
		return 0
	}
	return float64(quoted) / float64(letters)
}

// addEntities adds to a statement's names the canonical name of every
// entity of the article that the sentence mentions, so that "U.S." and
// "United States" meet, and returns the people among them.
func addEntities(st *statement, a *news.Article, sentence string) []string {
	var people []string
	seen := map[string]bool{}
	for _, e := range a.Entities {
		if seen[e.Name] {
			continue
		}
		for _, m := range e.Mentions {
			if !containsWord(sentence, m) {
				continue
			}
			seen[e.Name] = true
			if e.Type == news.Person {
				people = append(people, e.Name)
			}
			st.names = append(st.names, "entity:"+strings.ToLower(e.Name))
			break
		}
	}
	return people
}

// containsWord reports whether s holds w as whole words.
func containsWord(s, w string) bool {
	if w == "" {
		return false
	}
	for from := 0; ; {
		i := strings.Index(s[from:], w)
		if i < 0 {
			return false
		}
		i += from
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+len(w):])
		if !unicode.IsLetter(before) && !unicode.IsDigit(before) && !unicode.IsLetter(after) && !unicode.IsDigit(after) {
			return true
		}
		from = i + 1
	}
}
