package compare

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsfold/newsfold/internal/news"
)

func FuzzSplitSentences(f *testing.F) {
	for _, s := range []string{
		"Mr. Orlov met Dr. Vance. They spoke.",
		"“It broke. We ran,” Ada said. Later it rained.",
		"Talks moved to the U.S. The envoy agreed... Then “what?” she asked!",
		"a.\n\nb. \"c\" d.” e",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got := SplitSentences(text)
		if ref := referenceSplitSentences(text); !slices.Equal(got, ref) {
			t.Fatalf("SplitSentences(%q) = %q, reference gives %q", text, got, ref)
		}
		// The sentences hold every word of the text, in order, nothing more.
		var words []string
		for _, s := range got {
			if s == "" || s != strings.TrimSpace(s) {
				t.Fatalf("empty or untrimmed sentence %q", s)
			}
			words = append(words, strings.Fields(s)...)
		}
		if !slices.Equal(words, strings.Fields(text)) {
			t.Fatalf("sentences %q do not hold the words of %q", got, text)
		}
		// Splitting a sentence again leaves it whole.
		for _, s := range got {
			if again := SplitSentences(s); len(again) != 1 || again[0] != s {
				t.Fatalf("sentence %q splits again into %q", s, again)
			}
		}
	})
}

func FuzzDiffWords(f *testing.F) {
	f.Add("We will stay in the valley and we will win.", "We will stay … and we will win.")
	f.Add("the council must lower its fees", "the council [must] lower its [own] fees")
	f.Add("we know -- that", "... we -- know")
	f.Fuzz(func(t *testing.T, main, variant string) {
		ops := DiffWords(main, variant)
		var fromMain, fromVariant []string
		for _, op := range ops {
			var keys []string
			for _, tok := range tokenize(strings.TrimPrefix(op.Text, "… ")) {
				if tok.Key != "" {
					keys = append(keys, tok.Key)
				}
			}
			switch op.Op {
			case OpSame:
				fromMain = append(fromMain, keys...)
				fromVariant = append(fromVariant, keys...)
			case OpOmitted:
				fromMain = append(fromMain, keys...)
			case OpAdded:
				fromVariant = append(fromVariant, keys...)
			default:
				t.Fatalf("unknown op %q", op.Op)
			}
		}
		if want := wordKeys(main); !slices.Equal(fromMain, want) {
			t.Fatalf("same+omitted = %q, want main's words %q", fromMain, want)
		}
		if want := wordKeys(variant); !slices.Equal(fromVariant, want) {
			t.Fatalf("same+added = %q, want variant's words %q", fromVariant, want)
		}
	})
}

// wordKeys returns the keys of a text's words, as the diff sees them.
func wordKeys(s string) []string {
	var keys []string
	for _, tok := range tokenize(s) {
		if tok.Key != "" {
			for _, k := range tokenize(tok.Raw) {
				if k.Key != "" {
					keys = append(keys, k.Key)
				}
			}
		}
	}
	return keys
}

func FuzzCompare(f *testing.F) {
	f.Add("Floodwaters poured through Brennmoor on Tuesday, killing 12 people.", "The Kessel dam gave way on Tuesday, killing 15 people. “We will rebuild,” she said.", "We will rebuild")
	f.Add("Click here.\n\nNORTHGATE, April 3 -- Rain fell.", "Rain fell on April 4. Rain fell.", "")
	f.Fuzz(func(t *testing.T, a, b, quote string) {
		arts := []*news.Article{
			{ID: "a", Outlet: "Northgate Herald", Paragraphs: strings.Split(a, "\n"), Published: news.Date{Year: 2031, Month: 4, Day: 2},
				Quotes: []news.Quote{{Text: quote}}, Times: []news.TimeExpr{{Text: "Tuesday", Value: news.Date{Year: 2031, Month: 4, Day: 1}}}},
			{ID: "b", Outlet: "Lakeside Courier", Paragraphs: strings.Split(b, "\n"), Quotes: []news.Quote{{Text: quote + " " + b}}},
			{ID: "c", DuplicateOf: "b", Paragraphs: strings.Split(b, "\n")},
		}
		s := &news.Story{}
		Compare(s, arts)
		// Every statement the story lists is written in one of its articles.
		body := strings.Join(strings.Fields(a+" "+b), " ")
		for _, fact := range s.Facts {
			if !strings.Contains(body, fact.Text) || len(fact.Articles) < 2 {
				t.Fatalf("fact %q not found in the articles or carried once", fact.Text)
			}
		}
		for _, e := range s.Exclusives {
			if !strings.Contains(body, e.Text) {
				t.Fatalf("exclusive %q not found in the articles", e.Text)
			}
		}
		for _, x := range SplitSentences(s.Summary) {
			if IsBoilerplate(x) {
				t.Fatalf("boilerplate in summary: %q", x)
			}
		}
	})
}

func FuzzQuotedSpans(f *testing.F) {
	for _, s := range []string{
		`He called it "a war of choice" on Sunday.`,
		"“One,” she said, “and two.”",
		"“It was not “a war of choice” at all,” he said.",
		`An open "quotation runs on`,
		"”“”\"\"“",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		spans := quotedSpans(text)
		if ref := referenceQuotedSpans(text); !slices.Equal(spans, ref) {
			t.Fatalf("quotedSpans(%q) = %q, reference gives %q", text, spans, ref)
		}
		marks := strings.Count(text, "“") + strings.Count(text, "\"")
		if len(spans) > marks {
			t.Fatalf("%d spans from %d opening marks in %q", len(spans), marks, text)
		}
		// Every span is a trimmed, non-empty piece of the text, in order.
		rest := text
		for _, s := range spans {
			if s == "" || s != strings.TrimSpace(s) {
				t.Fatalf("empty or untrimmed span %q", s)
			}
			i := strings.Index(rest, s)
			if i < 0 {
				t.Fatalf("span %q is not in order in %q", s, text)
			}
			rest = rest[i+len(s):]
		}
	})
}

// referenceQuotedSpans is quotedSpans read rune by rune, the plain
// statement of its contract.
func referenceQuotedSpans(text string) []string {
	var out []string
	start, depth := -1, 0
	for i, r := range text {
		size := utf8.RuneLen(r)
		if r == utf8.RuneError {
			size = 1
		}
		switch {
		case r == '“' || (r == '"' && start < 0):
			if start < 0 {
				start = i + size
			}
			depth++
		case r == '”' || r == '"':
			if start >= 0 {
				depth--
				if depth <= 0 || r == '"' {
					out = appendSpan(out, text[start:i])
					start, depth = -1, 0
				}
			}
		}
	}
	if start >= 0 {
		out = appendSpan(out, text[start:])
	}
	return out
}

// referenceSplitSentences is SplitSentences read rune by rune, lines
// always split and joined: the plain statement of its contract.
func referenceSplitSentences(text string) []string {
	var out []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			out = referenceSplitBlock(strings.Join(cur, "\n"), out)
			cur = nil
		}
	}
	for _, line := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		cur = append(cur, line)
	}
	flush()
	return out
}

func referenceSplitBlock(b string, out []string) []string {
	start, depth := 0, 0
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRuneInString(b[i:])
		switch r {
		case '“':
			depth++
		case '”':
			if depth > 0 {
				depth--
			}
		case '"':
			if depth > 0 {
				depth--
			} else {
				depth++
			}
		}
		if r != '.' && r != '!' && r != '?' {
			i += size
			continue
		}
		end, ok := sentenceEnd(b, i, depth)
		if !ok {
			i += size
			continue
		}
		for _, c := range b[i:end] {
			if (c == '”' || c == '"') && depth > 0 {
				depth--
			}
		}
		if s := collapse(b[start:end]); s != "" {
			out = append(out, s)
		}
		start, i = end, end
	}
	if s := collapse(b[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

// FuzzDatelineCut checks datelineCut against the first place of every
// separator, as strings.Index finds it.
func FuzzDatelineCut(f *testing.F) {
	for _, s := range []string{"OSKBY, May 3 (Vale Wire) -- The dam broke.", ": a: b", " - x - y", "Kessel – Rain fell."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		cut, size := -1, 0
		for _, sep := range datelineSeparators {
			if i := strings.Index(s, sep); i > 0 && (cut < 0 || i < cut) {
				cut, size = i, len(sep)
			}
		}
		if cut > maxDateline {
			cut, size = -1, 0
		}
		if gotCut, gotSize := datelineCut(s); gotCut != cut || gotSize != size {
			t.Fatalf("datelineCut(%q) = %d, %d; want %d, %d", s, gotCut, gotSize, cut, size)
		}
		if out := stripDateline(s); !strings.Contains(s, out) {
			t.Fatalf("stripDateline(%q) = %q, not a piece of it", s, out)
		}
	})
}
