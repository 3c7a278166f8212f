package fetch

import (
	"bufio"
	"bytes"
	"strconv"
	"strings"
	"time"
)

// robotsLimit is how much of a robots.txt file is read (RFC 9309 asks
// crawlers to read at least 500 KiB).
const robotsLimit = 512 << 10

// maxCrawlDelay caps the Crawl-delay a site may ask for.
const maxCrawlDelay = time.Minute

// robotsRules are the rules of a robots.txt file that apply to one
// crawler.
type robotsRules struct {
	rules      []robotsRule
	crawlDelay time.Duration
}

type robotsRule struct {
	allow   bool
	pattern string
}

// parseRobots reads a robots.txt file (RFC 9309) and keeps the rules of
// the groups naming agent (a product token such as "newsfold"), or, when
// none does, those of the groups for "*". Crawl-delay, outside the RFC
// but widely used, is read too.
func parseRobots(body []byte, agent string) robotsRules {
	if len(body) > robotsLimit {
		body = body[:robotsLimit]
	}
	agent = strings.ToLower(agent)
	var mine, star robotsRules
	var haveMine bool
	var forMe, forStar bool // the current group applies to agent / to "*"
	inAgents := false       // the last line read was a user-agent line
	sc := bufio.NewScanner(bytes.NewReader(body))
	sc.Buffer(make([]byte, 0, 4096), robotsLimit)
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		key, value, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		key = strings.ToLower(strings.TrimSpace(key))
		value = strings.TrimSpace(value)
		switch key {
		case "user-agent":
			if !inAgents {
				forMe, forStar = false, false
			}
			inAgents = true
			token := strings.ToLower(value)
			if token == agent {
				forMe, haveMine = true, true
			}
			if token == "*" {
				forStar = true
			}
			continue
		case "allow", "disallow":
			if value == "" {
				break // an empty rule matches nothing
			}
			r := robotsRule{allow: key == "allow", pattern: value}
			if forMe {
				mine.rules = append(mine.rules, r)
			}
			if forStar {
				star.rules = append(star.rules, r)
			}
		case "crawl-delay":
			secs, err := strconv.ParseFloat(value, 64)
			if err != nil || secs < 0 || secs != secs {
				break
			}
			d := maxCrawlDelay
			if secs < maxCrawlDelay.Seconds() {
				d = time.Duration(secs * float64(time.Second))
			}
			if forMe {
				mine.crawlDelay = d
			}
			if forStar {
				star.crawlDelay = d
			}
		}
		inAgents = false
	}
	if haveMine {
		return mine
	}
	return star
}

// allowed reports whether the rules let a crawler fetch the path (with
// its query, as sent). The longest matching pattern decides; of two as
// long, Allow wins; no match allows. /robots.txt is always allowed.
func (r robotsRules) allowed(path string) bool {
	if path == "/robots.txt" {
		return true
	}
	best, allow := -1, true
	for _, rule := range r.rules {
		if len(rule.pattern) < best || !matchPattern(rule.pattern, path) {
			continue
		}
		if len(rule.pattern) > best || rule.allow {
			best, allow = len(rule.pattern), rule.allow
		}
	}
	return allow
}

// matchPattern reports whether a robots.txt path pattern matches path
// from its start: '*' matches any run of characters, and a '$' ending
// the pattern anchors it at the end of path.
func matchPattern(pattern, path string) bool {
	anchored := strings.HasSuffix(pattern, "$")
	if anchored {
		pattern = pattern[:len(pattern)-1]
	}
	// Glob matching with '*' only, backtracking to the last star.
	p, s := 0, 0
	star, mark := -1, 0
	for s < len(path) {
		switch {
		case p < len(pattern) && pattern[p] == '*':
			star, mark = p, s
			p++
		case p < len(pattern) && pattern[p] == path[s]:
			p++
			s++
		case p == len(pattern) && !anchored:
			return true // a prefix match is enough
		case star >= 0:
			mark++
			p, s = star+1, mark
		default:
			return false
		}
	}
	for p < len(pattern) && pattern[p] == '*' {
		p++
	}
	return p == len(pattern)
}
