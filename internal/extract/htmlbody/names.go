package htmlbody

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// furnitureWords are class and id words that name page furniture: the
// ordinary words web pages use for navigation, advertising, sharing,
// comments, teasers and the labels around an article. A word matches when
// it equals one of these or starts with one of furnitureStems.
var furnitureWords = map[string]bool{
	"ad": true, "ads": true, "adv": true, "advert": true,
	"nav": true, "menu": true, "footer": true, "sidebar": true, "aside": true,
	"share": true, "sharing": true, "social": true, "related": true,
	"promo": true, "promos": true, "newsletter": true, "cookie": true,
	"cookies": true, "breadcrumb": true, "breadcrumbs": true, "caption": true,
	"comment": true, "comments": true, "subscribe": true, "subscription": true,
	"signup": true, "popup": true, "modal": true, "sponsor": true,
	"sponsored": true, "recommended": true, "recommendations": true,
	"trending": true, "popular": true, "widget": true, "widgets": true,
	"banner": true, "masthead": true, "navbar": true, "navigation": true,
	"toolbar": true, "pagination": true, "pager": true, "byline": true,
	"tags": true, "tag": true, "print": true, "rss": true, "skip": true,
	"hidden": true, "credit": true, "credits": true, "gallery": true,
	"recirc": true, "teaser": true, "teasers": true, "login": true,
	"disclaimer": true, "copyright": true, "meta": true,
	"timestamp": true, "author": true, "bio": true,
	"tooltip": true, "overlay": true, "header": true,
	"follow": true, "donate": true, "cta": true, "sr": true, "prev": true,
	"previous": true, "pullquote": true, "discussion": true, "replies": true,
	"reply": true, "respond": true, "responses": true, "reactions": true,
}

var furnitureStems = []string{
	"advert", "comment", "sharing", "newsletter", "sidebar", "breadcrumb",
	"subscri", "recommend", "sponsor", "promo", "related", "social",
}

// isFurnitureName reports whether n's class or id names page furniture.
//
// Names of embedded content (a post quoted from a social network) are not
// furniture: such embeds are part of the article.
func isFurnitureName(n *html.Node) bool {
	furniture := false
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		for _, w := range nameWords(a.Val) {
			if strings.HasPrefix(w, "embed") || w == "tweet" {
				return false
			}
			if isFurnitureWord(w) {
				furniture = true
			}
		}
	}
	return furniture
}

// nameWords splits a class or id value into lower-case words at
// punctuation, spaces and lower-to-upper case changes.
func nameWords(v string) []string {
	var words []string
	start := -1
	var prev rune
	flush := func(end int) {
		if start >= 0 && end > start {
			words = append(words, strings.ToLower(v[start:end]))
		}
		start = -1
	}
	for i, r := range v {
		letter := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case !letter:
			flush(i)
		case start < 0:
			start = i
		case unicode.IsUpper(r) && unicode.IsLower(prev):
			flush(i)
			start = i
		}
		prev = r
	}
	flush(len(v))
	return words
}

// isFurnitureLabel reports whether a block of text is a single word that
// names furniture, such as a label over an advertisement or a comments
// count's heading.
func isFurnitureLabel(text string) bool {
	w := strings.ToLower(strings.TrimFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }))
	if w == "" || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return false
	}
	return isFurnitureWord(w)
}

// isFurnitureWord reports whether a lower-case word names furniture.
func isFurnitureWord(w string) bool {
	if furnitureWords[w] {
		return true
	}
	for _, s := range furnitureStems {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}
