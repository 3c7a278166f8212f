package cluster

import (
	"math/rand"
	"strconv"
	"strings"
	"time"

	"github.com/newsfold/newsfold/internal/news"
)

// synthStream invents a long news stream: stories on recurring topics,
// each told by a few articles over a few days, with invented names,
// places and figures, for benchmarks and tests of long runs.
type synthStream struct {
	rng       *rand.Rand
	topics    [][]string
	live      []*synthStory
	perDay    int
	n         int
	start     time.Time
	syllables []string
}

type synthStory struct {
	names, words, figures []string
	topic                 int
	left                  int
}

func newSynthStream(seed int64, perDay int) *synthStream {
	s := &synthStream{
		rng:       rand.New(rand.NewSource(seed)),
		perDay:    perDay,
		start:     time.Date(2031, 1, 1, 0, 0, 0, 0, time.UTC),
		syllables: strings.Fields("ka lo mi ra te sun vo pe dri al or en ul ba ni ko tras mel quo zen fir gal"),
	}
	for range 200 {
		s.topics = append(s.topics, s.words(30))
	}
	return s
}

func (s *synthStream) word() string {
	n := 2 + s.rng.Intn(2)
	var b strings.Builder
	for range n {
		b.WriteString(s.syllables[s.rng.Intn(len(s.syllables))])
	}
	return b.String()
}

func (s *synthStream) words(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = s.word()
	}
	return out
}

func capitalise(w string) string { return strings.ToUpper(w[:1]) + w[1:] }

func (s *synthStream) newStory() *synthStory {
	st := &synthStory{topic: s.rng.Intn(len(s.topics)), left: 1 + s.rng.Intn(6), words: s.words(8)}
	for range 4 {
		st.names = append(st.names, capitalise(s.word())+" "+capitalise(s.word()))
	}
	for range 3 {
		st.figures = append(st.figures, strconv.Itoa(10+s.rng.Intn(5000)))
	}
	return st
}

// next returns the next article of the stream.
func (s *synthStream) next() *news.Article {
	if len(s.live) < 60 || s.rng.Intn(3) == 0 {
		s.live = append(s.live, s.newStory())
	}
	i := s.rng.Intn(len(s.live))
	st := s.live[i]
	st.left--
	if st.left <= 0 {
		s.live[i] = s.live[len(s.live)-1]
		s.live = s.live[:len(s.live)-1]
	}
	pick := func(list []string) string { return list[s.rng.Intn(len(list))] }
	topic := s.topics[st.topic]
	sentence := func() string {
		parts := []string{capitalise(pick(topic)), "the", pick(st.words), pick(topic), "of", pick(st.names),
			"in", pick(topic), pick(st.words), "with", pick(st.figures), pick(topic), "and", pick(topic), "said", pick(st.names)}
		return strings.Join(parts, " ") + "."
	}
	a := &news.Article{
		ID:        "synth-" + strconv.Itoa(s.n),
		Title:     capitalise(pick(st.words)) + " " + pick(topic) + " " + pick(st.names) + " " + pick(st.words),
		Published: news.DateOf(s.start.AddDate(0, 0, s.n/s.perDay)),
	}
	for range 4 {
		a.Paragraphs = append(a.Paragraphs, sentence()+" "+sentence())
	}
	s.n++
	return a
}
