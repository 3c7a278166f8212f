package eval

import (
	"reflect"
	"slices"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
)

func TestUnderstandWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", []string{}},
		{" -- ", []string{}},
		{"“Don’t go,” she said.", []string{"don", "t", "go", "she", "said"}},
		{"Route 66 -- CLOSED", []string{"route", "66", "closed"}},
		{"Ça va, Zoë?", []string{"ca", "va", "zoe"}},
	}
	for _, tc := range tests {
		if got := understandWords(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("understandWords(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestUnderstandOverlap(t *testing.T) {
	tests := []struct {
		gold, pred string
		want       float64
	}{
		{"a b c d", "a b c d", 1},
		{"a b c d", "b a", 0.5},
		{"a a b", "a b", 2.0 / 3},   // a repeated word counts as often as both have it
		{"a b", "a a a", 0.5},       // ... and no more
		{"", "a", 0},                // no gold words
		{"a b c", "x y z a b c", 1}, // extra predicted words cost nothing
	}
	for _, tc := range tests {
		if got := understandOverlap(understandWords(tc.gold), understandWords(tc.pred)); !clusterNear(got, tc.want) {
			t.Errorf("overlap(%q, %q) = %v, want %v", tc.gold, tc.pred, got, tc.want)
		}
	}
}

func TestUnderstandName(t *testing.T) {
	tests := []struct{ a, b string }{
		{"The Harbour Council", "harbour  council"},
		{"O’Dwyer", "O'Dwyer"},
		{"  Mira\tSoto ", "mira soto"},
		{"the the", "the"},
		{"Café Lumière", "cafe lumiere"},
	}
	for _, tc := range tests {
		if understandName(tc.a) != understandName(tc.b) {
			t.Errorf("%q and %q normalise to %q and %q", tc.a, tc.b, understandName(tc.a), understandName(tc.b))
		}
	}
	if understandName("Theodora Vale") != "theodora vale" {
		t.Errorf("a name starting with \"The\" lost it: %q", understandName("Theodora Vale"))
	}
}

func TestUnderstandMatchQuotes(t *testing.T) {
	q := func(texts ...string) []news.Quote {
		var out []news.Quote
		for _, s := range texts {
			out = append(out, news.Quote{Text: s})
		}
		return out
	}
	tests := []struct {
		name       string
		gold, pred []news.Quote
		want       []int
	}{
		{"exact", q("the bridge will open"), q("the bridge will open"), []int{0}},
		{"half the gold's words is enough", q("one two three four"), q("three four"), []int{0}},
		{"less than half is not", q("one two three four five"), q("one two"), []int{-1}},
		{"a longer prediction still matches", q("open the gates"), q("we must open the gates now, she said"), []int{0}},
		{"best overlap wins", q("red green blue"), q("red green", "red green blue"), []int{1}},
		{"greedy by overlap, highest first, one to one",
			q("red green blue", "red green blue yellow"),
			q("red green", "red green blue yellow"),
			[]int{1, 0}},
		{"one prediction serves one gold quote", q("stay calm", "stay calm"), q("stay calm"), []int{0, -1}},
		{"no predictions", q("anything"), nil, []int{-1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := understandMatchQuotes(tc.gold, tc.pred); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

func TestUnderstandSameSpeaker(t *testing.T) {
	ents := []news.Entity{
		{Name: "Adaeze Okafor", Type: news.Person, Mentions: []string{"Adaeze Okafor", "Okafor", "Dr. Okafor", "Dee"}},
		{Name: "Harbour Council", Type: news.Org, Mentions: []string{"Harbour Council", "the council"}},
	}
	tests := []struct {
		gold, pred string
		want       bool
	}{
		{"", "", true},
		{"", "Adaeze Okafor", false},
		{"Adaeze Okafor", "", false},
		{"Adaeze Okafor", "adaeze  OKAFOR", true},
		{"Adaeze Okafor", "Dee", true},           // a mention of the gold entity
		{"Okafor", "Dee", true},                  // gold speaker written as a mention
		{"Adaeze Okafor", "Okafor", true},        // suffix
		{"Okafor", "Adaeze Okafor", true},        // suffix either way
		{"Adaeze Okafor", "Adaeze", false},       // a first name alone is not a suffix
		{"Adaeze Okafor", "Chidi Okafor", false}, // another person of the same surname
		{"Harbour Council", "The Council", true}, // mention, "the" dropped
		{"Tomas Brill", "Dee", false},            // mention of another entity
		{"Adaeze Okafor", "Tomas Brill", false},
		{"Adaeze Okafor", "Adaeze N. Okafor", true},      // middle initial
		{"Adaeze \"Dee\" Okafor", "Adaeze Okafor", true}, // nickname
		{"Adaeze Okafor", "Adaeze Okafor of Vale Works", false},
		{"Adaeze Okafor", "Okafor Adaeze", false},
		{"Jose Nuñez", "José Nunez", true}, // accents
		{"Adaeze", "Adaeze Okafor", false},
	}
	for _, tc := range tests {
		if got := understandSameSpeaker(tc.gold, tc.pred, ents); got != tc.want {
			t.Errorf("same speaker %q, %q = %v, want %v", tc.gold, tc.pred, got, tc.want)
		}
	}
}

func TestUnderstandTimeMatch(t *testing.T) {
	tests := []struct {
		gold, pred string
		want       int
	}{
		{"Tuesday", "tuesday", 3},
		{"next  week", "Next week", 3},
		{"Tuesday", "on Tuesday", 2},
		{"on Tuesday night", "Tuesday", 2},
		{"March 2019", "2019", 2},
		{"early March 2019", "March 4, 2019", 1},
		{"May", "mayor", 0}, // words, not letters
		{"Tuesday", "Wednesday", 0},
		{"Tuesday", "", 0},
	}
	for _, tc := range tests {
		if got := understandTimeMatch(tc.gold, tc.pred); got != tc.want {
			t.Errorf("time match %q, %q = %d, want %d", tc.gold, tc.pred, got, tc.want)
		}
	}
}

func TestUnderstandMatchTimes(t *testing.T) {
	g := func(texts ...string) []UnderstandTime {
		var out []UnderstandTime
		for _, s := range texts {
			out = append(out, UnderstandTime{Text: s})
		}
		return out
	}
	p := func(texts ...string) []news.TimeExpr {
		var out []news.TimeExpr
		for _, s := range texts {
			out = append(out, news.TimeExpr{Text: s})
		}
		return out
	}
	tests := []struct {
		name string
		gold []UnderstandTime
		pred []news.TimeExpr
		want []int
	}{
		{"exact text preferred to an earlier partial one", g("Friday"), p("Friday night", "Friday"), []int{1}},
		{"an exact match is kept for its own gold time", g("Friday night", "Friday"), p("Friday"), []int{-1, 0}},
		{"repeated texts pair in order", g("Monday", "Monday"), p("Monday", "Monday", "Monday"), []int{0, 1}},
		{"one prediction serves one gold time", g("Monday", "Monday"), p("Monday"), []int{0, -1}},
		{"partial when nothing better", g("in June"), p("2019", "June"), []int{1}},
		{"no match", g("in June"), p("2019"), []int{-1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := understandMatchTimes(tc.gold, tc.pred); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

func TestUnderstandAliases(t *testing.T) {
	gold := UnderstandGold{ID: "k", Entities: []news.Entity{
		{Name: "Rhea Lund", Type: news.Person, Mentions: []string{"Rhea Lund", "Lund", "lund"}},
	}}
	tests := []struct {
		name   string
		pred   []news.Entity
		merged int
	}{
		{"all mentions under one entity", []news.Entity{{Name: "Rhea Lund", Type: news.Person, Mentions: []string{"Rhea Lund", "Lund"}}}, 1},
		{"the entity's name counts as a mention", []news.Entity{{Name: "Rhea Lund", Type: news.Person, Mentions: []string{"Lund"}}}, 1},
		{"any type will do", []news.Entity{{Name: "Rhea Lund", Type: news.Org, Mentions: []string{"Lund"}}}, 1},
		{"split over two entities", []news.Entity{
			{Name: "Rhea Lund", Type: news.Person, Mentions: []string{"Rhea Lund"}},
			{Name: "Lund", Type: news.Person, Mentions: []string{"Lund"}}}, 0},
		{"a mention not found", []news.Entity{{Name: "Rhea Lund", Type: news.Person}}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := ScoreUnderstand([]UnderstandGold{gold}, []*news.Article{{ID: "k", Entities: tc.pred}})
			if s.AliasPersons != 1 || s.MergedPersons != tc.merged {
				t.Errorf("alias persons %d, merged %d; want 1, %d", s.AliasPersons, s.MergedPersons, tc.merged)
			}
		})
	}
	single := UnderstandGold{ID: "k", Entities: []news.Entity{{Name: "Rhea Lund", Type: news.Person, Mentions: []string{"Rhea Lund", "rhea  lund"}}}}
	if s := ScoreUnderstand([]UnderstandGold{single}, nil); s.AliasPersons != 0 {
		t.Errorf("a person written one way (case and spacing aside) counted for alias merging")
	}
}
