package server

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfold/newsfold/internal/news"
	"github.com/newsfold/newsfold/internal/store"
)

// Limits on query parameters.
const (
	defaultLimit   = 20
	maxLimit       = 200
	maxOffset      = 100_000
	maxParamLength = 200 // bytes of a text parameter
)

// paramError is a bad query parameter; it is answered with 400.
type paramError struct {
	name, msg string
}

func (e *paramError) Error() string { return "parameter " + e.name + ": " + e.msg }

// parseStoryQuery reads a story list's filters: since (YYYY-MM-DD), q,
// outlet, entity, limit (1 to 200, default 20) and offset. Other
// parameters are ignored.
func parseStoryQuery(v url.Values) (store.StoryQuery, error) {
	var q store.StoryQuery
	var err error
	if q.Q, err = textParam(v, "q"); err != nil {
		return q, err
	}
	if q.Outlet, err = textParam(v, "outlet"); err != nil {
		return q, err
	}
	if q.Entity, err = textParam(v, "entity"); err != nil {
		return q, err
	}
	if s := strings.TrimSpace(v.Get("since")); s != "" {
		d, err := parseDay(s)
		if err != nil {
			return q, &paramError{"since", err.Error()}
		}
		q.Since = d
	}
	if q.Limit, err = intParam(v, "limit", defaultLimit, 1, maxLimit); err != nil {
		return q, err
	}
	if q.Offset, err = intParam(v, "offset", 0, 0, maxOffset); err != nil {
		return q, err
	}
	return q, nil
}

// encodeStoryQuery is the inverse of parseStoryQuery: the canonical query
// string of q, defaults left out.
func encodeStoryQuery(q store.StoryQuery) url.Values {
	v := url.Values{}
	if q.Q != "" {
		v.Set("q", q.Q)
	}
	if q.Outlet != "" {
		v.Set("outlet", q.Outlet)
	}
	if q.Entity != "" {
		v.Set("entity", q.Entity)
	}
	if !q.Since.IsZero() {
		v.Set("since", q.Since.String())
	}
	if q.Limit != 0 && q.Limit != defaultLimit {
		v.Set("limit", strconv.Itoa(q.Limit))
	}
	if q.Offset != 0 {
		v.Set("offset", strconv.Itoa(q.Offset))
	}
	return v
}

// parseDay reads a whole day, YYYY-MM-DD.
func parseDay(s string) (news.Date, error) {
	if len(s) != len("2006-01-02") {
		return news.Date{}, fmt.Errorf("want a day as YYYY-MM-DD, not %q", s)
	}
	d, err := news.ParseDate(s)
	if err != nil || d.Precision() != "day" {
		return news.Date{}, fmt.Errorf("want a day as YYYY-MM-DD, not %q", s)
	}
	return d, nil
}

// textParam reads a free-text parameter: trimmed, valid UTF-8, without
// control characters, at most maxParamLength bytes.
func textParam(v url.Values, name string) (string, error) {
	s := strings.TrimSpace(v.Get(name))
	if len(s) > maxParamLength {
		return "", &paramError{name, fmt.Sprintf("longer than %d bytes", maxParamLength)}
	}
	if !utf8.ValidString(s) {
		return "", &paramError{name, "not valid UTF-8"}
	}
	if strings.IndexFunc(s, unicode.IsControl) >= 0 {
		return "", &paramError{name, "holds control characters"}
	}
	return s, nil
}

// intParam reads a whole number in [lo, hi], def when absent.
func intParam(v url.Values, name string, def, lo, hi int) (int, error) {
	s := strings.TrimSpace(v.Get(name))
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		return 0, &paramError{name, fmt.Sprintf("want a whole number from %d to %d, not %q", lo, hi, truncate(s, 40))}
	}
	return n, nil
}

// truncate cuts s to at most n bytes on a rune boundary.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
