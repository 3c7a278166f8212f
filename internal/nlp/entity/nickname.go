package entity

import (
	"strings"

	"github.com/newsfold/newsfold/internal/news"
)

// A nickname may be set in quotation marks between a first name and a
// surname: Jane "Jo" Roe. The name keeps it as one word, marks and all,
// and "Jo Roe" and "Jo" alone stand for the same person.

// nicknameEnd returns where the surname after a quoted nickname starts when
// toks[j] opens one after a capitalised name word: a mark set against the
// nickname, the nickname, a mark closing it and a name word, the marks set
// apart from the words around by spaces. It returns j when there is none.
func nicknameEnd(toks []token, j int) int {
	if j == 0 || j+3 >= len(toks) || !toks[j-1].name || !toks[j-1].upper {
		return j
	}
	first, open, nick, cls, last := toks[j-1], toks[j], toks[j+1], toks[j+2], toks[j+3]
	if (open.text != `"` && open.text != "“") || (cls.text != `"` && cls.text != "”") {
		return j
	}
	if !nick.name || !nick.upper || !last.name || !last.upper {
		return j
	}
	if open.start == first.end || open.end != nick.start || nick.end != cls.start || cls.end == last.start {
		return j
	}
	// A common first name before the nickname, or as it, says a person's
	// name: not a firm's such as Tarn "Harbour" Books.
	known := func(t token) bool { return lex.firstNames.Get(t.low) != Unknown }
	if !known(first) && !known(nick) && (j < 2 || !toks[j-2].name || !known(toks[j-2])) {
		return j
	}
	return j + 3
}

// nicknameAt returns where the name of a person named with a quoted
// nickname starts in the run toks[i:j]: at the word before the nickname,
// or at a common first name before that ("Ana Lucia "Lu" Roe"); -1 when
// the run holds no such name.
func nicknameAt(toks []token, i, j int) int {
	for q := i + 1; q+3 < j; q++ {
		if nicknameEnd(toks, q) != q+3 {
			continue
		}
		k := q - 1
		for k > i && toks[k-1].name && !toks[k-1].title && lex.firstNames.Get(toks[k-1].low) != Unknown {
			k--
		}
		return k
	}
	return -1
}

// nicknameWord returns, when toks[k] opens a quoted nickname, the nickname
// with its marks as one word and the index of its closing mark.
func nicknameWord(p string, toks []token, k, j int) (string, int, bool) {
	if k+2 >= j || toks[k].word || !toks[k+1].word || toks[k+2].word {
		return "", k, false
	}
	if (toks[k].text != `"` && toks[k].text != "“") || (toks[k+2].text != `"` && toks[k+2].text != "”") {
		return "", k, false
	}
	if toks[k].end != toks[k+1].start || toks[k+1].end != toks[k+2].start {
		return "", k, false
	}
	return p[toks[k].start:toks[k+2].end], k + 2, true
}

// nickname returns the nickname a person's name words hold, without its
// marks: "Jo" of Jane "Jo" Roe; "" when none.
func nickname(words []string) string {
	if len(words) < 3 {
		return ""
	}
	for _, w := range words[1 : len(words)-1] {
		for _, m := range [...][2]string{{`"`, `"`}, {"“", "”"}, {`"`, "”"}, {"“", `"`}} {
			if len(w) > len(m[0])+len(m[1]) && strings.HasPrefix(w, m[0]) && strings.HasSuffix(w, m[1]) {
				return w[len(m[0]) : len(w)-len(m[1])]
			}
		}
	}
	return ""
}

// joinNicknames joins to a person named with a quoted nickname the person
// the article names by the nickname and the surname: "Jo Roe" to Jane "Jo"
// Roe.
func joinNicknames(an *analysis, byKey map[string]int) {
	for g, grp := range an.groups {
		if grp.typ != news.Person {
			continue
		}
		words := an.cands[grp.first].words
		nick := nickname(words)
		if nick == "" {
			continue
		}
		short, ok := byKey[string(news.Person)+"\x00"+nick+" "+words[len(words)-1]]
		if !ok || short == g {
			continue
		}
		for ci, sg := range an.groupOf {
			if sg == short {
				an.groupOf[ci] = g
			}
		}
	}
}
