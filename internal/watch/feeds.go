package watch

import (
	"bufio"
	"fmt"
	"io"
	"net/url"
	"strings"
)

// maxFeedLine is the longest line a feed list may have.
const maxFeedLine = 64 << 10

// ReadFeedList reads a feed list: one feed address per line, absolute
// http or https. Blank lines are skipped, and so is everything from a '#'
// that starts a line or follows white space. A repeated address is kept
// once. A bad line gives an error naming its number.
func ReadFeedList(r io.Reader, name string) ([]string, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxFeedLine)
	var feeds []string
	seen := map[string]bool{}
	for n := 1; sc.Scan(); n++ {
		line := stripComment(sc.Text())
		if line == "" {
			continue
		}
		if strings.ContainsAny(line, " \t") {
			return nil, fmt.Errorf("%s:%d: one feed address per line, got %q", name, n, line)
		}
		u, err := url.Parse(line)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n, err)
		}
		if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, fmt.Errorf("%s:%d: %q is not an absolute http or https address", name, n, line)
		}
		if !seen[line] {
			seen[line] = true
			feeds = append(feeds, line)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return feeds, nil
}

// stripComment drops a comment (a '#' at the start or after white space,
// so fragments in addresses survive) and outer white space.
func stripComment(line string) string {
	line = strings.TrimPrefix(line, "\uFEFF")
	for i := 0; i < len(line); i++ {
		if line[i] == '#' && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t') {
			line = line[:i]
			break
		}
	}
	return strings.TrimSpace(line)
}
