package feed

import (
	"net/url"
	"strings"
)

// absoluteURL resolves ref against base and returns it when the result is
// an http or https address with a host, and "" otherwise.
func absoluteURL(base, ref string) string {
	ref = strings.Map(func(r rune) rune {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' {
			return -1
		}
		return r
	}, ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if !u.IsAbs() {
		b, err := url.Parse(base)
		if err != nil || !b.IsAbs() {
			return ""
		}
		u = b.ResolveReference(u)
	}
	return httpURL(u)
}

// httpURL returns u as a string when it is an http or https address with
// a host, and "" otherwise.
func httpURL(u *url.URL) string {
	scheme := strings.ToLower(u.Scheme)
	if (scheme != "http" && scheme != "https") || u.Host == "" || u.Opaque != "" {
		return ""
	}
	u.Scheme = scheme
	u.Fragment = ""
	u.RawFragment = ""
	s := u.String()
	// Check that the address reads back as the same absolute address.
	back, err := url.Parse(s)
	if err != nil || back.Host == "" || !strings.EqualFold(back.Scheme, scheme) {
		return ""
	}
	return s
}
