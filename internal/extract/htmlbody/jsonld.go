package htmlbody

import (
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
)

// ldArticle is what a page's JSON-LD says of its article.
type ldArticle struct {
	headline, published, author, publisher, url, body string
	// anyPublished is a datePublished of any object, for pages whose
	// article is typed as a web page.
	anyPublished string
}

// merge fills the fields of a that are still empty from b.
func (a *ldArticle) merge(b ldArticle) {
	fill := func(dst *string, src string) {
		if *dst == "" {
			*dst = src
		}
	}
	fill(&a.headline, b.headline)
	fill(&a.published, b.published)
	fill(&a.author, b.author)
	fill(&a.publisher, b.publisher)
	fill(&a.url, b.url)
	fill(&a.anyPublished, b.anyPublished)
	if len(b.body) > len(a.body) {
		a.body = b.body
	}
}

// parseLD reads one JSON-LD script and returns the article data of the
// first article-like object in it; malformed JSON gives nothing.
func parseLD(src string) ldArticle {
	var v any
	if err := json.Unmarshal([]byte(src), &v); err != nil {
		return ldArticle{}
	}
	var out ldArticle
	visitLD(v, 0, func(obj map[string]any) {
		if isArticleType(obj["@type"]) {
			out.merge(articleFromLD(obj))
		}
		if out.anyPublished == "" && normaliseDate(ldString(obj["datePublished"])) != "" {
			out.anyPublished = ldString(obj["datePublished"])
		}
	})
	return out
}

// visitLD calls f on every object in v, following arrays and @graph.
func visitLD(v any, depth int, f func(map[string]any)) {
	if depth > 6 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			visitLD(e, depth+1, f)
		}
	case map[string]any:
		f(x)
		if g, ok := x["@graph"]; ok {
			visitLD(g, depth+1, f)
		}
	}
}

// isArticleType reports whether a JSON-LD @type names a kind of article.
func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return strings.Contains(x, "Article") || strings.Contains(x, "BlogPosting") || x == "Report"
	case []any:
		for _, e := range x {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

func articleFromLD(obj map[string]any) ldArticle {
	a := ldArticle{
		headline:  ldString(obj["headline"]),
		published: ldString(obj["datePublished"]),
		author:    ldNames(obj["author"]),
		publisher: ldNames(obj["publisher"]),
		url:       ldString(obj["url"]),
		body:      ldString(obj["articleBody"]),
	}
	if a.headline == "" {
		a.headline = ldString(obj["name"])
	}
	return a
}

// ldString returns v when it is a string, else "". Character references
// are decoded, since some pages write HTML entities into JSON-LD.
func ldString(v any) string {
	s, _ := v.(string)
	if strings.Contains(s, "&") {
		s = html.UnescapeString(s)
	}
	return strings.TrimSpace(s)
}

// ldNames returns the names in v: a string, an object with a name, or a
// list of either, joined by commas.
func ldNames(v any) string {
	switch x := v.(type) {
	case string:
		return notURL(strings.TrimSpace(x))
	case map[string]any:
		return ldString(x["name"])
	case []any:
		var names []string
		for _, e := range x {
			if n := ldNames(e); n != "" {
				names = append(names, n)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}
