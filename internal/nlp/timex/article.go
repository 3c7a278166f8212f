package timex

import (
	"time"

	"github.com/newsfold/newsfold/internal/news"
)

// The lead of an article, where datelines and the day of the reported
// event are looked for, is its first leadParagraphs paragraphs of prose
// (of at least proseTokens tokens), with the short lines among them, and
// never more than leadMaxParagraphs paragraphs.
const (
	leadParagraphs    = 3
	leadMaxParagraphs = 8
	proseTokens       = 8
)

// scanned is an article with its title and paragraphs scanned.
type scanned struct {
	a     *news.Article
	title *passage
	paras []*passage
}

// scanArticleIn scans an article, keeping its tokens, sentences and
// expressions in ar.
func scanArticleIn(ar *arena, a *news.Article) *scanned {
	// The title and the paragraphs share one array of passages.
	all := make([]passage, 1+len(a.Paragraphs))
	s := &scanned{a: a, title: &all[0], paras: make([]*passage, len(a.Paragraphs))}
	s.title.scanIn(ar, a.Title)
	for i, text := range a.Paragraphs {
		s.paras[i] = &all[1+i]
		s.paras[i].scanIn(ar, text)
	}
	return s
}

// leadMention is an expression of an article's lead with where it stands.
type leadMention struct {
	p        *passage
	m        *mention
	para     int
	dateline bool // opens its paragraph, after no more than a place
}

// lead returns the expressions of the title and the first paragraphs, the
// first paragraph's first.
func (s *scanned) lead() []leadMention {
	var out []leadMention
	for i, p := range s.paras[:s.leadEnd()] {
		for j := range p.mentions {
			m := &p.mentions[j]
			out = append(out, leadMention{p: p, m: m, para: i, dateline: p.opensWith(m)})
		}
	}
	for j := range s.title.mentions {
		out = append(out, leadMention{p: s.title, m: &s.title.mentions[j], para: -1})
	}
	return out
}

// leadEnd returns the index of the first paragraph after the lead.
func (s *scanned) leadEnd() int {
	prose := 0
	for i, p := range s.paras {
		if prose == leadParagraphs || i == leadMaxParagraphs {
			return i
		}
		if p.prose {
			prose++
		}
	}
	return len(s.paras)
}

// opensWith reports whether m stands at the head of the passage the way a
// dateline's date does: after no more than a few capitalised words and
// marks and a comma ("PRAGUE, 30 November 2005", "WASHINGTON, Nov 28 (AFP)").
func (p *passage) opensWith(m *mention) bool {
	if m.first < 2 || m.first > 6 || !p.punct(m.first-1, ",") {
		return false
	}
	for i := 0; i < m.first; i++ {
		t := p.toks[i]
		switch {
		case t.kind == tokWord && !t.upper, t.kind == tokNum:
			return false
		case t.kind == tokPunct && p.lowOf(&t) != "," && p.lowOf(&t) != "(" && p.lowOf(&t) != ")" && p.lowOf(&t) != "/":
			return false
		}
	}
	return true
}

// ownDate is the publication date an article's own evidence gives.
func (s *scanned) ownDate() (news.Date, news.Basis, bool) {
	if d, basis, ok := statedDate(s.a); ok {
		return d, basis, true
	}
	for _, l := range s.lead() {
		if d := l.m.date; l.dateline && l.m.kind == exAbsolute && d.Year != 0 && d.Day != 0 {
			return d, news.BasisDateline, true
		}
	}
	if md, ok := s.partialDateline(); ok {
		if d, ok := s.writtenInFull(md); ok {
			return d, news.BasisText, true
		}
		return news.Date{}, "", false
	}
	if d, ok := s.leadEventDate(); ok {
		return d, news.BasisText, true
	}
	return news.Date{}, "", false
}

// statedDate returns the full date an article states outside its prose:
// in its metadata, a date stamp, or a dated dateline, in that order.
func statedDate(a *news.Article) (news.Date, news.Basis, bool) {
	if valid(a.MetadataDate) {
		return a.MetadataDate, news.BasisMetadata, true
	}
	if valid(a.StampDate) {
		return a.StampDate, news.BasisText, true
	}
	if a.Dateline != nil && valid(a.Dateline.Date) {
		return a.Dateline.Date, news.BasisDateline, true
	}
	return news.Date{}, "", false
}

// partialDateline returns the month and day of a dateline written without
// its year, from the extracted dateline or the head of the lead.
func (s *scanned) partialDateline() (news.Date, bool) {
	if dl := s.a.Dateline; dl != nil {
		d := dl.Date
		if d.Year == 0 && d.Month != 0 && d.Day != 0 && news.ValidDay(0, d.Month, d.Day) {
			return d, true
		}
	}
	for _, l := range s.lead() {
		d := l.m.date
		if l.dateline && l.m.kind == exAbsolute && d.Year == 0 && d.Day != 0 {
			return d, true
		}
	}
	return news.Date{}, false
}

// writtenInFull finds the day md (month and day) written with its year
// somewhere in the article.
func (s *scanned) writtenInFull(md news.Date) (news.Date, bool) {
	for _, p := range s.paras {
		for i := range p.mentions {
			d := p.mentions[i].date
			if p.mentions[i].kind == exAbsolute && d.Year != 0 && d.Month == md.Month && d.Day == md.Day {
				return d, true
			}
		}
	}
	return news.Date{}, false
}

// leadEventDate returns a full date that the first sentence of the lead
// gives as the day of its news ("On Monday, Nov. 28, 2005, the ministry
// said ..."), unless the lead looks back on older events.
func (s *scanned) leadEventDate() (news.Date, bool) {
	for _, p := range s.paras {
		if p.empty() {
			continue
		}
		for i := range p.mentions {
			m := &p.mentions[i]
			d := m.date
			if m.sent != 0 || m.kind != exAbsolute || d.Year == 0 || d.Day == 0 || m.attributive {
				continue
			}
			if !(m.hasWeekday || p.word(m.first-1) == "on") || p.future(m) || p.looksBack(0) {
				continue
			}
			return d, true
		}
		// Only the first paragraph with a whole sentence is the lead.
		if p.prose {
			break
		}
	}
	return news.Date{}, false
}

// looksBack reports whether sentence si speaks of an anniversary or of
// time long past.
func (p *passage) looksBack(si int) bool {
	for _, t := range p.toks {
		if int(t.sent) == si && t.kind == tokWord {
			switch p.lowOf(&t) {
			case "ago", "anniversary", "anniversaries", "remembered", "recalled":
				return true
			}
		}
		if int(t.sent) > si {
			break
		}
	}
	return false
}

// weekdayCue returns the first weekday the lead names of its news, in a
// clause not about the future ("The ministry confirmed Monday ...").
func (s *scanned) weekdayCue() (time.Weekday, bool) {
	for _, l := range s.lead() {
		if l.m.kind == exWeekday && l.m.rel != relNext && !l.p.future(l.m) {
			return l.m.weekday, true
		}
	}
	return 0, false
}

// yearFloor returns the latest year the article names outside clauses
// about the future: it cannot have been written before then. hard is the
// floor from the lead, soft from the rest, where leftover page furniture
// (dated teasers of other articles) is more likely than in the lead.
func (s *scanned) yearFloor() (hard, soft int) {
	half := s.leadEnd()
	for i, p := range s.paras {
		for j := range p.mentions {
			m := &p.mentions[j]
			if m.kind != exAbsolute || m.date.Year == 0 || p.future(m) {
				continue
			}
			if i < half {
				hard = max(hard, m.date.Year)
			} else {
				soft = max(soft, m.date.Year)
			}
		}
	}
	return hard, soft
}
