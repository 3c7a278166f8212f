package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word of a text: its surface form and its normalised key
// (lower case, punctuation and brackets stripped, curly apostrophes made
// straight). Pure punctuation has an empty key.
type token struct {
	Raw string
	Key string
}

// tokenize splits s at white space and at dashes and ellipses that stand
// between words, giving each piece its key.
func tokenize(s string) []token {
	n := strings.Count(s, " ") + 1 // about one word a space
	return appendTokens(make([]token, 0, n+n/8), s)
}

// appendTokens appends the tokens of s to out. It reads s once, cutting
// fields at white space and pieces at punctuation runs as it goes: a run
// opens only on '-', '.' or the byte 0xE2, which never stands inside
// another character's encoding. A piece of lower-case ASCII letters and
// digits alone is its own key.
func appendTokens(out []token, s string) []token {
	start := -1   // start of the current piece, or -1 when none is open
	plain := true // the open piece is lower-case ASCII letters and digits
	for i := 0; i < len(s); {
		c := s[i]
		switch byteClasses[c] {
		case bytePlain:
			if start < 0 {
				start, plain = i, true
			}
			for i++; i < len(s) && byteClasses[s[i]] == bytePlain; i++ {
			}
			continue
		case byteOther:
			if start < 0 {
				start = i
			}
			plain = false
			i++
			continue
		case byteSpace:
			if start >= 0 {
				out = appendToken(out, s[start:i], plain)
				start = -1
			}
			i++
			continue
		case byteHigh:
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				if start >= 0 {
					out = appendToken(out, s[start:i], plain)
					start = -1
				}
				i += size
				continue
			}
			if c != 0xE2 {
				if start < 0 {
					start = i
				}
				plain = false
				i += size
				continue
			}
		}
		// '-', '.' or 0xE2: a punctuation run may open here.
		n := punctRunAt(s, i)
		if n == 0 {
			if start < 0 {
				start = i
			}
			plain = false
			i++
			continue
		}
		end := i + n
		for end < len(s) && (s[end] == '-' || s[end] == '.') {
			end++
		}
		if start >= 0 {
			out = appendToken(out, s[start:i], plain)
		}
		out = appendToken(out, s[i:end], false)
		start, i = -1, end
	}
	if start >= 0 {
		out = appendToken(out, s[start:], plain)
	}
	return out
}

// Classes of bytes for appendTokens.
const (
	bytePlain = iota // a lower-case ASCII letter or a digit
	byteOther        // any other ASCII byte that is no space and opens no run
	byteSpace        // ASCII white space
	byteRun          // '-' or '.'
	byteHigh         // a byte of a character beyond ASCII
)

var byteClasses = func() (classes [256]uint8) {
	for c := range classes {
		switch {
		case c >= utf8.RuneSelf:
			classes[c] = byteHigh
		case asciiSpace[c] != 0:
			classes[c] = byteSpace
		case c == '-' || c == '.':
			classes[c] = byteRun
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			classes[c] = bytePlain
		default:
			classes[c] = byteOther
		}
	}
	return classes
}()

// appendToken appends the token of one piece; a plain piece (lower-case
// ASCII letters and digits alone) is its own key.
func appendToken(out []token, piece string, plain bool) []token {
	if plain {
		return append(out, token{Raw: piece, Key: piece})
	}
	return append(out, token{Raw: piece, Key: wordKey(piece)})
}

// trimOpeners trims the quotation marks and brackets that open a word,
// as strings.TrimLeft(s, openers) would.
func trimOpeners(s string) string {
	for len(s) > 0 {
		switch {
		case s[0] == '"' || s[0] == '\'' || s[0] == '(':
			s = s[1:]
		case strings.HasPrefix(s, "“") || strings.HasPrefix(s, "‘"):
			s = s[len("“"):]
		default:
			return s
		}
	}
	return s
}

// asciiSpace marks the ASCII bytes strings.Fields treats as white space.
var asciiSpace = [utf8.RuneSelf]uint8{'\t': 1, '\n': 1, '\v': 1, '\f': 1, '\r': 1, ' ': 1}

// punctRuns are the marks that stand between words without spaces.
var punctRuns = []string{"--", "...", "…", "—", "–"}

// punctRunAt returns the length of the punctuation run starting at f[i],
// or 0 when none starts there. Every run opens with '-', '.' or the lead
// byte of "…", "—" and "–".
func punctRunAt(f string, i int) int {
	switch f[i] {
	case '-', '.', 0xE2:
	default:
		return 0
	}
	for _, sep := range punctRuns {
		if strings.HasPrefix(f[i:], sep) {
			return len(sep)
		}
	}
	return 0
}

// wordKey lower-cases w and keeps its letters, digits and inner
// apostrophes, hyphens and decimal points.
func wordKey(w string) string {
	// Most words are already keys: lower-case ASCII letters and digits.
	plain := 0
	for plain < len(w) && ('a' <= w[plain] && w[plain] <= 'z' || '0' <= w[plain] && w[plain] <= '9') {
		plain++
	}
	if plain == len(w) {
		return w
	}
	var buf [64]byte
	b := append(buf[:0], w[:plain]...)
	for i := plain; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9', c == '\'', c == '-', c == '.', c == ',':
				b = append(b, c)
			case 'A' <= c && c <= 'Z':
				b = append(b, c+'a'-'A')
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		i += size
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b = utf8.AppendRune(b, unicode.ToLower(r))
		case r == '’':
			b = append(b, '\'')
		}
	}
	b = trimKeyMarks(b)
	for _, c := range b {
		if c == '.' || c == ',' {
			return finishKey(string(b))
		}
	}
	if string(b) == w[:min(len(b), len(w))] {
		return w[:len(b)] // already a key: share w's bytes
	}
	return string(b)
}

// trimKeyMarks trims the apostrophes, hyphens, dots and commas around a key.
func trimKeyMarks(b []byte) []byte {
	isMark := func(c byte) bool { return c == '\'' || c == '-' || c == '.' || c == ',' }
	for len(b) > 0 && isMark(b[0]) {
		b = b[1:]
	}
	for len(b) > 0 && isMark(b[len(b)-1]) {
		b = b[:len(b)-1]
	}
	return b
}

// finishKey trims a lower-cased key's outer marks and drops the dots and
// commas that do not belong to a number or a dotted acronym.
func finishKey(k string) string {
	k = strings.Trim(k, "'-.,")
	if strings.ContainsAny(k, ".,") && !isNumberKey(k) {
		// Keep "1,200" and "3.5" whole; drop stray dots elsewhere ("u.s" stays).
		k = strings.ReplaceAll(k, ",", "")
		if strings.Count(k, ".") == 0 || !isAcronymKey(k) {
			k = strings.ReplaceAll(k, ".", "")
		}
	}
	return k
}

func isNumberKey(k string) bool {
	if k == "" {
		return false
	}
	for _, r := range k {
		if !(r >= '0' && r <= '9') && r != ',' && r != '.' {
			return false
		}
	}
	return k[0] >= '0' && k[0] <= '9'
}

// keyAt is the key of toks[j], or "" when j is out of range.
func keyAt(toks []token, j int) string {
	if j < 0 || j >= len(toks) {
		return ""
	}
	return toks[j].Key
}

// isAcronymKey reports whether k is a dotted acronym such as "u.s".
func isAcronymKey(k string) bool {
	for _, part := range strings.Split(k, ".") {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
	}
	return true
}

// stem strips the commonest English inflections, enough for "authorized",
// "authorizes" and "authorize" to meet.
func stem(w string) string {
	w = strings.TrimSuffix(w, "'s")
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		w = w[:n-3] + "y"
	case n > 4 && strings.HasSuffix(w, "sses"):
		w = w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		w = w[:n-1]
	}
	n = len(w)
	switch {
	case n > 5 && strings.HasSuffix(w, "ing"):
		w = w[:n-3]
	case n > 4 && strings.HasSuffix(w, "ied"):
		w = w[:n-3] + "y"
	case n > 4 && strings.HasSuffix(w, "ed"):
		w = w[:n-2]
	}
	n = len(w)
	if n > 4 && strings.HasSuffix(w, "e") {
		w = w[:n-1]
	}
	if n := len(w); n > 3 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiouls", rune(w[n-1])) {
		w = w[:n-1] // "planned" -> "plann" -> "plan"
	}
	return w
}

// isContent reports whether key is a word that carries meaning: not a
// stop word, not pure punctuation.
func isContent(key string) bool {
	if key == "" || stopWords[key] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(key)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

var stopWords = toSet(`a about above after again against all also although am an and any are aren't around as at
be because been before being below between both but by can can't cannot could couldn't did didn't do does doesn't
doing don't down during each either even ever every few for from further had hadn't has hasn't have haven't having
he he'd he'll he's her here here's hers herself him himself his how how's however i i'd i'll i'm i've if in into is
isn't it it's its itself just least less let's like many may me might more most much must mustn't my myself
neither no nor not now of off on once one only or other others otherwise ought our ours ourselves out over own
per perhaps quite rather really same several shall shan't she she'd she'll she's should shouldn't since so some
such than that that's the their theirs them themselves then there there's these they they'd they'll they're
they've this those though through thus to too toward towards under until up upon us very was wasn't we we'd we'll
we're we've were weren't what what's whatever when when's where where's whether which while who who's whom whose
why why's will with within without won't would wouldn't yet you you'd you'll you're you've your yours yourself
yourselves said says say saying told tell tells according also still already well mr mrs ms dr`)

func toSet(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
