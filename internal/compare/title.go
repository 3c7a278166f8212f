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
// of a title and another the current holder.
func titleConflicts(arts []*news.Article, roots []int) []news.Conflict {
	type stance struct {
		art    int
		former bool
		text   string
		mixed  bool
	}
	byPerson := map[string]map[int]*stance{} // surname|role -> root -> stance
	var order []string
	var buf []byte
	for ai, a := range arts {
		for _, p := range a.Paragraphs {
			var may bool
			if may, buf = mayHoldTitle(p, buf); !may {
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

// titleIndex finds the title words by their first two bytes.
var titleIndex = newPhraseIndex(slices.Sorted(maps.Keys(titleWords)))

// mayHoldTitle reports whether text may hold a word whose key is a title
// word, so that roleMentions need not read text that holds none: the
// letters of every white-space-separated field, lower-cased as keys are,
// are searched for the title words. It uses buf as scratch space and
// returns it for the next call.
func mayHoldTitle(text string, buf []byte) (bool, []byte) {
	buf = buf[:0]
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if k := titleBytes[c]; k != 0 {
				buf = append(buf, k)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		switch {
		case unicode.IsLetter(r):
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		case unicode.IsSpace(r):
			buf = append(buf, ' ')
		}
	}
	return titleIndex.inBytes(buf), buf
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
