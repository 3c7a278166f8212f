package entity

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfold/newsfold/internal/nlp/wordlist"
)

// token is one word or punctuation mark of a paragraph.
type token struct {
	text       string // as written, a possessive ending left out
	low        string // text in lower case without a final period
	start, end int32  // byte offsets of text in the paragraph
	word       bool   // a word rather than a punctuation mark
	upper      bool   // begins with an upper-case letter
	sentStart  bool   // first word of a sentence, quotation or clause after a colon
	poss       bool   // followed by a possessive ending ('s or ')
	name       bool   // can stand in a name (see isNameWord)
	title      bool   // a title or honorific ("Mr.", "Senator")
	joined     bool   // words only: holds a hyphen, an apostrophe or a byte beyond ASCII
}

// abbreviations end with a period that does not end a sentence.
var abbreviations = wordlist.New(map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "sen": true,
	"rep": true, "gov": true, "gen": true, "lt": true, "col": true, "capt": true,
	"sgt": true, "maj": true, "adm": true, "cmdr": true, "prof": true, "rev": true,
	"jr": true, "sr": true, "inc": true, "corp": true, "co": true, "ltd": true,
	"mt": true, "ft": true, "no": true, "vs": true, "jan": true, "feb": true,
	"mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "gens": true, "reps": true,
	"sens": true, "messrs": true, "fig": true, "approx": true,
})

// maxParagraph is the length in bytes of the longest paragraph tokenize
// reads: token offsets are 32-bit, which keeps tokens small.
const maxParagraph = math.MaxInt32

// tokenize splits a paragraph into words and punctuation marks.
func tokenize(p string) []token {
	return appendTokens(make([]token, 0, tokensBound(p)), p)
}

// tokensBound is the capacity that holds the tokens of p most often
// without growing.
func tokensBound(p string) int { return len(p)/5 + 8 }

// appendTokens appends the words and punctuation marks of paragraph p to
// dst, so that the paragraphs of an article can share one array.
func appendTokens(dst []token, p string) []token { return appendTokensFolded(dst, p, "") }

// appendTokensFolded is appendTokens given folded, p with its ASCII
// capitals folded as foldASCII gives it, or "" to have it made when first
// needed.
func appendTokensFolded(dst []token, p, folded string) []token {
	p = p[:min(len(p), maxParagraph)] // offsets are held in 32 bits
	first := len(dst)
	toks := dst
	sentStart := true
	monthWord := false // a capitalised month's name that is no name word: see markMonthNames
	for i := 0; i < len(p); {
		c := p[i]
		if c == ' ' {
			i++
			continue
		}
		if asciiAlnum[c] {
			if j, class := asciiWordRun(p, i); j == len(p) || endsPlainWord(p[j]) {
				// ASCII letters and digits that nothing joins, with no
				// possessive and no period after them: the token readWord
				// gives, read without it.
				low := p[i:j]
				if class&classUpper != 0 {
					if folded == "" {
						folded = foldASCII(p)
					}
					low = folded[i:j]
				}
				toks = append(toks, token{text: p[i:j], low: low, start: int32(i), end: int32(j), word: true, upper: c >= 'A' && c <= 'Z', sentStart: sentStart})
				if t := &toks[len(toks)-1]; t.upper {
					t.name = isNameWord(t)
					monthWord = monthWord || !t.name && lex.months.Get(t.low)
					t.title = isTitleLower(t.low)
				}
				sentStart = false
				i = j
				continue
			}
		}
		r, size := rune(c), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(p[i:])
		}
		switch {
		case r < utf8.RuneSelf && asciiAlnum[c], r >= utf8.RuneSelf && isWideLetterOrDigit(r):
			toks = append(toks, token{})
			t := &toks[len(toks)-1]
			next, shape := readWord(p, i, t)
			switch {
			case shape == 0:
				t.low = strings.TrimSuffix(t.text, ".") // lowerAt, knowing it holds no capital
			case shape == shapeCapital:
				// lowerAt, knowing the word is ASCII
				if folded == "" {
					folded = foldASCII(p)
				}
				t.low = strings.TrimSuffix(folded[t.start:t.end], ".")
			default:
				t.low, folded = lowerAt(p, folded, int(t.start), int(t.end))
			}
			t.name = (t.upper || t.joined) && isNameWord(t) // a plain lower-case word is none
			monthWord = monthWord || t.upper && !t.name && lex.months.Get(t.low)
			t.title = t.upper && isTitleLower(t.low)
			t.sentStart = sentStart
			sentStart = false
			i = next
		case isSpace(r):
			i += size
		default:
			toks = append(toks, token{text: p[i : i+size], start: int32(i), end: int32(i + size)})
			switch r {
			case '.', '!', '?', ':', ';', '“', '‘', '"', '(', '[', '—', '–':
				if r == '.' || r == '!' || r == '?' || r == ':' || isOpening(p, i, size) {
					sentStart = true
				}
			}
			i += size
		}
	}
	if monthWord {
		markMonthNames(toks[first:])
	}
	return toks
}

// markMonthNames lets a month's short form that is also a first name stand
// in a name when a name word, not a day, follows it: "Jan Roe", not
// "Jan. 5".
func markMonthNames(toks []token) {
	for k := 0; k+1 < len(toks); k++ {
		t := &toks[k]
		if !t.upper || t.name || !lex.months.Get(t.low) || lex.firstNames.Get(t.low) == Unknown || strings.HasSuffix(t.text, ".") {
			continue
		}
		if next := toks[k+1]; next.word && next.name && next.start == t.end+1 {
			t.name = true
		}
	}
}

// isOpening reports whether the quote mark or bracket at p[i:i+size]
// opens something: it is followed by a letter and not preceded by one.
func isOpening(p string, i, size int) bool {
	if i+size >= len(p) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(p[i+size:])
	if !unicode.IsLetter(next) && !unicode.IsDigit(next) {
		return false
	}
	if i == 0 {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(p[:i])
	return !unicode.IsLetter(prev) && !unicode.IsDigit(prev)
}

// The shape of a word as readWord reads it: whether it holds a capital
// and whether a byte beyond ASCII.
const (
	shapeCapital = 1 << iota // an ASCII capital
	shapeWide                // a byte beyond ASCII
)

// readWord reads the word starting at p[i] into t: letters and digits,
// joined by apostrophes, hyphens and the periods of an abbreviation
// ("U.S."). It returns where the word ends and its shape, which leaves
// out any capital beyond ASCII: a word of shape 0 is plain, its own lower
// case.
func readWord(p string, i int, t *token) (int, int) {
	j := i
	segStart := i // start of the current period-separated segment
	dotted := false
	joined := false // a hyphen, an apostrophe or a byte beyond ASCII read
	shape := 0
	for {
		var class byte
		j, class = asciiWordRun(p, j)
		if class&classUpper != 0 {
			shape |= shapeCapital
		}
		if j >= len(p) {
			break
		}
		c := p[j]
		if c < utf8.RuneSelf && c != '\'' && c != '-' && c != '.' {
			break // a space or a mark that joins nothing
		}
		if c >= utf8.RuneSelf {
			shape |= shapeWide
		}
		joined = joined || c != '.'
		r, size := utf8.DecodeRuneInString(p[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\u00AD' {
			j += size
			continue
		}
		if j+size >= len(p) {
			break
		}
		next, _ := utf8.DecodeRuneInString(p[j+size:])
		joinsWord := unicode.IsLetter(next) || unicode.IsDigit(next)
		if (r == '\'' || r == '’' || r == '-' || r == '‐') && joinsWord {
			j += size
			continue
		}
		// An initial followed by another: "U.S", "e.g".
		if r == '.' && unicode.IsLetter(next) && utf8.RuneCountInString(p[segStart:j]) == 1 {
			j += size
			segStart = j
			dotted = true
			continue
		}
		break
	}
	*t = token{start: int32(i), end: int32(j), word: true, joined: joined}
	w := p[i:j]
	// A period belongs to an abbreviation, an initial or a dotted acronym.
	if j < len(p) && p[j] == '.' {
		if dotted || utf8.RuneCountInString(w) == 1 || hasLower(abbreviations, w) {
			j++
			t.end = int32(j)
		}
	}
	if n := len(w); w[n-1] == 's' {
		switch {
		case n >= 2 && w[n-2] == '\'':
			if n > 2 {
				t.end = int32(i + n - 2)
				t.poss = true
			}
		case strings.HasSuffix(w, "’s"):
			if n > len("’s") {
				t.end = int32(i + n - len("’s"))
				t.poss = true
			}
		case j < len(p) && p[j] == '\'':
			t.poss = true
		}
	}
	t.text = p[t.start:t.end]
	if c := t.text[0]; c < utf8.RuneSelf {
		t.upper = c >= 'A' && c <= 'Z'
	} else {
		r, _ := utf8.DecodeRuneInString(t.text)
		t.upper = unicode.IsUpper(r)
	}
	return j, shape
}

// endsPlainWord reports whether c, the byte after a run of ASCII letters
// and digits, ends it as a word of its own: it is ASCII and no mark that
// may join the run to more (an apostrophe, a hyphen, a period).
func endsPlainWord(c byte) bool {
	return c < utf8.RuneSelf && c != '\'' && c != '-' && c != '.'
}

// Classes of ASCII bytes in words.
const (
	classLower = 1 << iota // a lower-case letter or a digit
	classUpper             // a capital
)

// wordClass holds the class of every byte: 0 for a byte that is not an
// ASCII letter or digit.
var wordClass = func() (t [256]byte) {
	for c := 0; c < 256; c++ {
		switch {
		case c >= 'A' && c <= 'Z':
			t[c] = classUpper
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			t[c] = classLower
		}
	}
	return t
}()

// asciiWordRun returns the end of the run of ASCII letters and digits at
// p[j:] and the classes of its bytes.
func asciiWordRun(p string, j int) (int, byte) {
	var class byte
	for ; j < len(p); j++ {
		k := wordClass[p[j]]
		if k == 0 {
			break
		}
		class |= k
	}
	return j, class
}

// asciiAlnum marks the bytes of ASCII letters and digits.
var asciiAlnum = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t
}()

// lowerAt is lower(p[start:end]). A word of ASCII letters is cut from
// folded, p with its ASCII capitals folded, which it makes when it is "",
// so that a paragraph's words share one lower-case copy; it returns folded.
func lowerAt(p, folded string, start, end int) (string, string) {
	if end > start && p[end-1] == '.' {
		end--
	}
	upper := false
	for i := start; i < end; i++ {
		c := p[i]
		if c >= 0x80 {
			return strings.ToLower(p[start:end]), folded
		}
		if c >= 'A' && c <= 'Z' {
			upper = true
		}
	}
	if !upper {
		return p[start:end], folded
	}
	if folded == "" {
		folded = foldASCII(p)
	}
	return folded[start:end], folded
}

// foldASCII is s with its ASCII capitals in lower case and every other byte
// as it is, so that byte offsets into s hold in it.
func foldASCII(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	from := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b.WriteString(s[from:i])
			b.WriteByte(c + 'a' - 'A')
			from = i + 1
		}
	}
	b.WriteString(s[from:])
	return b.String()
}

// isSpace is unicode.IsSpace, quicker for ASCII.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r >= '\t' && r <= '\r'
	}
	if r >= 0x2010 && r <= 0x2027 {
		return false // dashes, curly quotes, bullets, the ellipsis: no space among them
	}
	return unicode.IsSpace(r)
}

// isLetterOrDigit reports whether r is a letter or a digit, quickly for
// ASCII.
func isLetterOrDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiAlnum[r]
	}
	return isWideLetterOrDigit(r)
}

// isWideLetterOrDigit is isLetterOrDigit for a rune beyond ASCII. The
// marks of the General Punctuation block (curly quotes, dashes, ellipsis)
// are told without the Unicode tables: none is a letter or digit.
func isWideLetterOrDigit(r rune) bool {
	if r >= 0x2000 && r <= 0x206F {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// hasLower reports whether the list l holds lower(w), without
// allocating for a short ASCII word.
func hasLower(l wordlist.Set, w string) bool { return l.HasLower(strings.TrimSuffix(w, ".")) }

// lower is a word in lower case without a final period.
func lower(s string) string {
	s = strings.TrimSuffix(s, ".")
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}
