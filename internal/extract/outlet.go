package extract

import (
	"net/url"
	"regexp"
	"strings"
	"unicode"

	"github.com/newsfold/newsfold/internal/news"
)

// outlet names the page's outlet: the source's name, else the site name
// the page declares (HTML) or prints in its masthead and copyright line
// (text), else the host of its address without "www.".
func outlet(p news.Page, d draft) string {
	if s := collapseSpace(p.Source); s != "" {
		return s
	}
	if d.siteName != "" {
		return d.siteName
	}
	u, err := url.Parse(firstOf(p.URL, d.url))
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// Outlet names in flattened text.
const (
	// mastheadLines is how many of a page's first lines are searched for
	// its masthead, furniture such as "Skip to content" aside.
	mastheadLines = 3
	mastheadWords = 5
	ownerWords    = 6
	// footerLines is how many of a page's last lines are its footer,
	// where a masthead's name is looked for again.
	footerLines = 10
)

// textOutlet names the outlet of a flattened page from what it prints:
// its masthead, the page's first line set in capitals or Title Case
// ("THE VALLEY TIMES"), when the copyright owner or the footer names it
// again, else the copyright owner ("© 2025 Valley Media Ltd" gives
// "Valley Media"); "" when the page names neither. bodyEnd is where the
// article ends: the copyright line is looked for after it.
func textOutlet(ls []line, bodyEnd int) string {
	head := masthead(ls)
	owner := ""
	for i := len(ls) - 1; i >= bodyEnd && owner == ""; i-- {
		owner = copyrightOwner(ls[i].text)
	}
	if head != "" {
		if owner != "" && shareNameWord(head, owner) {
			return head
		}
		if len(strings.Fields(head)) < 2 {
			return owner // a single word confirmed by a footer may be a section's name
		}
		for i := max(bodyEnd, len(ls)-footerLines); i < len(ls); i++ {
			if shareNameWord(head, ls[i].text) {
				return head
			}
		}
	}
	return owner
}

// masthead returns the page's masthead in ordinary case, or "".
func masthead(ls []line) string {
	for i := 0; i < min(len(ls), mastheadLines); i++ {
		if ls[i].furn {
			continue
		}
		name := ls[i].text
		first := strings.ToLower(strings.Fields(name)[0])
		if !properName(name, mastheadWords) || len(nameWords(name)) == 0 || promptVerbs[first] {
			return ""
		}
		return titleCase(name)
	}
	return ""
}

// promptVerbs open a prompt or a menu entry rather than a masthead:
// "Support Us", "Discover More".
var promptVerbs = toSet(`support discover subscribe donate join follow explore visit get try shop
read watch listen sign log search browse contact about`)

// copyrightSign matches the copyright notice's sign and the years after
// it: "© 2026", "Copyright (c) 2021-2025", "© 2018 Copyright".
var copyrightSign = regexp.MustCompile(`(?i)(?:©|\(c\)|\bcopyright\b)[\s,]*(?:(?:©|\(c\)|\bcopyright\b|\d{4}(?:\s*[-–—/]\s*\d{4})?\b)[\s,]*)*`)

// copyrightYear matches the year a copyright notice gives.
var copyrightYear = regexp.MustCompile(`\b(?:19|20)\d\d\b`)

// ownerEnd matches where an owner's name ends: a full stop closing a
// sentence, a comma, a bar, a year.
var ownerEnd = regexp.MustCompile(`\.(?:\s|$)|[,|;:]|\s[-–—]\s|\s\d{4}\b`)

// companySuffixes are the words of a company's legal form, left off an
// outlet's name.
var companySuffixes = toSet(`ltd limited inc incorporated llc plc gmbh ag sa co corp pty pvt llp`)

// hasCopyrightMark reports whether s holds "©", "(c)" or "copyright" in
// any case: without one, copyrightSign cannot match.
func hasCopyrightMark(s string) bool {
	if strings.Contains(s, "©") {
		return true
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			if i+3 <= len(s) && s[i+1]|0x20 == 'c' && s[i+2] == ')' {
				return true
			}
		case 'c', 'C':
			if i+9 <= len(s) && strings.EqualFold(s[i:i+9], "copyright") {
				return true
			}
		}
	}
	return false
}

// copyrightOwner returns the owner a copyright line names, without the
// sign, the years, "All rights reserved" or the legal form: "© 2026 The
// Valley Times Ltd. All rights reserved." gives "The Valley Times". It
// returns "" for a line that is not a copyright notice naming one.
func copyrightOwner(s string) string {
	if !hasCopyrightMark(s) {
		return ""
	}
	loc := copyrightSign.FindStringIndex(s)
	if loc == nil || !copyrightYear.MatchString(s) {
		return "" // a notice dates itself; a photo credit or a link does not
	}
	rest := strings.TrimSpace(s[loc[1]:])
	rest = strings.TrimPrefix(strings.TrimPrefix(rest, "by "), "By ")
	if m := ownerEnd.FindStringIndex(rest); m != nil {
		rest = rest[:m[0]]
	}
	f := strings.Fields(strings.TrimRight(rest, ". "))
	for len(f) > 0 && companySuffixes[strings.ToLower(strings.Trim(f[len(f)-1], ".,"))] {
		f = f[:len(f)-1]
	}
	name := strings.Join(f, " ")
	if strings.HasPrefix(strings.ToLower(name), "all rights") || !properName(name, ownerWords) {
		return ""
	}
	return titleCase(name)
}

// nameJoiners are the lower-case words a name may hold.
var nameJoiners = toSet(`of the and for on in &`)

// properName reports whether s is a name of at most maxWords words: every
// word capitalised but a few joining words, no digits, no sentence
// punctuation.
func properName(s string, maxWords int) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > maxWords || strings.ContainsAny(s, "0123456789.!?:;,|/>›»") {
		return false
	}
	for i, w := range f {
		r := []rune(w)
		if nameJoiners[strings.ToLower(w)] && (i > 0 || strings.EqualFold(w, "the")) {
			continue
		}
		if !unicode.IsUpper(r[0]) {
			return false
		}
	}
	return true
}

// titleCase writes a name of several words set in capitals in Title
// Case, joining words in lower case and words without a vowel, as
// initials are ("NBC"), in capitals; a name in mixed case or of one word
// is left as it is.
func titleCase(s string) string {
	if !isUpperText(s) || len(strings.Fields(s)) < 2 {
		return s
	}
	f := strings.Fields(strings.ToLower(s))
	for i, w := range f {
		if i > 0 && nameJoiners[w] {
			continue
		}
		if !strings.ContainsAny(w, "aeiouy") {
			f[i] = strings.ToUpper(w)
			continue
		}
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		f[i] = string(r)
	}
	return strings.Join(f, " ")
}

// genericNameWords are words too common in outlets' names and sections to
// tie a masthead to a footer line.
var genericNameWords = toSet(`the of and news daily weekly sunday online media group home world
local national politics business sport sports opinion culture section menu`)

// nameWords returns the distinctive words of a name, lower case.
func nameWords(name string) []string {
	var out []string
	for _, w := range tokens(strings.ToLower(name)) {
		if len(w) >= 3 && !genericNameWords[w] && !stopWords[w] {
			out = append(out, w)
		}
	}
	return out
}

// shareNameWord reports whether text holds, capitalised, a distinctive
// word of name.
func shareNameWord(name, text string) bool {
	words := nameWords(name)
	for _, t := range tokens(text) {
		r := []rune(t)
		if !unicode.IsUpper(r[0]) {
			continue
		}
		for _, w := range words {
			if strings.EqualFold(t, w) {
				return true
			}
		}
	}
	return false
}
