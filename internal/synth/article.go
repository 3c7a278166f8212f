package synth

import (
	"fmt"
	"strings"
)

// write invents the article of one slot, or reprints the event's first
// article under another outlet now and then, as wire copy is.
func (s *Stream) write(sl slot) Record {
	ev := sl.ev
	pub := s.date(s.day)
	out := s.outlets[s.rng.Intn(len(s.outlets))]
	r := Record{
		ID:      fmt.Sprintf("syn-%07d", s.emitted),
		Cluster: fmt.Sprintf("ev-%06d", ev.id),
		Topic:   fmt.Sprintf("t-%03d", ev.topic.id),
		Source:  out.name,
		Date:    pub.Format("2006-01-02"),
	}
	if ev.first != nil && s.rng.Intn(12) == 0 {
		r.Text = ev.first.Text
		r.Title = ev.first.Title
		r.CopyOf = ev.first.ID
	} else {
		r.Title = s.title(ev)
		r.Text = s.body(ev, sl.index)
	}
	r.URL = fmt.Sprintf("https://%s/%s/%s", out.host, pub.Format("2006/01/02"), slug(r.Title, s.emitted))
	if ev.first == nil {
		first := r
		ev.first = &first
	}
	return r
}

// slug makes a URL path segment of a title.
func slug(title string, n int) string {
	var b strings.Builder
	for _, w := range strings.Fields(strings.ToLower(title)) {
		w = strings.Trim(w, ".,:;“”\"'")
		if w == "" {
			continue
		}
		b.WriteString(w)
		b.WriteByte('-')
	}
	fmt.Fprintf(&b, "%d", n)
	return b.String()
}

func (s *Stream) title(ev *event) string {
	p := ev.people[s.rng.Intn(len(ev.people))]
	switch s.rng.Intn(3) {
	case 0:
		return fmt.Sprintf("%s %s in %s as %s %s", capitalise(s.pick(ev.words)), s.pick(ev.topic.words), ev.place, p.last, s.pick(ev.topic.words))
	case 1:
		return fmt.Sprintf("%s %s %s %s after %s", ev.figures[0], s.pick(ev.topic.words), s.pick(ev.words), ev.place, s.pick(ev.words))
	}
	return fmt.Sprintf("%s says %s %s will %s", p.full(), ev.org, s.pick(ev.words), s.pick(ev.topic.words))
}

// body writes 300 to 700 words: a dateline and lead, then paragraphs of
// reported speech, quotations, figures and dates.
func (s *Stream) body(ev *event, index int) string {
	var b strings.Builder
	b.Grow(4500)
	pub := s.date(s.day)
	happened := s.date(ev.day)
	b.WriteString(strings.ToUpper(ev.place))
	fmt.Fprintf(&b, ", %s %d", pub.Month(), pub.Day())
	if s.rng.Intn(3) == 0 {
		fmt.Fprintf(&b, " (%s)", ev.agency.initials)
	}
	b.WriteString(" – ")
	lead := ev.people[s.rng.Intn(len(ev.people))]
	when := "on " + happened.Weekday().String()
	if index > 0 && ev.day != s.day {
		when = fmt.Sprintf("on %s %d", happened.Month(), happened.Day())
	}
	fmt.Fprintf(&b, "%s said %s that %s %s %s in %s %s %s %s %s.",
		lead.full(), when, s.pick(determiners), s.pick(ev.words), s.pick(ev.topic.words), ev.place,
		s.pick(auxiliaries), s.pick(ev.topic.words), ev.figures[0], s.pick(ev.topic.words))
	b.WriteString(" ")
	b.WriteString(s.sentence(ev))
	mentioned := map[string]bool{lead.last: true}
	words := 60
	target := 300 + s.rng.Intn(400)
	for words < target {
		b.WriteString("\n\n")
		n := 0
		for range 2 + s.rng.Intn(2) {
			if n > 0 {
				b.WriteByte(' ')
			}
			sent := s.paragraphSentence(ev, mentioned)
			b.WriteString(sent)
			n++
			words += strings.Count(sent, " ") + 1
		}
	}
	return b.String()
}

// paragraphSentence is one sentence of the body: plain, quoted or dated.
func (s *Stream) paragraphSentence(ev *event, mentioned map[string]bool) string {
	p := ev.people[s.rng.Intn(len(ev.people))]
	who := p.full()
	if mentioned[p.last] {
		who = p.short()
		if s.rng.Intn(2) == 0 {
			who = p.last
		}
	}
	mentioned[p.last] = true
	switch s.rng.Intn(9) {
	case 0:
		return fmt.Sprintf("“%s,” said %s.", strings.TrimSuffix(s.sentence(ev), "."), who)
	case 1:
		return fmt.Sprintf("%s said: “%s”", who, s.sentence(ev))
	case 2:
		return fmt.Sprintf("“%s,” %s %s.", strings.TrimSuffix(s.sentence(ev), "."), who, s.pick(cueVerbs))
	case 3:
		d := s.date(ev.day + s.rng.Intn(10))
		return fmt.Sprintf("The %s said %s %s %s %s by %s %d.", ev.org, ev.figures[s.rng.Intn(len(ev.figures))],
			s.pick(ev.topic.words), s.pick(auxiliaries), s.pick(ev.words), d.Month(), d.Day())
	case 4:
		return fmt.Sprintf("On %s, %s %s %s %s %s %s %s.", s.date(ev.day).Weekday(), who, s.pick(ev.topic.words),
			s.pick(determiners), s.pick(ev.words), s.pick(prepositions), s.pick(determiners), s.pick(ev.topic.words))
	}
	return s.sentence(ev)
}

// sentence is a plain English-like sentence of twelve to twenty-four
// words.
func (s *Stream) sentence(ev *event) string {
	var b strings.Builder
	n := 12 + s.rng.Intn(13)
	for i := range n {
		var w string
		switch {
		case i%4 == 0:
			w = s.pick(determiners)
		case i%4 == 2 && s.rng.Intn(2) == 0:
			w = s.pick(prepositions)
		case i == n/2 && s.rng.Intn(3) == 0:
			w = s.pick(conjunctions)
		default:
			w = s.contentWord(ev)
		}
		if i == 0 {
			w = capitalise(w)
		} else {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	b.WriteByte('.')
	return b.String()
}

// contentWord is a word of the topic, of the event or of the common
// vocabulary, the common words drawn with a long tail.
func (s *Stream) contentWord(ev *event) string {
	switch r := s.rng.Intn(10); {
	case r < 2:
		return s.pick(ev.topic.words)
	case r < 5:
		return s.pick(ev.words)
	}
	return s.common[s.zipf(len(s.common))]
}

func (s *Stream) pick(list []string) string { return list[s.rng.Intn(len(list))] }
