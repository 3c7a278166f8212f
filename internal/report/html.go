package report

import (
	_ "embed"
	"html/template"
	"io"

	"github.com/newsfold/newsfold/internal/news"
)

//go:embed page.html.tmpl
var pageTemplate string

var page = template.Must(template.New("page").Funcs(template.FuncMap{
	"date":  dateOrUnknown,
	"label": func(byID map[string]*news.Article, id string) string { return label(byID[id]) },
	"has": func(ids []string, id string) bool {
		for _, x := range ids {
			if x == id {
				return true
			}
		}
		return false
	},
	"outlets": outlets,
	"changed": changed,
	"form":    FormOf,
	"body":    func(a *news.Article) string { return a.Body() },
}).Parse(pageTemplate))

type htmlView struct {
	Input
	ByID map[string]*news.Article
}

func writeHTML(w io.Writer, in Input) error {
	return page.Execute(w, htmlView{Input: in, ByID: index(in.Articles)})
}
