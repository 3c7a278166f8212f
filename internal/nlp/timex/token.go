package timex

import (
	"encoding/binary"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfold/newsfold/internal/nlp/lowercase"
)

type tokKind uint8

const (
	tokWord tokKind = iota
	tokNum
	tokPunct
)

// token is one word, number or punctuation mark of a text, with its byte
// span so that expressions can be cut from the text exactly as written.
type token struct {
	// ls and le bound the token's lower form (see passage.lowOf): for a
	// word, the word in lower case without a possessive "'s"; for a
	// number, the letters glued on in lower case ("th", "s"); for a mark,
	// the mark. Offsets rather than a string keep tokens free of pointers,
	// which the collector then need not scan.
	ls, le     int32
	start, end int32
	num        int32 // numbers: value, or -1 when grouped ("2,000") or too long
	sent       int32 // index of the sentence the token stands in
	ndigits    int32 // numbers: digits before any suffix
	kind       tokKind
	spaced     bool // preceded by white space or the start of the text
	newline    bool // preceded by a line break
	upper      bool // words: starts with an upper-case letter
}

// lowOf returns the lower form of t, a token of p.
func (p *passage) lowOf(t *token) string {
	if t.kind == tokPunct {
		return p.text[t.ls:t.le]
	}
	return p.lower[t.ls:t.le]
}

// low returns the lower form of token i.
func (p *passage) low(i int) string { return p.lowOf(&p.toks[i]) }

// suffixOf returns the letters glued to t, a number of p, in lower case.
func (p *passage) suffixOf(t *token) string {
	if t.kind != tokNum {
		return ""
	}
	return p.lower[t.ls:t.le]
}

// maxText is the length in bytes of the longest text tokenize reads:
// token offsets are 32-bit, which keeps tokens small.
const maxText = math.MaxInt32

// tokenize splits text into tokens and returns them with the text in
// lower case that their lower forms are cut from. Letters joined by an
// apostrophe stay one word ("Iran's"); a hyphen is its own token.
func tokenize(text string) ([]token, string) {
	var ar arena
	return ar.appendTokens(text)
}

// appendTokens appends the tokens of text to ar.toks, as tokenize gives
// them, so that the texts of an article can share one array, and returns
// them with the text in lower case.
func (ar *arena) appendTokens(text string) ([]token, string) {
	text = text[:min(len(text), maxText)] // offsets are held in 32 bits
	var lower string
	lower, ar.buf = lowerAligned(text, ar.buf)
	from := len(ar.toks)
	toks := appendTokensLowered(ar.toks, text, lower)
	ar.toks = toks
	return toks[from:len(toks):len(toks)], lower
}

// appendTokensLowered appends the tokens of text, given in lower case as
// lower, to dst.
func appendTokensLowered(dst []token, text, lower string) []token {
	n := strings.Count(text, " ") // words, and about half as many marks
	toks := slices.Grow(dst, n+n/2+8)
	spaced, newline := true, false
	for i := 0; i < len(text); {
		c := text[i]
		if c == ' ' {
			spaced = true
			i++
			continue
		}
		if isASCIILetter(c) {
			j := i + 1
			for j < len(text) && isASCIILetter(text[j]) {
				j++
			}
			if j == len(text) || text[j] < utf8.RuneSelf && text[j] != '\'' {
				// ASCII letters that nothing can join to more: the word
				// scanWord reads, its own lower form with no possessive.
				toks = append(toks, token{ls: int32(i), le: int32(j), start: int32(i), end: int32(j), num: -1,
					kind: tokWord, spaced: spaced, newline: newline, upper: c <= 'Z'})
				spaced, newline = false, false
				i = j
				continue
			}
		}
		r, size := rune(c), 1
		if r >= utf8.RuneSelf {
			r, size = decodeWide(text, i)
		}
		switch {
		case r == '\n' || r == '\r':
			spaced, newline = true, true
			i += size
			continue
		case r < utf8.RuneSelf && r >= '\t' && r <= '\r', r >= utf8.RuneSelf && unicode.IsSpace(r):
			spaced = true
			i += size
			continue
		}
		t := token{start: int32(i), spaced: spaced, newline: newline, num: -1}
		switch {
		case r >= '0' && r <= '9':
			i = scanNumber(text, lower, i, &t)
		case unicode.IsLetter(r):
			i = scanWord(text, i)
			t.kind = tokWord
			t.upper = unicode.IsUpper(r)
		default:
			t.kind = tokPunct
			i += size
		}
		t.end = int32(i)
		switch t.kind {
		case tokPunct:
			t.ls, t.le = t.start, t.end
		case tokWord:
			t.ls = t.start
			t.le = t.start + int32(len(dropPossessive(lower[t.start:t.end])))
		}
		toks = append(toks, t)
		spaced, newline = false, false
	}
	return toks
}

// decodeRune decodes the rune at text[i], reading an ASCII byte directly.
func decodeRune(text string, i int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return decodeWide(text, i)
}

// decodeWide decodes the rune beyond ASCII at text[i]. It stands apart
// from decodeRune so that decodeRune is small enough to be inlined.
func decodeWide(text string, i int) (rune, int) {
	return utf8.DecodeRuneInString(text[i:])
}

// scanWord returns the end of the word starting at i.
func scanWord(text string, i int) int {
	for i < len(text) {
		if isASCIILetter(text[i]) {
			i++
			continue
		}
		if text[i] < utf8.RuneSelf && text[i] != '\'' {
			break // an ASCII mark or space: no letter, and no apostrophe
		}
		r, size := decodeRune(text, i)
		if unicode.IsLetter(r) {
			i += size
			continue
		}
		if r == '\'' || r == '’' {
			if n, _ := utf8.DecodeRuneInString(text[i+size:]); i+size < len(text) && unicode.IsLetter(n) {
				i += size
				continue
			}
		}
		break
	}
	return i
}

// scanNumber fills t with the number starting at i and returns its end.
func scanNumber(text, lower string, i int, t *token) int {
	t.kind = tokNum
	j := i
	for j < len(text) && isDigit(text[j]) {
		j++
	}
	t.ndigits = int32(j - i)
	grouped := false
	for j+4 <= len(text) && text[j] == ',' &&
		isDigit(text[j+1]) && isDigit(text[j+2]) && isDigit(text[j+3]) &&
		(j+4 == len(text) || !isDigit(text[j+4])) {
		grouped = true
		j += 4
	}
	if !grouped && j-i <= 9 {
		t.num = int32(atoi(text[i:j]))
	}
	k := j
	for k < len(text) && isASCIILetter(text[k]) {
		k++
	}
	t.ls, t.le = int32(j), int32(k)
	return k
}

// dropPossessive drops a possessive ending from a lower-case word.
func dropPossessive(w string) string {
	if len(w) == 0 || w[len(w)-1] != 's' {
		return w
	}
	for _, s := range [...]string{"'s", "’s"} {
		if len(w) > len(s) && strings.HasSuffix(w, s) {
			return w[:len(w)-len(s)]
		}
	}
	return w
}

// lowerAligned lower-cases text letter by letter, keeping every letter
// whose lower case is longer or shorter in UTF-8 as it is, so that byte
// offsets into text hold in the result. It lowers text in buf, which it
// returns for the next call.
func lowerAligned(text string, buf []byte) (string, []byte) {
	i := 0
	for i < len(text) && text[i] < utf8.RuneSelf && (text[i] < 'A' || text[i] > 'Z') {
		i++
	}
	if i == len(text) {
		return text, buf
	}
	b := append(buf[:0], text...)
	for i < len(b) {
		if i+8 <= len(b) {
			if x := binary.LittleEndian.Uint64(b[i:]); lowercase.IsASCII(x) {
				binary.LittleEndian.PutUint64(b[i:], lowercase.Word(x))
				i += 8
				continue
			}
		}
		c := b[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == size {
			utf8.EncodeRune(b[i:], l)
		}
		i += size
	}
	return string(b), b
}

func isDigit(c byte) bool       { return c >= '0' && c <= '9' }
func isASCIILetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
