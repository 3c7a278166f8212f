package compare

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

// referenceTokenize is the plain statement of tokenize's contract: split
// at white space, then at dash and ellipsis runs, and key every piece
// rune by rune. The fast tokenize must agree with it on every input.
func referenceTokenize(s string) []token {
	var out []token
	for _, f := range strings.Fields(s) {
		start := 0
		for i := 0; i < len(f); {
			n := 0
			for _, sep := range punctRuns {
				if strings.HasPrefix(f[i:], sep) {
					n = len(sep)
					break
				}
			}
			if n == 0 {
				i++
				continue
			}
			end := i + n
			for end < len(f) && (f[end] == '-' || f[end] == '.') {
				end++
			}
			if i > start {
				out = append(out, token{Raw: f[start:i], Key: referenceKey(f[start:i])})
			}
			out = append(out, token{Raw: f[i:end], Key: referenceKey(f[i:end])})
			start, i = end, end
		}
		if start < len(f) {
			out = append(out, token{Raw: f[start:], Key: referenceKey(f[start:])})
		}
	}
	return out
}

func referenceKey(w string) string {
	var b strings.Builder
	for _, r := range w {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		case r == '’':
			b.WriteByte('\'')
		case r == '\'' || r == '-' || r == '.' || r == ',':
			b.WriteRune(r)
		}
	}
	return finishKey(b.String())
}

func sameTokens(a, b []token) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []token
	}{
		{"", nil},
		{"  \t\n ", nil},
		{"the mayor", []token{{"the", "the"}, {"mayor", "mayor"}}},
		{"Mayor Ulla Venn,", []token{{"Mayor", "mayor"}, {"Ulla", "ulla"}, {"Venn,", "venn"}}},
		{"relations--good", []token{{"relations", "relations"}, {"--", ""}, {"good", "good"}}},
		{"Oskby…then", []token{{"Oskby", "oskby"}, {"…", ""}, {"then", "then"}}},
		{"wait.... now", []token{{"wait", "wait"}, {"....", ""}, {"now", "now"}}},
		{"1,200 boats", []token{{"1,200", "1,200"}, {"boats", "boats"}}},
		{"3.5%", []token{{"3.5%", "3.5"}}},
		{"U.S. aid", []token{{"U.S.", "u.s"}, {"aid", "aid"}}},
		{"the board’s plan", []token{{"the", "the"}, {"board’s", "board's"}, {"plan", "plan"}}},
		{"Émile\u00a0Ørsted", []token{{"Émile", "émile"}, {"Ørsted", "ørsted"}}},
		{"(mid-April)", []token{{"(mid-April)", "mid-april"}}},
		{"a—b–c", []token{{"a", "a"}, {"—", ""}, {"b", "b"}, {"–", ""}, {"c", "c"}}},
	}
	for _, tt := range tests {
		got := tokenize(tt.in)
		if !sameTokens(got, tt.want) {
			t.Errorf("tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if ref := referenceTokenize(tt.in); !sameTokens(got, ref) {
			t.Errorf("tokenize(%q) = %q, reference gives %q", tt.in, got, ref)
		}
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"relations--good", "Oskby…I", "U.S. 1,200 3.5", "a\u00a0b\u2003c", "x'y’z", "..--..", "\xe2\x80", "A.B.C.D"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := tokenize(s)
		if ref := referenceTokenize(s); !sameTokens(got, ref) {
			t.Fatalf("tokenize(%q) = %q, reference gives %q", s, got, ref)
		}
		for _, tk := range got {
			if tk.Raw == "" || !strings.Contains(s, tk.Raw) {
				t.Fatalf("token %q is not a piece of %q", tk.Raw, s)
			}
		}
	})
}

func TestHasNavigationPhrase(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"", false},
		{"the council met on tuesday.", false},
		{"click here to see the map.", true},
		{"© 2031 the harbour gazette.", true},
		{"he said we should read more books.", true},
		{"tell u", false},
		{"subscribe to ou", false},
		{"Click Here to see the map.", true},
		{"SIGN UP FOR the Daily Brief.", true},
		{"Ünder the © of the Harbour Gazette.", true},
		{"Read More été books.", true},
		{"The Council met on Tuesday.", false},
		{"CLIC\u212a HERE to see it.", true}, // the Kelvin sign lower-cases to k
		{"“Read” more, “she” said.", false},
	}
	for _, tt := range tests {
		if got := hasNavigationPhrase(tt.in); got != tt.want {
			t.Errorf("hasNavigationPhrase(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func FuzzHasNavigationPhrase(f *testing.F) {
	f.Add("click here")
	f.Add("a © b")
	f.Add("Sign Up For")
	f.Fuzz(func(t *testing.T, s string) {
		want := false
		for _, p := range navigationPhrases {
			want = want || strings.Contains(strings.ToLower(s), p)
		}
		if got := hasNavigationPhrase(s); got != want {
			t.Fatalf("hasNavigationPhrase(%q) = %v, want %v", s, got, want)
		}
	})
}

func TestCollapse(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{" ", ""},
		{"a b", "a b"},
		{" a b", "a b"},
		{"a b ", "a b"},
		{"a  b", "a b"},
		{"a\tb", "a b"},
		{"a\u00a0b", "a b"},
		{"ünder wäter", "ünder wäter"},
	}
	for _, tt := range tests {
		if got := collapse(tt.in); got != tt.want {
			t.Errorf("collapse(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzCollapse(f *testing.F) {
	for _, s := range []string{"a  b\u2003c ", "a b", "“a” — b", "a\u00a0b", "a\u3000b", "\xe2\x80", "a\u0085"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.Join(strings.Fields(s), " ")
		if got := collapse(s); got != want {
			t.Fatalf("collapse(%q) = %q, want %q", s, got, want)
		}
		if got := collapsedAlready(s); got != (want == s) {
			t.Fatalf("collapsedAlready(%q) = %v, want %v", s, got, want == s)
		}
	})
}

func TestLastFieldAndSharedCount(t *testing.T) {
	for _, s := range []string{"", " ", "ada", "ada brandt", " ada  brandt \t", "ada\u00a0brandt", "ada\u2003"} {
		f := strings.Fields(s)
		want := ""
		if len(f) > 0 {
			want = f[len(f)-1]
		}
		if got := lastField(s); got != want {
			t.Errorf("lastField(%q) = %q, want %q", s, got, want)
		}
	}
	tests := []struct {
		a, b []int
		want int
	}{
		{nil, nil, 0},
		{[]int{1, 2, 3}, nil, 0},
		{[]int{1, 2, 3}, []int{2, 3, 4}, 2},
		{[]int{0, 5, 9}, []int{1, 5, 8, 9, 12}, 2},
	}
	for _, tt := range tests {
		if got := sharedCount(tt.a, tt.b); got != tt.want {
			t.Errorf("sharedCount(%v, %v) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func FuzzLastField(f *testing.F) {
	f.Add("piet  moller ")
	f.Add("a\u0085b\xff")
	f.Fuzz(func(t *testing.T, s string) {
		fs := strings.Fields(s)
		want := ""
		if len(fs) > 0 {
			want = fs[len(fs)-1]
		}
		if got := lastField(s); got != want {
			t.Fatalf("lastField(%q) = %q, want %q", s, got, want)
		}
	})
}

func TestTrimOpeners(t *testing.T) {
	tests := []struct{ in, want string }{
		{"“‘(Roe", "Roe"},
		{`"'Roe'`, "Roe'"},
		{"Roe", "Roe"},
		{"“", ""},
		{"\xe2\x80", "\xe2\x80"}, // a cut-off mark stays
	}
	for _, tt := range tests {
		if got := trimOpeners(tt.in); got != tt.want {
			t.Errorf("trimOpeners(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzTrimOpeners checks trimOpeners against strings.TrimLeft with the
// same marks.
func FuzzTrimOpeners(f *testing.F) {
	f.Add("“‘(Roe")
	f.Add("\xe2\x80\x9c\xe2\x80")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := trimOpeners(s), strings.TrimLeft(s, "“\"‘'("); got != want {
			t.Fatalf("trimOpeners(%q) = %q, want %q", s, got, want)
		}
	})
}

// FuzzClosingMarks checks what quoteItems relies on to pass over a
// quoted span: commas and full stops after a text's last word leave its
// words as they are.
func FuzzClosingMarks(f *testing.F) {
	for _, s := range []string{"we will rebuild", "wait..", "the U.S", "a--", "end…", "mid-", "1,200", "x\xe2"} {
		f.Add(s, ".,")
	}
	f.Fuzz(func(t *testing.T, s, marks string) {
		base := trimClosingMarks(collapse(s))
		suffix := strings.Map(func(r rune) rune {
			if r == ',' {
				return ','
			}
			return '.'
		}, marks)
		if got := trimClosingMarks(base + suffix); got != base {
			t.Fatalf("trimClosingMarks(%q) = %q, want %q", base+suffix, got, base)
		}
		if a, b := quoteWords(base), quoteWords(base+suffix); !slices.Equal(a, b) {
			t.Fatalf("words of %q = %q, of %q = %q", base, a, base+suffix, b)
		}
	})
}

// quoteWords gives the keys quoteItems matches a quotation on.
func quoteWords(s string) []string {
	var keys []string
	for _, tok := range tokenize(s) {
		if tok.Key != "" {
			keys = append(keys, tok.Key)
		}
	}
	return keys
}

// FuzzQuoteMarks checks quoteMarks against reading s rune by rune.
func FuzzQuoteMarks(f *testing.F) {
	for _, s := range []string{"“Yes,”", `"no"`, "plain", "\xe2\x80", "’x‘"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		opens, closes := quoteMarks(s)
		if want := strings.ContainsAny(s, "“\""); opens != want {
			t.Fatalf("quoteMarks(%q) opens = %v, want %v", s, opens, want)
		}
		if want := strings.ContainsRune(s, '”'); closes != want {
			t.Fatalf("quoteMarks(%q) closes = %v, want %v", s, closes, want)
		}
	})
}
