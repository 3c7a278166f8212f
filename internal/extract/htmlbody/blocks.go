package htmlbody

import "golang.org/x/net/html"

// blockTags are elements that start a new block of text.
var blockTags = map[string]bool{
	"p": true, "div": true, "section": true, "article": true, "main": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"ul": true, "ol": true, "li": true, "dl": true, "dt": true, "dd": true,
	"blockquote": true, "pre": true, "table": true, "thead": true,
	"tbody": true, "tfoot": true, "tr": true, "td": true, "th": true,
	"caption": true, "header": true, "footer": true, "nav": true,
	"aside": true, "figure": true, "form": true, "fieldset": true,
	"address": true, "hr": true, "br": true, "center": true, "body": true,
	"html": true, "details": true, "summary": true, "hgroup": true,
	"menu": true, "legend": true,
}

func isBlock(n *html.Node) bool { return n.Type == html.ElementNode && blockTags[n.Data] }

// paragraphTags are blocks that are themselves a unit of text, so the
// score of their text goes to the container around them.
var paragraphTags = map[string]bool{
	"p": true, "pre": true, "td": true, "li": true, "blockquote": true,
	"dd": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
}
