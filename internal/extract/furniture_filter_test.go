package extract

import (
	"testing"
	"unicode"
)

// furnitureSamples hold, lower-cased, a line for every alternative of the
// furniture patterns.
var furnitureSamples = []string{
	"subscribe today", "our newsletter", "sign up", "signin", "log in", "logout", "register now",
	"we use cookies", "privacy policy", "terms of use", "all rights reserved", "  © 2031 the quillby post",
	"(c) 2031", "copyright 2031", "follow us on", "click here", "(click here)", "advertisement",
	"getty images", "shutterstock", "leave a reply", "post a comment", "download our app",
	"enter your email", "email address", "notify me of replies", "this site uses tracking",
	"share this", "share", "read more", "read the full story", "continue reading", "skip to content",
	"sponsored", "ad choices", "photos: ada brandt", "image credit", "credit: jon aske", "file photo",
	"(photo)", "image 3 of 12", "3 of 12", "back to top", "back to gallery", "12 comments",
	"4 replies", "piet wrote:", "comments (7)", "related stories", "trending videos",
	"most viewed", "you might also like", "must read", "see also", "more from oskby", "more stories",
}

func TestFurnitureFilters(t *testing.T) {
	for _, s := range furnitureSamples {
		prompt, anyHit := furniturePrompt.MatchString(s), furnitureAny.MatchString(s)
		if !prompt && !anyHit {
			t.Errorf("sample %q matches neither pattern", s)
		}
		if prompt && !mayMatchPrompt(s) {
			t.Errorf("mayMatchPrompt(%q) = false, but the pattern matches", s)
		}
		if anyHit && !mayMatchAny(s) {
			t.Errorf("mayMatchAny(%q) = false, but the pattern matches", s)
		}
	}
	for _, s := range []string{"the council met on tuesday.", "two of the boats sank.", "3 of the 12"} {
		if mayMatchPrompt(s) || mayMatchAny(s) {
			t.Errorf("filters let %q through", s)
		}
	}
}

func FuzzFurnitureFilters(f *testing.F) {
	for _, s := range furnitureSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if furniturePrompt.MatchString(s) && !mayMatchPrompt(s) {
			t.Fatalf("mayMatchPrompt(%q) = false, but the pattern matches", s)
		}
		if furnitureAny.MatchString(s) && !mayMatchAny(s) {
			t.Fatalf("mayMatchAny(%q) = false, but the pattern matches", s)
		}
	})
}

func TestFirstCJK(t *testing.T) {
	for r := rune(0); r < firstCJK; r++ {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
			t.Fatalf("%U is in a CJK script but below firstCJK", r)
		}
	}
	if width("ab한") != 5 {
		t.Errorf("width(%q) = %d, want 5", "ab한", width("ab한"))
	}
}

func TestHasCopyrightMark(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"", false},
		{"© 2031 Quillby Post", true},
		{"(C) 2031", true},
		{"COPYRIGHT 2031", true},
		{"Copyrigh", false},
		{"the (cat) sat", false},
	}
	for _, tt := range tests {
		if got := hasCopyrightMark(tt.in); got != tt.want {
			t.Errorf("hasCopyrightMark(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func FuzzHasCopyrightMark(f *testing.F) {
	for _, s := range []string{"© 2031", "(c) 2031", "CopyRight 2031 Oskby Herald", "(C)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if copyrightSign.MatchString(s) && !hasCopyrightMark(s) {
			t.Fatalf("hasCopyrightMark(%q) = false, but copyrightSign matches", s)
		}
	})
}
