package server

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
)

func TestWebPages(t *testing.T) {
	tests := []struct {
		name, target string
		status       int
		has          []string // fragments the page must hold
		hasNot       []string // fragments it must not
	}{
		{"list", "/", 200,
			[]string{`<a href="/stories/s1">Quellport harbour bridge shut after cracks found</a>`, `href="/?outlet=Varnby&#43;Times"`, "2024-05-06 to 2024-05-07", `href="/static/style.css"`, `name="viewport"`},
			[]string{"<script", `<details class="filters" open>`}},
		{"list filtered", "/?outlet=The+Quellport+Herald", 200,
			[]string{"Stories found", `value="The Quellport Herald"`, "/stories/s1", `<details class="filters" open>`},
			[]string{"/stories/s2"}},
		{"list since", "/?since=2024-05-01", 200, []string{`value="2024-05-01"`, "/stories/s1"}, []string{"/stories/s2"}},
		{"list paged", "/?limit=1", 200, []string{`rel="next" href="/?limit=1&amp;offset=1"`}, []string{`rel="prev"`}},
		{"list second page", "/?limit=1&offset=1", 200, []string{`rel="prev" href="/?limit=1"`, "/stories/s2"}, []string{`rel="next"`}},
		{"list nothing", "/?q=volcano", 200, []string{"No story matches."}, nil},
		{"list bad since", "/?since=soon", 400, []string{"400", "since"}, nil},
		{"story", "/stories/s1", 200,
			[]string{"<h1>Quellport harbour bridge shut after cracks found</h1>", "Where they disagree", "two piers", "three piers",
				"quoted only:</span> “We will not take chances …”", "Who reports what", "<th scope=\"col\">The Quellport Herald</th>", "<em>only one:</em>",
				"Only one outlet says", "Timeline", `href="/articles/a1"`, `href="/?entity=Edda&#43;Vorn"`, `href="/stories/s2"`},
			nil},
		{"story without dossier", "/stories/s2", 200, []string{"Ferry strike ends in Varnby", `href="/articles/feeds/b1.txt"`},
			[]string{"Where they disagree", "Who said what", "Who reports what"}},
		{"no story", "/stories/s404", 404, []string{"no such story"}, nil},
		{"article text", "/articles/feeds/b1.txt", 200, []string{"Cleaned text", "Original page", `<pre class="page">`, "&lt;three-day&gt;"}, []string{"<three-day>", "<iframe"}},
		{"article html", "/articles/a2", 200,
			[]string{`<iframe class="page"`, `sandbox srcdoc="&lt;html&gt;`, "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;"},
			[]string{`<script>alert`, "allow-scripts", "allow-same-origin"}},
		{"article link", "/articles/a1", 200, []string{`href="https://quellport-herald.example/bridge" rel="noopener noreferrer nofollow"`}, nil},
		{"no page", "/elsewhere", 404, []string{"There is no page at this address."}, nil},
		{"style", "/static/style.css", 200, []string{"@media (max-width:700px)"}, nil},
		{"no asset", "/static/app.js", 404, nil, nil},
	}
	h := New(newMemStore(), Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := do(t, h, "GET", tt.target, "")
			if w.Code != tt.status {
				t.Fatalf("status %d, want %d\n%s", w.Code, tt.status, w.Body)
			}
			body := w.Body.String()
			for _, s := range tt.has {
				if !strings.Contains(body, s) {
					t.Errorf("page lacks %q\n%s", s, body)
				}
			}
			for _, s := range tt.hasNot {
				if strings.Contains(body, s) {
					t.Errorf("page holds %q", s)
				}
			}
			if strings.HasPrefix(w.Header().Get("Content-Type"), "text/html") && !strings.Contains(w.Header().Get("Content-Security-Policy"), "default-src 'none'") {
				t.Errorf("HTML page without the content security policy")
			}
		})
	}
}

func TestStoryViewGrid(t *testing.T) {
	st := newMemStore()
	s, arts, err := st.Story(t.Context(), "s1")
	if err != nil {
		t.Fatal(err)
	}
	v := newStoryView(s, arts)
	if len(v.Columns) != 2 || v.Columns[0].Label != "The Quellport Herald" || v.Columns[1].Label != "Varnby Times" {
		t.Fatalf("columns %+v", v.Columns)
	}
	want := []gridRow{
		{Text: "The harbour bridge was closed after cracks were found.", Cells: []bool{true, true}},
		{Text: "Inspectors found the cracks.", Exclusive: true, Cells: []bool{true, false}},
	}
	if len(v.Rows) != len(want) {
		t.Fatalf("rows %+v", v.Rows)
	}
	for i := range want {
		g, w := v.Rows[i], want[i]
		if g.Text != w.Text || g.Exclusive != w.Exclusive || len(g.Cells) != len(w.Cells) || g.Cells[0] != w.Cells[0] || g.Cells[1] != w.Cells[1] {
			t.Errorf("row %d = %+v, want %+v", i, g, w)
		}
	}
	if len(v.Quotes) != 1 || len(v.Quotes[0].Variants) != 1 {
		t.Errorf("quotes %+v, want one with one changed variant", v.Quotes)
	}
	if len(v.Entities) == 0 || v.Entities[0].Name != "Quellport" {
		t.Errorf("entities %+v, want Quellport first", v.Entities)
	}
}

func TestDossierFoldsLongLists(t *testing.T) {
	st := newMemStore()
	s := st.stories[0]
	for i := range 7 {
		s.Conflicts = append(s.Conflicts, news.Conflict{About: fmt.Sprintf("slot %d", i), Values: []news.ConflictValue{{Article: "a1", Text: "x"}, {Article: "a2", Text: "y"}}})
	}
	body := do(t, New(st, Options{}), "GET", "/stories/s1", "").Body.String()
	shown, folded := strings.Index(body, "slot 3"), strings.Index(body, "slot 4")
	more := strings.Index(body, "<summary>3 more</summary>") // 8 conflicts in all
	if shown < 0 || folded < 0 || more < 0 || !(shown < more && more < folded) {
		t.Errorf("want 5 conflicts shown, then 3 more folded; positions %d %d %d", shown, more, folded)
	}
}
