package examples

import (
	"bufio"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// feedLine is one article of a JSON Lines feed in pages/feeds.
type feedLine struct {
	ID     string `json:"id"`
	URL    string `json:"url"`
	Title  string `json:"title"`
	Date   string `json:"date"`
	Source string `json:"source"`
	Text   string `json:"text"`
}

// readJSONLines decodes every non-blank line of path into a new T.
func readJSONLines[T any](t *testing.T, path string) []T {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 4<<20)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var v T
		dec := json.NewDecoder(strings.NewReader(sc.Text()))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&v); err != nil {
			t.Fatalf("%s:%d: %v", path, n, err)
		}
		out = append(out, v)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	return out
}

// expectedStories returns stories.jsonl as page id -> story.
func expectedStories(t *testing.T) map[string]string {
	t.Helper()
	type line struct {
		ID      string `json:"id"`
		Cluster string `json:"cluster"`
	}
	got := map[string]string{}
	for _, l := range readJSONLines[line](t, "stories.jsonl") {
		if l.ID == "" || l.Cluster == "" {
			t.Fatalf("stories.jsonl: empty id or cluster in %+v", l)
		}
		if _, dup := got[l.ID]; dup {
			t.Fatalf("stories.jsonl: %s listed twice", l.ID)
		}
		got[l.ID] = l.Cluster
	}
	return got
}

// corpusPages returns the id of every page under pages/: a file's path
// relative to pages/, or a feed line's id.
func corpusPages(t *testing.T) []string {
	t.Helper()
	var ids []string
	err := filepath.WalkDir("pages", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if strings.HasSuffix(path, ".jsonl") {
			for _, l := range readJSONLines[feedLine](t, path) {
				ids = append(ids, l.ID)
			}
			return nil
		}
		rel, err := filepath.Rel("pages", path)
		ids = append(ids, filepath.ToSlash(rel))
		return err
	})
	if err != nil {
		t.Fatalf("walk pages: %v", err)
	}
	return ids
}

// readmeRow is one row of the README's page table.
type readmeRow struct {
	ID, Story, Outlet, Form, Published string
}

// readmePageTable parses the table under "## Pages and expected grouping".
func readmePageTable(t *testing.T) []readmeRow {
	t.Helper()
	b, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatalf("read README: %v", err)
	}
	var rows []readmeRow
	in := false
	for line := range strings.Lines(string(b)) {
		line = strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(line, "## "):
			in = line == "## Pages and expected grouping"
		case in && strings.HasPrefix(line, "| `"):
			cells := strings.Split(strings.Trim(line, "|"), "|")
			if len(cells) < 6 {
				t.Fatalf("README row has %d cells: %s", len(cells), line)
			}
			for i := range cells {
				cells[i] = strings.Trim(strings.TrimSpace(cells[i]), "`")
			}
			rows = append(rows, readmeRow{cells[0], cells[1], cells[2], cells[3], cells[4]})
		}
	}
	return rows
}

func TestStoriesListEveryPageOnce(t *testing.T) {
	want := expectedStories(t)
	pages := corpusPages(t)
	for _, id := range pages {
		if _, ok := want[id]; !ok {
			t.Errorf("page %s is missing from stories.jsonl", id)
		}
	}
	for id := range want {
		if !slices.Contains(pages, id) {
			t.Errorf("stories.jsonl lists %s, which is not a page", id)
		}
	}
}

func TestReadmeTableMatchesStories(t *testing.T) {
	want := expectedStories(t)
	rows := readmePageTable(t)
	if len(rows) != len(want) {
		t.Errorf("README lists %d pages, stories.jsonl %d", len(rows), len(want))
	}
	for _, r := range rows {
		if got, ok := want[r.ID]; !ok || got != r.Story {
			t.Errorf("README puts %s in story %q, stories.jsonl in %q", r.ID, r.Story, got)
		}
	}
}

var pageName = regexp.MustCompile(`^[a-z0-9-]+/(\d{4}-\d{2}-\d{2})-[a-z0-9-]+\.(txt|html)$`)

func TestPageNamesCarryPublicationDate(t *testing.T) {
	for _, r := range readmePageTable(t) {
		if r.Form == "jsonl" {
			continue
		}
		m := pageName.FindStringSubmatch(r.ID)
		if m == nil {
			t.Errorf("%s: want <outlet>/<yyyy-mm-dd>-<slug>.txt|.html", r.ID)
			continue
		}
		if m[1] != r.Published || m[2] != r.Form {
			t.Errorf("%s: README says published %s as %s", r.ID, r.Published, r.Form)
		}
		b, err := os.ReadFile(filepath.Join("pages", filepath.FromSlash(r.ID)))
		if err != nil {
			t.Errorf("read %s: %v", r.ID, err)
			continue
		}
		if !utf8.Valid(b) {
			t.Errorf("%s: not valid UTF-8", r.ID)
		}
	}
}

func TestFeedLinesAreComplete(t *testing.T) {
	published := map[string]string{}
	for _, r := range readmePageTable(t) {
		published[r.ID] = r.Published
	}
	lines := readJSONLines[feedLine](t, filepath.Join("pages", "feeds", "wire-digest.jsonl"))
	if len(lines) == 0 {
		t.Fatal("wire-digest.jsonl is empty")
	}
	for _, l := range lines {
		if l.ID == "" || l.URL == "" || l.Title == "" || l.Source == "" || l.Text == "" {
			t.Errorf("%s: a field is empty: %+v", l.ID, l)
		}
		if _, err := time.Parse(time.DateOnly, l.Date); err != nil {
			t.Errorf("%s: date %q: %v", l.ID, l.Date, err)
		}
		if published[l.ID] != l.Date {
			t.Errorf("%s: feed date %s, README %s", l.ID, l.Date, published[l.ID])
		}
	}
}
