// Package server is newsfold's HTTP face: it takes a store.Store and gives
// an http.Handler serving a JSON API (stories, one story's dossier,
// articles, search, pushing pages), server-rendered web pages readable on
// a phone, a health check and Prometheus metrics.
package server

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"github.com/newsfold/newsfold/internal/store"
)

// Options configure a Server. Zero fields take the defaults.
type Options struct {
	// Log receives one line per failed request; nil discards.
	Log *slog.Logger
	// MaxPageBytes limits the body of POST /api/pages; default 4 MiB.
	MaxPageBytes int64
	// RequestTimeout bounds the store work of one request; default 30 s.
	RequestTimeout time.Duration
	// ReadOnly refuses POST /api/pages with 403.
	ReadOnly bool
	// CacheEntries is how many rendered responses are kept for the
	// current store version; default 1024, negative disables caching.
	CacheEntries int
	// FreshFor is how long a store version is trusted before it is asked
	// again; default 1 s. Pages pushed through this server are seen at
	// once; pages added by another process within FreshFor and the time
	// to render the new answer (the answer before is served meanwhile).
	FreshFor time.Duration
}

const (
	defaultMaxPageBytes   = 4 << 20
	defaultRequestTimeout = 30 * time.Second
	defaultCacheEntries   = 1024
	defaultFreshFor       = time.Second
)

// Server serves a store over HTTP. It is safe for concurrent use.
type Server struct {
	store   store.Store
	opts    Options
	log     *slog.Logger
	mux     *http.ServeMux
	metrics *metrics
	cache   *cache
	pages   *pages
}

// New returns a Server for st.
func New(st store.Store, opts Options) *Server {
	if opts.MaxPageBytes <= 0 {
		opts.MaxPageBytes = defaultMaxPageBytes
	}
	if opts.RequestTimeout <= 0 {
		opts.RequestTimeout = defaultRequestTimeout
	}
	if opts.CacheEntries == 0 {
		opts.CacheEntries = defaultCacheEntries
	}
	if opts.FreshFor <= 0 {
		opts.FreshFor = defaultFreshFor
	}
	log := opts.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := &Server{
		store:   st,
		opts:    opts,
		log:     log,
		mux:     http.NewServeMux(),
		metrics: newMetrics(),
		cache:   newCache(st, opts.CacheEntries, opts.FreshFor, opts.RequestTimeout),
		pages:   mustParsePages(),
	}
	s.routes()
	return s
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mux.ServeHTTP(w, r)
}

// routes registers every endpoint. A path served for some methods answers
// others with 405 and an Allow header.
func (s *Server) routes() {
	rt := newRouter(s)
	rt.handle("GET", "/api/stories", "api_stories", s.apiStories)
	rt.handle("GET", "/api/stories/{id}", "api_story", s.apiStory)
	rt.handle("GET", "/api/articles/{id...}", "api_article", s.apiArticle)
	rt.handle("GET", "/api/search", "api_search", s.apiSearch)
	rt.handle("POST", "/api/pages", "api_pages", s.apiPushPage)
	rt.handle("GET", "/healthz", "healthz", s.healthz)
	rt.handle("GET", "/metrics", "metrics", s.serveMetrics)
	rt.handle("GET", "/{$}", "web_stories", s.webStories)
	rt.handle("GET", "/stories/{id}", "web_story", s.webStory)
	rt.handle("GET", "/articles/{id...}", "web_article", s.webArticle)
	rt.handle("GET", "/static/{file}", "static", s.static)
	rt.fallback("/api/", "api_unknown", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "no such endpoint: "+r.URL.Path)
	})
	rt.fallback("/", "web_unknown", func(w http.ResponseWriter, r *http.Request) {
		s.webError(w, r, http.StatusNotFound, "There is no page at this address.")
	})
	rt.finish()
}

// withTimeout bounds a request's store work.
func (s *Server) withTimeout(r *http.Request) (context.Context, context.CancelFunc) {
	return context.WithTimeout(r.Context(), s.opts.RequestTimeout)
}
