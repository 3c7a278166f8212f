package extract

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
)

// FuzzExtractText checks that extraction from text never panics, is
// deterministic, and only ever keeps words the page holds.
func FuzzExtractText(f *testing.F) {
	// Small seeds keep the fuzzer's minimising fast; the golden tests
	// cover whole pages.
	for _, s := range []string{
		"By Jane Doe\nOAKDALE, Nov 28 (AFP) – The council met on Monday to vote on the plan for the river.\n",
		"Home\nNews\nBridge vote passes\nThe council voted on Thursday to build a bridge, ending a long dispute.\nEngineers said it would take three years, and the\ncost would be shared.\nRelated\nFerry cuts winter timetable\n© 2020 Courier",
		"AFP: Talks will focus on water. LAKESIDE, 30 November 2005 (RFE/RL) -- Talks will focus on water.\nOnly the river\nThe minister, Jane Q.\nDoe, agreed on the plan for the basin.\nTop story...\n",
		"Results:\n1\nKyle Roe\n5040\n2\nAnn Lee\n5035\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, content string) {
		page := news.Page{ID: "f", Kind: news.KindText, Content: content}
		a, err := Extract(page)
		b, err2 := Extract(page)
		if (err == nil) != (err2 == nil) {
			t.Fatalf("Extract is not deterministic: %v then %v", err, err2)
		}
		if err != nil {
			return
		}
		if render(a) != render(b) {
			t.Fatalf("Extract is not deterministic:\n%s\nthen\n%s", render(a), render(b))
		}
		words := make(map[string]bool)
		for _, w := range tokens(content) {
			words[w] = true
		}
		for _, p := range a.Paragraphs {
			for _, w := range tokens(p) {
				if !words[w] {
					t.Fatalf("paragraph %q has word %q the page does not", p, w)
				}
			}
		}
	})
}

// FuzzParseStamp checks that a stamp read from a line is a whole date
// that exists, with its year written in the line, and that reading is
// deterministic.
func FuzzParseStamp(f *testing.F) {
	for _, s := range []string{"Tuesday 4 March 2025 06:00", "Updated: March 4, 2025 at 6:00 am", "Published 2025-03-04", "Published 9:15 AM EST Nov 19, 2019", "30 February 2025"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, upd, ok := parseStamp(s)
		d2, upd2, ok2 := parseStamp(s)
		if d != d2 || upd != upd2 || ok != ok2 {
			t.Fatalf("parseStamp(%q) is not deterministic", s)
		}
		if !ok {
			if !d.IsZero() {
				t.Fatalf("parseStamp(%q) = %v with ok false", s, d)
			}
			return
		}
		if !news.ValidDay(d.Year, d.Month, d.Day) || d.Year == 0 {
			t.Fatalf("parseStamp(%q) = %v, not a whole date", s, d)
		}
		if !strings.Contains(s, strconv.Itoa(d.Year)) {
			t.Fatalf("parseStamp(%q) = %v, a year the line does not hold", s, d)
		}
	})
}

// FuzzCopyrightOwner checks that an owner read from a copyright line is
// made of the line's words, and reads back the same from a notice of its
// own.
func FuzzCopyrightOwner(f *testing.F) {
	for _, s := range []string{"© 2026 The Valley Times Ltd. All rights reserved.", "Copyright © 2021–2025 FENWICK OBSERVER LIMITED", "© 2026. All rights reserved."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		owner := copyrightOwner(s)
		if owner == "" {
			return
		}
		words := make(map[string]bool)
		for _, w := range tokens(strings.ToLower(s)) {
			words[w] = true
		}
		for _, w := range tokens(strings.ToLower(owner)) {
			if !words[w] {
				t.Fatalf("copyrightOwner(%q) = %q: word %q is not in the line", s, owner, w)
			}
		}
		if again := copyrightOwner("© 2020 " + owner); again != owner {
			t.Fatalf("copyrightOwner(%q) = %q, but the notice © 2020 %s gives %q", s, owner, owner, again)
		}
	})
}

// BenchmarkExtractText extracts the invented pages in testdata and reports
// pages per second.
func BenchmarkExtractText(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	var pages []news.Page
	for _, path := range paths {
		raw, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, news.Page{ID: path, Kind: news.KindText, Content: strings.Repeat(string(raw), 3)})
	}
	b.ResetTimer()
	for b.Loop() {
		for _, p := range pages {
			_, _ = Extract(p)
		}
	}
	b.ReportMetric(float64(b.N*len(pages))/b.Elapsed().Seconds(), "pages/s")
}
