package compare

import "strings"

// synonymGroups are ordinary English words that news reports use for one
// another; each group's words are counted as one term when sentences are
// aligned.
var synonymGroups = []string{
	"kill killed dead death died die",
	"injure injured wound wounded hurt",
	"arrest arrested detain detained",
	"confirm confirmed verify verified",
	"resign resigned quit",
	"approve approved adopt adopted pass passed",
	"reject rejected refuse refused",
	"criticize criticise criticized criticised condemn condemned denounce denounced slam slammed",
	"buy bought purchase purchased acquire acquired",
	"begin began start started launch launched",
	"permission authorize authorise authorized authorised authorization allow allowed go-ahead",
	"talk talks discuss discussion discussions negotiate negotiation negotiations dialogue",
	"meet met meeting meetings",
	"quake earthquake",
	"blast explosion",
	"fire fires blaze",
	"lawmaker lawmakers legislator legislators",
	"envoy ambassador",
	"apologize apologise apologized apologised apology",
	"claim claimed allege alleged",
	"plan planned intend intended",
	"urge urged call called",
	"help helped assist assisted assistance",
}

// synonyms maps a word's stem to its group's first stem.
var synonyms = func() map[string]string {
	m := map[string]string{}
	for _, g := range synonymGroups {
		words := strings.Fields(g)
		head := stem(words[0])
		for _, w := range words {
			m[stem(w)] = head
		}
	}
	return m
}()

// termOf gives the alignment term of a word key: its stem, or its
// synonym group's stem.
func termOf(key string) string {
	s := stem(key)
	if h, ok := synonyms[s]; ok {
		return h
	}
	return s
}
