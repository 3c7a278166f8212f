package server

import (
	"bytes"
	"context"
	"embed"
	"fmt"
	"html/template"
	"net/http"
	"net/url"

	"github.com/newsfold/newsfold/internal/news"
	"github.com/newsfold/newsfold/internal/report"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static/style.css
var styleCSS []byte

// contentSecurityPolicy keeps every page to its own stylesheet: no
// scripts, no outside requests. A sandboxed original page (an
// about:srcdoc frame) inherits it, so it cannot reach out either.
const contentSecurityPolicy = "default-src 'none'; frame-src about:; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// pages are the parsed web page templates, one set per page.
type pages struct {
	list, story, article, error *template.Template
}

var templateFuncs = template.FuncMap{
	"storyURL":   func(id string) string { return "/stories/" + pathEscape(id) },
	"articleURL": func(id string) string { return "/articles/" + pathEscape(id) },
	"filterURL": func(key, value string) string {
		return "/?" + url.Values{key: {value}}.Encode()
	},
	"date": func(d news.Date) string {
		if !d.HasYear() {
			return "date unknown"
		}
		return d.String()
	},
	"body":        func(a *news.Article) []string { return a.Paragraphs },
	"variantForm": report.FormOf,
}

func mustParsePages() *pages {
	parse := func(name string) *template.Template {
		return template.Must(template.New("layout.html").Funcs(templateFuncs).ParseFS(templateFS, "templates/layout.html", "templates/"+name))
	}
	return &pages{
		list:    parse("stories.html"),
		story:   parse("story.html"),
		article: parse("article.html"),
		error:   parse("error.html"),
	}
}

// render executes t with v.
func render(t *template.Template, v any) ([]byte, error) {
	var buf bytes.Buffer
	if err := t.Execute(&buf, v); err != nil {
		return nil, fmt.Errorf("render %s: %w", t.Name(), err)
	}
	return buf.Bytes(), nil
}

func writeHTML(w http.ResponseWriter, status int, body []byte) {
	w.Header().Set("Content-Security-Policy", contentSecurityPolicy)
	writeRaw(w, status, "text/html; charset=utf-8", body)
}

func (s *Server) webStories(w http.ResponseWriter, r *http.Request) {
	q, err := parseStoryQuery(r.URL.Query())
	if err != nil {
		s.webError(w, r, http.StatusBadRequest, err.Error())
		return
	}
	ctx, cancel := s.withTimeout(r)
	defer cancel()
	body, how, err := s.cached(ctx, "web/?"+encodeStoryQuery(q).Encode(), func(ctx context.Context) ([]byte, error) {
		entries, more, err := s.listStories(ctx, q)
		if err != nil {
			return nil, err
		}
		return render(s.pages.list, newListView(q, entries, more))
	})
	w.Header().Set("X-Newsfold-Cache", how)
	if err != nil {
		s.webFail(w, r, err)
		return
	}
	writeHTML(w, http.StatusOK, body)
}

func (s *Server) webStory(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	ctx, cancel := s.withTimeout(r)
	defer cancel()
	body, how, err := s.cached(ctx, "web/story/"+id, func(ctx context.Context) ([]byte, error) {
		st, arts, err := s.store.Story(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("story %s: %w", id, err)
		}
		return render(s.pages.story, newStoryView(st, arts))
	})
	w.Header().Set("X-Newsfold-Cache", how)
	if err != nil {
		s.webFail(w, r, err)
		return
	}
	writeHTML(w, http.StatusOK, body)
}

func (s *Server) webArticle(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	ctx, cancel := s.withTimeout(r)
	defer cancel()
	a, p, err := s.store.Article(ctx, id)
	if err != nil {
		s.webFail(w, r, fmt.Errorf("article %s: %w", id, err))
		return
	}
	body, err := render(s.pages.article, newArticleView(a, p))
	if err != nil {
		s.webFail(w, r, err)
		return
	}
	writeHTML(w, http.StatusOK, body)
}

func (s *Server) static(w http.ResponseWriter, r *http.Request) {
	if r.PathValue("file") != "style.css" {
		s.webError(w, r, http.StatusNotFound, "There is no such file.")
		return
	}
	w.Header().Set("Cache-Control", "public, max-age=3600")
	writeRaw(w, http.StatusOK, "text/css; charset=utf-8", styleCSS)
}

// webFail answers a web page whose store work failed.
func (s *Server) webFail(w http.ResponseWriter, r *http.Request, err error) {
	status, _ := classify(err)
	msg := "Something went wrong on our side; the cause is in the server's log."
	switch status {
	case http.StatusNotFound:
		msg = "There is no such story or article here."
	case http.StatusServiceUnavailable:
		msg = "The store took too long to answer. Try again."
	default:
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	s.webError(w, r, status, msg)
}

// webError renders the error page.
func (s *Server) webError(w http.ResponseWriter, r *http.Request, status int, msg string) {
	body, err := render(s.pages.error, errorView{chrome: chrome{Title: http.StatusText(status)}, Status: status, Message: msg})
	if err != nil {
		s.log.Error("render error page", "err", err)
		http.Error(w, msg, status)
		return
	}
	writeHTML(w, status, body)
}
