package eval

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// CompareGold is one hand-aligned story: every sentence of its articles,
// the groups of sentences that say the same thing, and the sentences that
// carry no reporting (see docs/compare-gold.md).
type CompareGold struct {
	Story       string          `json:"story"`
	Source      string          `json:"source"`
	Articles    []string        `json:"articles"`
	Statements  []GoldStatement `json:"statements"`
	Groups      [][]string      `json:"groups"`
	Boilerplate []string        `json:"boilerplate"`
}

// GoldStatement is one sentence of one article, verbatim.
type GoldStatement struct {
	ID      string `json:"id"`
	Article string `json:"article"`
	Text    string `json:"text"`
}

// ReadCompareGold reads gold stories in JSON Lines, one story a line, and
// checks each: statement ids unique and known to their article, groups of
// two or more statements from different articles, boilerplate never in a
// group.
func ReadCompareGold(r io.Reader) ([]CompareGold, error) {
	var out []CompareGold
	br := bufio.NewReader(r)
	for line := 1; ; line++ {
		text, err := br.ReadString('\n')
		if s := strings.TrimSpace(text); s != "" {
			var g CompareGold
			if jerr := json.Unmarshal([]byte(s), &g); jerr != nil {
				return nil, fmt.Errorf("read compare gold: line %d: %w", line, jerr)
			}
			if verr := g.validate(); verr != nil {
				return nil, fmt.Errorf("read compare gold: line %d: story %q: %w", line, g.Story, verr)
			}
			out = append(out, g)
		}
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("read compare gold: %w", err)
		}
	}
}

// ReadCompareGoldFiles reads several gold files in order; a story
// labelled twice is an error.
func ReadCompareGoldFiles(paths ...string) ([]CompareGold, error) {
	var out []CompareGold
	from := map[string]string{}
	for _, path := range paths {
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("read compare gold: %w", err)
		}
		g, err := ReadCompareGold(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		for _, s := range g {
			if first, dup := from[s.Story]; dup {
				return nil, fmt.Errorf("read compare gold %s: story %q already labelled in %s", path, s.Story, first)
			}
			from[s.Story] = path
		}
		out = append(out, g...)
	}
	return out, nil
}

func (g *CompareGold) validate() error {
	if g.Story == "" {
		return errors.New("no story id")
	}
	if len(g.Articles) == 0 {
		return errors.New("no articles")
	}
	arts := map[string]bool{}
	for _, a := range g.Articles {
		if a == "" {
			return errors.New("an article without an id")
		}
		arts[a] = true
	}
	article := map[string]string{}
	for _, st := range g.Statements {
		if st.ID == "" {
			return errors.New("a statement without an id")
		}
		if _, dup := article[st.ID]; dup {
			return fmt.Errorf("statement %s given twice", st.ID)
		}
		if !arts[st.Article] {
			return fmt.Errorf("statement %s: article %q not among the story's articles", st.ID, st.Article)
		}
		article[st.ID] = st.Article
	}
	boiler := map[string]bool{}
	for _, id := range g.Boilerplate {
		if _, ok := article[id]; !ok {
			return fmt.Errorf("boilerplate %s: no such statement", id)
		}
		boiler[id] = true
	}
	for gi, grp := range g.Groups {
		if len(grp) < 2 {
			return fmt.Errorf("group %d: fewer than two statements", gi)
		}
		seen := map[string]bool{}
		for _, id := range grp {
			a, ok := article[id]
			if !ok {
				return fmt.Errorf("group %d: no statement %s", gi, id)
			}
			if boiler[id] {
				return fmt.Errorf("group %d: boilerplate %s in a group", gi, id)
			}
			if seen[a] {
				return fmt.Errorf("group %d: two statements of article %s", gi, a)
			}
			seen[a] = true
		}
	}
	return nil
}
