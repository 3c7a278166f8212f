package quote

import (
	"strings"
	"unicode"

	"github.com/newsfold/newsfold/internal/news"
	"github.com/newsfold/newsfold/internal/nlp/entity"
)

// doc is an article's body as the quotation finder reads it.
type doc struct {
	paras      []string
	byPara     [][]entity.Mention
	spans      [][]span
	sentStarts [][]int // per paragraph, where its sentences start
	sentBase   []int   // number of sentences before each paragraph
	people     []event // people named outside quotations, in reading order
	pronouns   []event // "he", "she", "his", "her" outside quotations, in reading order
	said       []event // speakers of the quotations read so far
	genders    map[string]entity.Gender
	firstSaid  map[string]event
	kinds      map[string]news.EntityType // entity types by canonical name
	resolved   map[[2]int]string          // pronouns already followed back, by paragraph and offset
	// lastPara and lastSpeaker tell who spoke the last quotation read.
	lastPara    int
	lastSpeaker string
}

// event is a person named, or speaking, at a place in the body.
type event struct {
	sent, para, pos int
	name            string
	gender          entity.Gender
	role            string
	// parenthetical marks a pronoun set off with its speech verb: ", he
	// said,".
	parenthetical bool
	possessive    bool // a name whose role-holder follows: "Roe's lawyer", not a subject
}

// indexSentences finds where each paragraph's sentences start, outside
// quotations, and lists the people named outside quotations.
func (d *doc) indexSentences() {
	d.sentStarts = make([][]int, len(d.paras))
	d.sentBase = make([]int, len(d.paras))
	total := 0
	npeople := 0
	for _, ms := range d.byPara {
		npeople += len(ms)
	}
	d.people = make([]event, 0, npeople)
	size := 0
	for _, p := range d.paras {
		size += len(p)
	}
	// Every paragraph's sentence starts, one after another, in one array:
	// about one a 64 bytes of text, and the start of each paragraph.
	all := make([]int, 0, len(d.paras)+size/64)
	for i, p := range d.paras {
		from := len(all)
		all = append(all, 0)
		spans := d.spans[i]
		si := 0
		for k := 0; k < len(p); k++ {
			if si < len(spans) && k >= spans[si].open {
				sp := spans[si]
				k = sp.after - 1
				si++
				if sp.closed && terminal(p[sp.inner:sp.close]) && upperNext(p, sp.after) {
					all = append(all, sp.after)
				}
				continue
			}
			// Only a mark can end a sentence: skip to the next one before
			// the next quotation.
			limit := len(p)
			if si < len(spans) {
				limit = spans[si].open
			}
			n := indexEndMark(p[k:limit])
			if n < 0 {
				k = limit - 1
				continue
			}
			k += n
			if sentenceEnd(p, k) {
				all = append(all, k+1)
			}
		}
		starts := all[from:len(all):len(all)]
		d.sentStarts[i] = starts
		d.sentBase[i] = total
		total += len(starts)
		for _, pr := range pronounsIn(p) {
			if !inSpan(spans, pr.pos) {
				d.pronouns = append(d.pronouns, event{sent: d.sentenceOf(i, pr.pos), para: i, pos: pr.pos, gender: pr.gender, parenthetical: parenthetical(p, pr.pos)})
			}
		}
		for _, m := range d.byPara[i] {
			if m.Type != news.Person || inSpan(spans, m.Start) {
				continue
			}
			poss := possessor(p, m.End)
			d.people = append(d.people, event{sent: d.sentenceOf(i, m.Start), para: i, pos: m.Start, name: m.Name, gender: m.Gender, role: m.Role, possessive: poss})
		}
	}
}

// indexEndMark returns the index of the first ".", "!" or "?" in s, -1
// when there is none.
func indexEndMark(s string) int {
	i := -1
	for _, c := range [...]byte{'.', '!', '?'} {
		if k := strings.IndexByte(s, c); k >= 0 && (i < 0 || k < i) {
			i = k
			s = s[:k] // a later mark need not be searched past this one
		}
	}
	return i
}

// upperNext reports whether the next word after p[at] is capitalised.
func upperNext(p string, at int) bool {
	for _, r := range p[at:] {
		if unicode.IsSpace(r) {
			continue
		}
		return unicode.IsUpper(r)
	}
	return false
}

func inSpan(spans []span, pos int) bool {
	for _, sp := range spans {
		if pos >= sp.inner && pos < sp.close {
			return true
		}
	}
	return false
}

// sentenceOf numbers the sentence that p[pos] of paragraph para stands in.
func (d *doc) sentenceOf(para, pos int) int {
	starts := d.sentStarts[para]
	k := 0
	for k+1 < len(starts) && starts[k+1] <= pos {
		k++
	}
	return d.sentBase[para] + k
}

// sentenceStart is where the sentence holding p[pos] starts.
func (d *doc) sentenceStart(para, pos int) int {
	starts := d.sentStarts[para]
	s := 0
	for _, st := range starts {
		if st <= pos {
			s = st
		}
	}
	return s
}

// sentenceEndAfter is where the next sentence after p[pos] starts, or the
// paragraph's end.
func (d *doc) sentenceEndAfter(para, pos int) int {
	for _, st := range d.sentStarts[para] {
		if st > pos {
			return st
		}
	}
	return len(d.paras[para])
}
