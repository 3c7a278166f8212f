package compare

import (
	"sort"
	"strings"
	"unicode"

	"github.com/newsfold/newsfold/internal/news"
)

// maxEventText bounds an event's text, in bytes.
const maxEventText = 300

// timedEvent is an event with where it was first found, for ordering.
type timedEvent struct {
	news.Event
	publication bool
	art         int
	stems       map[string]bool
}

// timeline lists the story's dated events in order: each article's
// publication and every happening its time expressions date, the same
// happening on the same date reported by several articles given once.
func timeline(arts []*news.Article) []news.Event {
	var events []*timedEvent
	words := map[string][]token{} // sentence -> its tokens, as several times share a sentence
	tokensOf := func(s string) []token {
		toks, ok := words[s]
		if !ok {
			toks = tokenize(s)
			words[s] = toks
		}
		return toks
	}
	for ai, a := range arts {
		times := a.Times
		if len(times) == 0 {
			times = writtenDates(a)
		}
		for ti, t := range times {
			if !t.Value.HasYear() || narrowedInSentence(times, ti) {
				continue
			}
			sentence := timeSentence(a, t)
			toks := tokensOf(sentence)
			if !isHappening(sentence, toks) || attributiveYear(toks, t) || rangeYear(toks, t) {
				continue
			}
			e := &timedEvent{Event: news.Event{Date: t.Value, Text: shorten(sentence, maxEventText)}, art: ai, stems: stemsOf(toks)}
			if !mergeEvent(events, e, a.ID) {
				e.Articles = []string{a.ID}
				events = append(events, e)
			}
		}
	}
	for ai, a := range arts {
		if !a.Published.HasYear() {
			continue
		}
		events = append(events, &timedEvent{
			Event:       news.Event{Date: a.Published, Text: publicationText(a), Articles: []string{a.ID}},
			publication: true, art: ai,
		})
	}
	sort.SliceStable(events, func(i, j int) bool {
		a, b := events[i], events[j]
		if a.Date != b.Date {
			return a.Date.Before(b.Date)
		}
		if a.publication != b.publication {
			return !a.publication
		}
		return a.art < b.art
	})
	out := make([]news.Event, len(events))
	for i, e := range events {
		out[i] = e.Event
	}
	return out
}

// narrowedInSentence reports whether another expression of the same
// sentence gives a date within times[i]'s and finer ("in June of 2009":
// the month, not the year, dates the happening).
func narrowedInSentence(times []news.TimeExpr, i int) bool {
	t := times[i]
	for j, o := range times {
		if j == i || o.Sentence != t.Sentence || o.Paragraph != t.Paragraph || o.Value.Year != t.Value.Year {
			continue
		}
		if t.Value.Month == 0 && o.Value.Month != 0 || t.Value.Month == o.Value.Month && t.Value.Day == 0 && o.Value.Day != 0 {
			return true
		}
	}
	return false
}

// mergeEvent adds article id to an event already listed for the same date
// and happening, reporting whether there was one.
func mergeEvent(events []*timedEvent, e *timedEvent, id string) bool {
	for _, o := range events {
		if o.publication || o.Date != e.Date || !sameHappening(o.stems, e.stems) {
			continue
		}
		if !containsString(o.Articles, id) {
			o.Articles = append(o.Articles, id)
		}
		return true
	}
	return false
}

// sameHappening reports whether two event sentences share enough content
// words to be one happening.
func sameHappening(a, b map[string]bool) bool {
	shared := 0
	for k := range a {
		if b[k] {
			shared++
		}
	}
	n := float64(min(len(a), len(b)))
	return (shared >= 2 && float64(shared) >= 0.4*n) || (shared >= 4 && float64(shared) >= 0.25*n)
}

func stemSet(s string) map[string]bool { return stemsOf(tokenize(s)) }

// stemsOf is the set of stems of the content words among toks.
func stemsOf(toks []token) map[string]bool {
	out := map[string]bool{}
	for _, t := range toks {
		if isContent(t.Key) && !monthNames[t.Key] && !weekdays[t.Key] && !isNumberKey(t.Key) {
			out[stem(t.Key)] = true
		}
	}
	return out
}

// timeSentence returns the sentence a time expression stands in.
func timeSentence(a *news.Article, t news.TimeExpr) string {
	if s := collapse(t.Sentence); s != "" {
		return s
	}
	if t.Paragraph < 0 || t.Paragraph >= len(a.Paragraphs) {
		return ""
	}
	for _, s := range SplitSentences(a.Paragraphs[t.Paragraph]) {
		if strings.Contains(s, t.Text) {
			return s
		}
	}
	return ""
}

// publicationText describes an article's publication.
func publicationText(a *news.Article) string {
	who := a.Outlet
	if who == "" {
		who = a.Agency
	}
	if who == "" {
		who = a.ID
	}
	what := collapse(a.Title)
	if what == "" && len(a.Paragraphs) > 0 {
		if s := SplitSentences(a.Paragraphs[0]); len(s) > 0 {
			what = shorten(stripDateline(s[0]), 120)
		}
	}
	if what == "" {
		return who + " publishes"
	}
	return who + " publishes: " + what
}

// isHappening reports whether a sentence reports something that happened
// or is due to happen, rather than a dated reference in passing. toks
// are the words of s.
func isHappening(s string, toks []token) bool {
	words := 0
	verb := false
	for _, t := range toks {
		if t.Key == "" {
			continue
		}
		words++
		k := t.Key
		if eventVerbs[k] || (len(k) > 4 && strings.HasSuffix(k, "ed") && !pastLikeAdjectives[k]) {
			verb = true
		}
	}
	end := strings.TrimRight(s, "”\"’') ")
	return words >= 5 && verb && quotedShare(s)+quotedTailShare(s) < 0.5 && end != "" && strings.ContainsAny(end[len(end)-1:], ".!")
}

// quotedTailShare is the share of the letters of s that stand before a
// closing quotation mark no opening mark in s precedes: the end of a
// quotation an earlier sentence opened ("The truth is … today.”").
func quotedTailShare(s string) float64 {
	closing := strings.Index(s, "”")
	if closing < 0 {
		return 0
	}
	if open := strings.Index(s, "“"); open >= 0 && open < closing {
		return 0
	}
	before, all := 0, 0
	for i, r := range s {
		if unicode.IsLetter(r) {
			all++
			if i < closing {
				before++
			}
		}
	}
	if all == 0 {
		return 0
	}
	return float64(before) / float64(all)
}

var eventVerbs = toSet(`said says told met meets held holds took made went came gave began begins won lost fell
rose struck left sent saw found became broke spoke wrote led ran hit shot fought flew sold bought paid rang
will shall announces announce visit visits meet died dies resigned resigns elected opens opened launched
signed sign burst built rebuilt brought caught taught thought sought kept meant spent stood swept drove rode
froze chose woke wore tore swore threw grew knew drew blew sang swam sank hid bit lit fed read fled fit got
forgot hung dug stuck spun sat split spread cast cost hurt let shut quit set upset bet bid was were had did`)

var pastLikeAdjectives = toSet(`united based related concerned supposed alleged so-called detailed limited
advanced armed red sacred naked wicked rugged ragged kindred hundred indeed need speed seed feed breed`)

// shorten cuts s at a word boundary to at most n bytes, marking the cut.
func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut <= 0 {
		cut = n
		for cut > 0 && !utf8RuneStart(s[cut]) {
			cut--
		}
	}
	return strings.TrimRight(s[:cut], " ,;:") + " …"
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// writtenDates stands in for an article's time expressions when it has
// none: the calendar dates written with a month name, the year completed
// from the publication date.
func writtenDates(a *news.Article) []news.TimeExpr {
	var out []news.TimeExpr
	for pi, p := range a.Paragraphs {
		for _, s := range SplitSentences(p) {
			s = stripDateline(s)
			for _, d := range explicitDates(tokenize(s)) {
				if d.Year == 0 {
					if !a.Published.HasYear() {
						continue
					}
					d = nearestYear(d, a.Published)
				}
				out = append(out, news.TimeExpr{Value: d, Paragraph: pi, Sentence: s})
			}
		}
	}
	return out
}

// nearestYear gives a date without a year the year that brings it
// closest to the publication date.
func nearestYear(d, pub news.Date) news.Date {
	best := d
	best.Year = pub.Year
	p, _ := pub.Time()
	bestGap := -1.0
	for y := pub.Year - 1; y <= pub.Year+1; y++ {
		c := d
		c.Year = y
		if !news.ValidDay(c.Year, c.Month, c.Day) {
			continue
		}
		t, _ := c.Time()
		gap := t.Sub(p).Abs().Hours()
		if bestGap < 0 || gap < bestGap {
			best, bestGap = c, gap
		}
	}
	return best
}

// attributiveYear reports a bare year that qualifies a noun ("the 2012
// race", "its 2030 budget") rather than dating the sentence's happening.
// toks are the words of the sentence t stands in.
func attributiveYear(toks []token, t news.TimeExpr) bool {
	if t.Value.Precision() != "year" || len(strings.TrimSpace(t.Text)) != 4 {
		return false
	}
	for i, tok := range toks {
		if tok.Key != t.Text || strings.ContainsAny(tok.Raw, ",;:.") {
			continue
		}
		if i > 0 && determiners[toks[i-1].Key] {
			return true
		}
		if i+1 < len(toks) && toks[i+1].Key != "" && (startsUpper(toks[i+1].Raw) || isContent(toks[i+1].Key)) &&
			!weekdays[toks[i+1].Key] && !monthNames[toks[i+1].Key] {
			return i == 0 || !yearPrepositions[toks[i-1].Key]
		}
	}
	return false
}

// rangeYear reports a bare year that is one end of a span ("from 2013 to
// 2022", "between 2010 and 2012"): the span dates no happening of its
// own. toks are the words of the sentence t stands in.
func rangeYear(toks []token, t news.TimeExpr) bool {
	if t.Value.Precision() != "year" || len(strings.TrimSpace(t.Text)) != 4 {
		return false
	}
	key := func(j int) string { return keyAt(toks, j) }
	year := func(j int) bool { k := key(j); return len(k) == 4 && isNumberKey(k) }
	for i, tok := range toks {
		if tok.Key != t.Text {
			continue
		}
		if (key(i-1) == "from" || key(i-1) == "between") && spanWords[key(i+1)] && year(i+2) {
			return true
		}
		if spanWords[key(i-1)] && year(i-2) && (key(i-3) == "from" || key(i-3) == "between") {
			return true
		}
	}
	return false
}

var spanWords = toSet(`to and through until till`)

var determiners = toSet(`the a an this that his her its their our my your next last`)

var yearPrepositions = toSet(`in since by until till from during before after of`)
