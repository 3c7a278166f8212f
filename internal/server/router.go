package server

import (
	"net/http"
	"slices"
	"strings"
	"time"
)

// router registers handlers on the server's mux, each wrapped to be
// measured under a route name, and answers a known path asked with the
// wrong method with 405.
type router struct {
	s       *Server
	methods map[string][]string // path pattern -> methods served
	order   []string
}

func newRouter(s *Server) *router {
	return &router{s: s, methods: map[string][]string{}}
}

func (rt *router) handle(method, pattern, name string, h http.HandlerFunc) {
	rt.s.mux.Handle(method+" "+pattern, rt.s.instrument(name, h))
	if _, ok := rt.methods[pattern]; !ok {
		rt.order = append(rt.order, pattern)
	}
	rt.methods[pattern] = append(rt.methods[pattern], method)
}

// fallback serves every path under pattern no other route serves.
func (rt *router) fallback(pattern, name string, h http.HandlerFunc) {
	rt.s.mux.Handle(pattern, rt.s.instrument(name, h))
}

// finish answers the other methods of every registered path with 405.
func (rt *router) finish() {
	for _, p := range rt.order {
		allowed := slices.Clone(rt.methods[p])
		if slices.Contains(allowed, "GET") {
			allowed = append(allowed, "HEAD")
		}
		allow := strings.Join(allowed, ", ")
		rt.s.mux.Handle(p, rt.s.instrument("method_not_allowed", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Allow", allow)
			writeError(w, http.StatusMethodNotAllowed, "method "+r.Method+" not allowed here; use "+allow)
		}))
	}
}

// statusWriter remembers the status a handler wrote.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// instrument counts a route's requests by status and times them, and sets
// the headers every response carries.
func (s *Server) instrument(route string, h http.HandlerFunc) http.Handler {
	m := s.metrics.route(route)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		hdr := w.Header()
		hdr.Set("X-Content-Type-Options", "nosniff")
		hdr.Set("Referrer-Policy", "no-referrer")
		sw := &statusWriter{ResponseWriter: w}
		defer func() {
			if sw.status == 0 {
				sw.status = http.StatusOK
			}
			m.observe(sw.status, time.Since(start))
		}()
		h(sw, r)
	})
}
