package compare

import (
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfold/newsfold/internal/news"
)

// roleMention is a title written before a name: "former Ambassador Jane Roe".
type roleMention struct {
	surname string // last word of the name, lower case
	role    string // the title word and any qualifier, lower case
	former  bool
	text    string
}

// titleWords are titles that stand before a person's name.
var titleWords = toSet(`ambassador president minister secretary spokesman spokeswoman spokesperson envoy
governor senator chairman chairwoman chair director chief commander general admiral mayor judge justice
prosecutor attorney premier chancellor representative congressman congresswoman coach ceo`)

// titleConflicts reports people whom one original calls "former" holder
// of a title and another the current holder, reading the paragraphs
// titled marks.
func titleConflicts(arts []*news.Article, roots []int, titled [][]bool) []news.Conflict {
	type stance struct {
		art    int
		former bool
		text   string
		mixed  bool
	}
	byPerson := map[string]map[int]*stance{} // surname|role -> root -> stance
	var order []string
	for ai, a := range arts {
		for pi, p := range a.Paragraphs {
			if !titled[ai][pi] {
				continue
			}
			for _, m := range roleMentions(p) {
				k := m.surname + "|" + m.role
				if byPerson[k] == nil {
					byPerson[k] = map[int]*stance{}
					order = append(order, k)
				}
				s := byPerson[k][roots[ai]]
				if s == nil {
					byPerson[k][roots[ai]] = &stance{art: ai, former: m.former, text: m.text}
				} else if s.former != m.former {
					s.mixed = true
				}
			}
		}
	}
	var out []news.Conflict
	for _, k := range order {
		var vals []*stance
		formers, currents := 0, 0
		for _, s := range byPerson[k] {
			if s.mixed {
				continue
			}
			vals = append(vals, s)
			if s.former {
				formers++
			} else {
				currents++
			}
		}
		if formers == 0 || currents == 0 {
			continue
		}
		sort.Slice(vals, func(i, j int) bool { return vals[i].art < vals[j].art })
		surname, role, _ := strings.Cut(k, "|")
		c := news.Conflict{About: "title of " + displayName(surname) + " (" + role + ")"}
		for _, s := range vals {
			c.Values = append(c.Values, news.ConflictValue{Article: arts[s.art].ID, Text: s.text})
		}
		out = append(out, c)
	}
	return out
}

func displayName(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	return strings.ToUpper(string(r[0])) + string(r[1:])
}

// mayHoldTitle reports whether text may hold a word whose key is a title
// word, so that roleMentions need not read text that holds none: the
// letters of every white-space-separated field, lower-cased as keys are,
// are searched for the title words. An automaton reads the letters as
// they come, so nothing is copied.
func mayHoldTitle(text string) bool {
	state := 0
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if k := titleBytes[c]; k != 0 {
				if state = titleAutomaton.next(state, k); titleAutomaton.final[state] {
					return true
				}
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		switch {
		case unicode.IsLetter(r):
			if l := unicode.ToLower(r); l < utf8.RuneSelf {
				if state = titleAutomaton.next(state, byte(l)); titleAutomaton.final[state] {
					return true
				}
			} else {
				state = 0 // a letter beyond ASCII: no title word runs on
			}
		case unicode.IsSpace(r):
			state = 0
		}
	}
	return false
}

// titleAutomaton finds the title words in a run of lower-case letters
// and spaces.
var titleAutomaton = newWordAutomaton(slices.Sorted(maps.Keys(titleWords)))

// wordAutomaton is an Aho-Corasick automaton over lower-case ASCII
// letters: any other symbol takes it back to the start.
type wordAutomaton struct {
	delta [][26]int32 // state, letter -> state
	final []bool      // a word ends here, or at a suffix of here
}

func newWordAutomaton(words []string) *wordAutomaton {
	a := &wordAutomaton{delta: make([][26]int32, 1), final: make([]bool, 1)}
	// The trie, with -1 for a missing edge.
	for k := range a.delta[0] {
		a.delta[0][k] = -1
	}
	for _, w := range words {
		s := 0
		for i := 0; i < len(w); i++ {
			c := w[i] - 'a'
			if a.delta[s][c] < 0 {
				a.delta = append(a.delta, [26]int32{})
				a.final = append(a.final, false)
				for k := range a.delta[len(a.delta)-1] {
					a.delta[len(a.delta)-1][k] = -1
				}
				a.delta[s][c] = int32(len(a.delta) - 1)
			}
			s = int(a.delta[s][c])
		}
		a.final[s] = true
	}
	// Failure links, breadth first, turn the trie into a full automaton.
	fail := make([]int, len(a.delta))
	var queue []int
	for c := range a.delta[0] {
		if t := a.delta[0][c]; t < 0 {
			a.delta[0][c] = 0
		} else {
			queue = append(queue, int(t))
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		a.final[s] = a.final[s] || a.final[fail[s]]
		for c := range a.delta[s] {
			t := a.delta[s][c]
			if t < 0 {
				a.delta[s][c] = a.delta[fail[s]][c]
				continue
			}
			fail[t] = int(a.delta[fail[s]][c])
			queue = append(queue, int(t))
		}
	}
	return a
}

// next is the state after reading byte c from state s: a lower-case
// letter moves on, anything else goes back to the start.
func (a *wordAutomaton) next(s int, c byte) int {
	if c < 'a' || c > 'z' {
		return 0
	}
	return int(a.delta[s][c-'a'])
}

// titleBytes gives what mayHoldTitle keeps of an ASCII byte: a letter
// in lower case, white space as a space, nothing (0) for the rest.
var titleBytes = func() (keep [utf8.RuneSelf]byte) {
	for c := range keep {
		switch {
		case 'a' <= c && c <= 'z':
			keep[c] = byte(c)
		case 'A' <= c && c <= 'Z':
			keep[c] = byte(c + 'a' - 'A')
		case asciiSpace[c] != 0:
			keep[c] = ' '
		}
	}
	return keep
}()

// roleMentions finds titles written right before a capitalised name.
func roleMentions(text string) []roleMention {
	toks := tokenize(text)
	var out []roleMention
	for i := 0; i < len(toks); i++ {
		if !titleWords[toks[i].Key] {
			continue
		}
		// The name: capitalised words right after the title.
		j := i + 1
		for j < len(toks) && startsUpper(toks[j].Raw) && toks[j].Key != "" && !stopWords[toks[j].Key] && !titleWords[toks[j].Key] {
			if endsPhrase(toks[j]) {
				j++
				break
			}
			j++
		}
		if j-i < 2 || (j-i == 2 && strings.ContainsAny(toks[i+1].Raw, ",.")) {
			continue
		}
		former := i > 0 && toks[i-1].Key == "former"
		start := i
		if former {
			start = i - 1
		}
		raws := make([]string, 0, j-start)
		for _, t := range toks[start:j] {
			raws = append(raws, t.Raw)
		}
		out = append(out, roleMention{
			surname: toks[j-1].Key,
			role:    toks[i].Key,
			former:  former,
			text:    strings.Trim(strings.Join(raws, " "), ",;:.“”\"()"),
		})
		i = j - 1
	}
	return out
}

// endsPhrase reports whether a word closes a name with punctuation; an
// initial ("W.") does not.
func endsPhrase(t token) bool {
	if strings.ContainsAny(t.Raw, ",;:”\"") {
		return true
	}
	return strings.HasSuffix(t.Raw, ".") && len([]rune(t.Key)) > 1 && !strings.Contains(t.Key, ".")
}
