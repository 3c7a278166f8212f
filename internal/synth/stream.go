package synth

import (
	"fmt"
	"math"
	"math/rand"
	"time"

	"github.com/newsfold/newsfold/internal/news"
)

// Options shape a stream; zero fields take the defaults.
type Options struct {
	// PerDay is the mean number of articles a day (default 300).
	PerDay int
	// Start is the first day of the stream (default 2031-01-01).
	Start time.Time
	// Topics is how many recurring topics events are drawn from
	// (default 200).
	Topics int
	// Outlets is how many outlets publish (default 40).
	Outlets int
}

func (o Options) withDefaults() Options {
	if o.PerDay <= 0 {
		o.PerDay = 300
	}
	if o.Start.IsZero() {
		o.Start = time.Date(2031, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if o.Topics <= 0 {
		o.Topics = 200
	}
	if o.Outlets <= 0 {
		o.Outlets = 40
	}
	return o
}

// meanStory is the mean number of articles an event gets (1 to 8).
const meanStory = 4.5

// Record is one invented article in the shape of a JSON Lines line
// newsfold reads, with the event it tells as Cluster.
type Record struct {
	ID      string `json:"id"`
	Cluster string `json:"cluster"`
	Topic   string `json:"topic"`
	Source  string `json:"source"`
	Title   string `json:"title"`
	Date    string `json:"date"`
	URL     string `json:"url"`
	Text    string `json:"text"`
	// CopyOf is the ID of the article this one reprints; "" when original.
	CopyOf string `json:"copy_of,omitempty"`
}

// Page returns the record as the page a JSON Lines source would give.
func (r Record) Page() news.Page {
	return news.Page{
		ID:      r.ID,
		Path:    "synth:" + r.ID,
		Kind:    news.KindText,
		Content: r.Text,
		Clean:   true,
		URL:     r.URL,
		Title:   r.Title,
		Date:    r.Date,
		Source:  r.Source,
	}
}

// Stream invents articles one at a time, in publication order. The same
// seed and options always give the same articles. A Stream is not safe
// for concurrent use.
type Stream struct {
	opts     Options
	rng      *rand.Rand
	coin     coin
	common   []string // the shared invented vocabulary, most frequent first
	topics   []*topic
	outlets  []outlet
	agencies []agency

	day     int            // the day being emitted, from Start
	queue   []slot         // what is left of the day's articles, in order
	pending map[int][]slot // later days' articles
	events  int            // events begun so far
	emitted int            // articles emitted so far
}

// topic is a recurring kind of event: its own words and a few people and
// places that come back from one event of the topic to the next.
type topic struct {
	id     int
	words  []string
	people []person
	places []string
	org    string
}

// event is one real-world happening told by one or more articles.
type event struct {
	id      int
	topic   *topic
	day     int // the day it happened, from Start
	people  []person
	place   string
	org     string
	words   []string // its own rare words: what happened
	figures []string
	agency  agency
	first   *Record // the first article written, for reprints
}

// slot is one article an event will get on a given day.
type slot struct {
	ev    *event
	index int // 0 for the event's first article
}

// New returns a stream for seed and opts.
func New(seed int64, opts Options) *Stream {
	opts = opts.withDefaults()
	rng := rand.New(rand.NewSource(seed))
	s := &Stream{opts: opts, rng: rng, coin: coin{rng}, pending: map[int][]slot{}, day: -1}
	s.common = s.coin.words(2000)
	for i := range opts.Topics {
		t := &topic{id: i, words: s.coin.words(30), org: s.coin.name() + " " + orgKinds[rng.Intn(len(orgKinds))]}
		for range 3 {
			t.people = append(t.people, s.coin.person())
		}
		for range 2 {
			t.places = append(t.places, s.coin.name())
		}
		s.topics = append(s.topics, t)
	}
	for range opts.Outlets {
		s.outlets = append(s.outlets, s.coin.outlet())
	}
	for range 5 {
		s.agencies = append(s.agencies, s.coin.agency())
	}
	return s
}

// Next returns the next article of the stream.
func (s *Stream) Next() Record {
	for len(s.queue) == 0 {
		s.nextDay()
	}
	sl := s.queue[0]
	s.queue = s.queue[1:]
	r := s.write(sl)
	s.emitted++
	return r
}

// nextDay begins the next day's events and queues the day's articles in
// a shuffled order, each event's first article before its others.
func (s *Stream) nextDay() {
	s.day++
	begin := int(float64(s.opts.PerDay) / meanStory)
	begin += s.rng.Intn(begin/5+1) - begin/10
	for range max(begin, 1) {
		ev := s.newEvent()
		n := 1 + s.rng.Intn(8)
		for i := range n {
			off := 0
			if i > 0 {
				off = s.rng.Intn(4)
			}
			s.pending[s.day+off] = append(s.pending[s.day+off], slot{ev, i})
		}
	}
	q := s.pending[s.day]
	delete(s.pending, s.day)
	s.rng.Shuffle(len(q), func(i, j int) { q[i], q[j] = q[j], q[i] })
	// A first article goes before the rest of its event's that day.
	pos := map[*event]int{}
	for i := range q {
		if p, seen := pos[q[i].ev]; !seen {
			pos[q[i].ev] = i
		} else if q[i].index == 0 {
			q[p], q[i] = q[i], q[p]
		}
	}
	s.queue = q
}

func (s *Stream) newEvent() *event {
	t := s.topics[s.skewed(len(s.topics))]
	ev := &event{
		id:     s.events,
		topic:  t,
		day:    s.day,
		words:  s.coin.words(24),
		agency: s.agencies[s.rng.Intn(len(s.agencies))],
		org:    t.org,
	}
	s.events++
	// One of the topic's regulars is often in it: the same athlete, the
	// same minister, in another event.
	if s.rng.Intn(3) == 0 {
		ev.people = append(ev.people, t.people[s.rng.Intn(len(t.people))])
	}
	for range 3 {
		ev.people = append(ev.people, s.coin.person())
	}
	if s.rng.Intn(3) == 0 {
		ev.place = t.places[s.rng.Intn(len(t.places))]
	} else {
		ev.place = s.coin.name()
	}
	if s.rng.Intn(2) == 0 {
		ev.org = s.coin.name() + " " + orgKinds[s.rng.Intn(len(orgKinds))]
	}
	for range 3 {
		ev.figures = append(ev.figures, fmt.Sprint(2+s.rng.Intn(4000)))
	}
	return ev
}

// zipf picks an index in [0, n) with lower indexes more likely.
func (s *Stream) zipf(n int) int {
	f := s.rng.Float64()
	return int(float64(n) * f * f)
}

// skewed picks an index in [0, n), lower indexes somewhat more likely.
func (s *Stream) skewed(n int) int {
	return int(float64(n) * math.Pow(s.rng.Float64(), 1.3))
}

// date returns the calendar day d days after Start.
func (s *Stream) date(d int) time.Time { return s.opts.Start.AddDate(0, 0, d) }
