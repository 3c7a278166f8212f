package synth

import (
	"math/rand"
	"strings"
)

// syllables build the invented words; none of them is an English word on
// its own often enough to matter.
var syllables = strings.Fields("ka lo mi ra te sun vo pe dri al or en ul ba ni ko tras mel quo zen fir gal vek sor dun thal ish mar bri")

// functionWords are ordinary English words placed between invented ones.
var (
	determiners  = []string{"the", "a", "this", "that", "its", "their"}
	prepositions = []string{"in", "of", "for", "near", "after", "before", "with", "against", "over", "under"}
	conjunctions = []string{"and", "but", "while", "as", "because"}
	auxiliaries  = []string{"would", "could", "will", "had", "has", "might"}
	cueVerbs     = []string{"said", "told reporters", "added", "warned", "insisted", "explained"}
	orgKinds     = []string{"Council", "Ministry", "Authority", "Board", "Commission", "Union", "Institute", "Group"}
	outletKinds  = []string{"Herald", "Courier", "Gazette", "Times", "Post", "Tribune", "Chronicle", "Sentinel", "Observer", "Daily"}
)

// coin makes invented words of two or three syllables.
type coin struct{ rng *rand.Rand }

func (c coin) word() string {
	n := 2 + c.rng.Intn(2)
	var b strings.Builder
	for range n {
		b.WriteString(syllables[c.rng.Intn(len(syllables))])
	}
	return b.String()
}

func (c coin) words(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = c.word()
	}
	return out
}

// name is a capitalised invented word.
func (c coin) name() string { return capitalise(c.word()) }

func capitalise(w string) string {
	if w == "" {
		return w
	}
	return strings.ToUpper(w[:1]) + w[1:]
}

// person is an invented person: full name for the first mention, title
// and surname after.
type person struct {
	first, last, title string
}

func (c coin) person() person {
	title := "Mr."
	if c.rng.Intn(2) == 0 {
		title = "Ms."
	}
	return person{first: c.name(), last: c.name(), title: title}
}

func (p person) full() string  { return p.first + " " + p.last }
func (p person) short() string { return p.title + " " + p.last }

// outlet is an invented news outlet and the host its URLs live on.
type outlet struct {
	name, host string
}

func (c coin) outlet() outlet {
	w := c.word()
	kind := outletKinds[c.rng.Intn(len(outletKinds))]
	return outlet{name: "The " + capitalise(w) + " " + kind, host: w + "-" + strings.ToLower(kind) + ".example"}
}

// agency is an invented wire agency credited by its initials.
type agency struct {
	name, initials string
}

func (c coin) agency() agency {
	w := c.name()
	return agency{name: w + " Press Agency", initials: strings.ToUpper(w[:1]) + "PA"}
}
