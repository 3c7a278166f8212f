package extract

import (
	"regexp"
	"strings"
)

// Page furniture recognised by its wording: the prompts, notices and credits
// that sites put around an article. These are general phrasings of web pages,
// not any one site's.
var (
	// The patterns are matched against lower-cased text.

	// furniturePrompt marks a line of up to promptMaxLineWords words as
	// furniture wherever the phrase occurs: the prompts and notices of a
	// site, which may be whole sentences.
	furniturePrompt = regexp.MustCompile(`(` +
		`\bsubscribe\b|\bnewsletter|\bsign ?(up|in)\b|\blog ?(in|out)\b|\bregister (now|here|for free)\b|` +
		`\bcookies?\b|\bprivacy (policy|notice|statement)|\bterms of (use|service)|` +
		`\ball rights reserved|^\s*(©|\(c\)|copyright\b)|` +
		`\bfollow us\b|\bclick here\b|\(click here\)|\badvertisement\b|` +
		`\bgetty images\b|\bshutterstock\b|\bleave a (comment|reply)\b|\bpost a comment\b|` +
		`\bdownload (the|our) app\b|\benter your email\b|\bemail address\b|\bnotify me\b|\bthis site uses\b` +
		`)`)
	// furnitureAny marks a short line, or one that does not end as a
	// sentence does, as furniture wherever the phrase occurs.
	furnitureAny = regexp.MustCompile(`(` +
		`\bshare (this|on|via|the)\b|^share\b|` +
		`\bread (more|next|full|the full)\b|\bcontinue reading\b|\bskip to\b|` +
		`\bsponsored\b|\bad choices\b|` +
		`\b(photo|image|picture|video|graphic)s?\s*(credit|courtesy|:|by\b)|\bcredit:|` +
		`\bfile (photo|picture|image)\b|\(photo\)|` +
		`\bimage \d+ of\b|\b\d+ of \d+\b|\bback to (top|gallery)\b|` +
		`\b\d+ (comments?|responses|replies)\b|\b(says|wrote):$|\bcomments?\s*\(\d+\)|` +
		`\b(related|recommended|popular|trending|latest) (stories|articles|posts|news|videos)\b|` +
		`\bmost (read|popular|viewed|shared)\b|\byou (may|might) (also )?like\b|\bmust read\b|` +
		`\bsee also\b|\bmore from\b|\bmore stories\b` +
		`)`)
	// furnitureWhole marks a line as furniture when it is nothing but a label.
	furnitureWhole = regexp.MustCompile(`^(` +
		`related( articles| stories| posts| content| links)?|recommended( for you)?|` +
		`latest( news)?|top stories|editor'?s picks|more|tags?|topics?|categories|` +
		`share|tweet|email|print|comments?|reply|source|sources|caption|close|menu|search|` +
		`home|next|previous|prev|advertisement|loading|photo|photos|video|videos|` +
		`facebook|twitter|instagram|linkedin|pinterest|whatsapp|reddit|youtube|` +
		`breaking news|opinion|editorial|accessibility links` +
		`)\s*[:.]?$`)
	// dateOnly matches a line that holds nothing but a date or time stamp.
	dateOnly = regexp.MustCompile(`^((updated\s+)?\d+\s*(s|m|h|d|w|y|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)\s+ago(\s+at\s+\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?)?)$|^(updated|published|posted|last updated|modified|on)?[\s:|,-]*` +
		`((mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?` +
		`(\d{1,4}[-/. ]\d{1,2}[-/. ]\d{1,4}|` +
		`\d{1,2}(st|nd|rd|th)?\s+[a-z]{3,9}\.?,?\s+\d{2,4}|` +
		`[a-z]{3,9}\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{2,4}|` +
		`\d{1,2}\s+[a-z]{3,9}\.?,?\s+\d{4})` +
		`([\s,|at-]*\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?(\s*[a-z]{2,4})?)?\s*$`)
)

// Photo captions and credits: a line ending in a bracketed credit, "...
// in Hialeah. (AP Photo/Jane Roe, File)", and a bare credit, "Jane
// Roe/Wire Service".
var (
	creditTail = regexp.MustCompile(`\((?:[^()]*\b(?:photo|photograph|foto|credit|courtesy|getty|file)\b[^()]*|[^()\s]+/[^()]*)\)\s*$`)
	bareCredit = regexp.MustCompile(`^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*/\s*\p{Lu}[\p{L}.'’&-]*(?:\s+[\p{L}.'’&-]+){0,3}$`)
)

// photoCredit matches a caption's closing credit after a marker:
// "... on Monday. Photograph: Jane Roe/Valley Wire", "... Photo: Fire
// Service", "Picture by Sam Lee".
var photoCredit = regexp.MustCompile(`(?:^|\s)(?i:photo(?:graph)?s?|pictures?|images?|pic)\s*(?::|(?i:by)\s)\s*\p{Lu}[^.!?]{0,80}$`)

// sourceCredit matches a bracketed source credit closing a line: "(KPA)",
// "(Valley Conservatory)".
var sourceCredit = regexp.MustCompile(`\((?:\p{Lu}[\p{L}/&.'’-]*)(?:\s+(?:\p{Lu}[\p{L}/&.'’-]*|of|the|and|for))*\)$`)

// creditedMinWords is the fewest words a line needs before its bracketed
// credit to be taken for a caption.
const creditedMinWords = 4

// creditedCaption reports whether a line is a caption by the source
// credit closing it, with no sentence stop before: "Water floods the
// square on Monday (KPA)". Only an article's opening is read this way:
// further down, a line such as a crosshead may close on an abbreviation.
func creditedCaption(l line) bool {
	t := strings.TrimSpace(l.text)
	loc := sourceCredit.FindStringIndex(t)
	if loc == nil {
		return false
	}
	before := strings.TrimSpace(t[:loc[0]])
	return len(strings.Fields(before)) >= creditedMinWords && !endsSentence(before)
}

// captionMaxLineWords is the longest line taken for a caption by its
// bracketed credit.
const captionMaxLineWords = 60

// isCaption reports whether a line of the given word count is a photo
// caption or credit by its bracketed or bare credit.
func isCaption(s string, words int) bool {
	if words <= captionMaxLineWords && strings.HasSuffix(s, ")") && creditTail.MatchString(strings.ToLower(s)) {
		return true
	}
	if words <= captionMaxLineWords && !endsSentence(s) && photoCredit.MatchString(s) {
		return true
	}
	return words <= 8 && strings.Contains(s, "/") && bareCredit.MatchString(s)
}

// stampWords mark a publication stamp: "Updated 10:02 AM EST Nov 19, 2019".
var stampWords = regexp.MustCompile(`\b(updated|published|posted|modified|last update)\b`)

// isFurniture reports whether a line of the given word count is page
// furniture by its wording. Long lines are judged only by notices that can
// be long (copyright, cookies).
func isFurniture(s string, words int) bool {
	low := strings.ToLower(s)
	if words <= wholeLabelWords && furnitureWhole.MatchString(low) {
		return true
	}
	if words <= stampMaxWords && strings.ContainsAny(s, "0123456789") && (dateOnly.MatchString(low) || stampWords.MatchString(low)) {
		return true
	}
	if words <= promptMaxLineWords && mayBeFurniture(low) {
		if mayMatchPrompt(low) && furniturePrompt.MatchString(low) {
			return true
		}
		if (words <= promptMaxWords || !endsSentence(s)) && mayMatchAny(low) && furnitureAny.MatchString(low) {
			return true
		}
	}
	if strings.Contains(low, "cookie") && (strings.Contains(low, "accept") || strings.Contains(low, "consent") || strings.Contains(low, "this site") || strings.Contains(low, "this website")) {
		return true
	}
	return strings.Contains(low, "all rights reserved")
}

// The longest lines, in words, that are taken for a bare label, for a
// date stamp and, when they end as a sentence does, for a prompt.
const (
	promptMaxWords     = 10
	promptMaxLineWords = 25
	wholeLabelWords    = 4
	stampMaxWords      = 15
)

// furnitureTriggers are the words at least one of which every phrase of
// furniturePrompt and furnitureAny holds; a line with none of them is not
// matched against them.
var furnitureTriggers = toSet(`subscribe subscribed subscription newsletter newsletters sign signup
log login logout register cookie cookies privacy terms rights copyright c share follow click
read continue skip advertisement sponsored ad choices photo photos image images picture pictures
video videos graphic graphics credit courtesy getty shutterstock file back leave post comment
comments responses replies says wrote related recommended popular trending latest most you must
see more download enter email notify this of`)

// mayBeFurniture reports whether the lower-cased line holds a word that
// the furniture phrases need, or a copyright sign.
func mayBeFurniture(low string) bool {
	if strings.ContainsRune(low, '©') {
		return true
	}
	for _, w := range tokens(low) {
		if furnitureTriggers[w] {
			return true
		}
	}
	return false
}

// promptLiterals holds, for every alternative of furniturePrompt, a piece
// of text it cannot match without; a line holding none of them is not
// worth running the pattern on.
var promptLiterals = []string{
	"subscribe", "newsletter", "sign", "log", "register ", "cookie", "privacy ", "terms of ",
	"all rights reserved", "©", "(c)", "copyright", "follow us", "click here", "advertisement",
	"getty images", "shutterstock", "leave a ", "post a comment", "download ", "enter your email",
	"email address", "notify me", "this site uses",
}

// anyLiterals does for furnitureAny what promptLiterals does for
// furniturePrompt, but for its "3 of 12" alternative (see digitOfDigit).
var anyLiterals = []string{
	"share", "read ", "continue reading", "skip to", "sponsored", "ad choices", "photo", "image",
	"picture", "video", "graphic", "credit:", "file ", "comment", "responses", "replies", "says:",
	"wrote:", "related ", "recommended ", "popular ", "trending ", "latest ", "most ", "you may",
	"you might", "must read", "see also", "more from", "more stories", "back to ",
}

// mayMatchPrompt reports whether furniturePrompt can match low.
func mayMatchPrompt(low string) bool { return containsAny(low, promptLiterals) }

// mayMatchAny reports whether furnitureAny can match low.
func mayMatchAny(low string) bool { return containsAny(low, anyLiterals) || digitOfDigit(low) }

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// digitOfDigit reports whether s holds " of " between two digits, as in
// "3 of 12".
func digitOfDigit(s string) bool {
	for i := 1; i+4 < len(s); i++ {
		j := strings.Index(s[i:], " of ")
		if j < 0 {
			return false
		}
		i += j
		if i+4 < len(s) && isASCIIDigit(s[i-1]) && isASCIIDigit(s[i+4]) {
			return true
		}
	}
	return false
}

func isASCIIDigit(c byte) bool { return '0' <= c && c <= '9' }
