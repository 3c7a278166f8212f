package server

import (
	"net/url"
	"sort"
	"strings"

	"github.com/newsfold/newsfold/internal/news"
	"github.com/newsfold/newsfold/internal/store"
)

// chrome is what every web page shows around its content.
type chrome struct {
	Title  string
	Search string // the search box's text
}

// listView is the story list page.
type listView struct {
	chrome
	Query      store.StoryQuery
	Since      string
	Stories    []listItem
	Prev, Next string // addresses of the neighbouring pages; "" when none
	Filtered   bool
	Error      string
}

type listItem struct {
	ID, Title, Summary string
	Articles           int
	Outlets            []string
	First, Last        string
}

func newListView(q store.StoryQuery, entries []store.StoryEntry, more bool) listView {
	v := listView{chrome: chrome{Title: "Stories", Search: q.Q}, Query: q, Filtered: q.Q != "" || q.Outlet != "" || q.Entity != "" || !q.Since.IsZero()}
	if !q.Since.IsZero() {
		v.Since = q.Since.String()
	}
	for _, e := range entries {
		v.Stories = append(v.Stories, listItem{
			ID: e.ID, Title: e.Title, Summary: e.Summary, Articles: len(e.Articles),
			Outlets: e.Outlets, First: dateText(e.FirstPublished), Last: dateText(e.LastPublished),
		})
	}
	if q.Offset > 0 {
		p := q
		p.Offset = max(0, q.Offset-q.Limit)
		v.Prev = listURL(p)
	}
	if more {
		n := q
		n.Offset += q.Limit
		v.Next = listURL(n)
	}
	return v
}

func listURL(q store.StoryQuery) string {
	enc := encodeStoryQuery(q).Encode()
	if enc == "" {
		return "/"
	}
	return "/?" + enc
}

func dateText(d news.Date) string {
	if !d.HasYear() {
		return ""
	}
	return d.String()
}

// storyView is a story's dossier page.
type storyView struct {
	chrome
	Story    *news.Story
	Articles []*news.Article
	byID     map[string]*news.Article
	Outlets  []string
	Columns  []column
	Rows     []gridRow
	Quotes   []news.StoryQuote // quotations, their changed variants only
	// Conflicts and Exclusives are shown in full up to a few; More* hold
	// the rest, folded away.
	Conflicts, MoreConflicts   []news.Conflict
	Exclusives, MoreExclusives []news.Exclusive
	Entities                   []news.Entity // the names most articles share
}

// column is one outlet of the coverage grid and its articles.
type column struct {
	Label    string
	Articles []string
}

// gridRow is one statement of the coverage grid: which columns carry it.
type gridRow struct {
	Text      string
	Exclusive bool
	Cells     []bool
}

func newStoryView(st *news.Story, arts []*news.Article) storyView {
	v := storyView{chrome: chrome{Title: st.Title}, Story: st, Articles: arts, byID: map[string]*news.Article{}}
	if v.Title == "" {
		v.Title = "Story " + st.ID
	}
	for _, a := range arts {
		v.byID[a.ID] = a
	}
	col := map[string]int{}
	for _, id := range st.Articles {
		label := v.Outlet(id)
		i, ok := col[label]
		if !ok {
			i = len(v.Columns)
			col[label] = i
			v.Columns = append(v.Columns, column{Label: label})
			if a := v.byID[id]; a != nil && a.Outlet != "" {
				v.Outlets = append(v.Outlets, a.Outlet)
			}
		}
		v.Columns[i].Articles = append(v.Columns[i].Articles, id)
	}
	for _, f := range st.Facts {
		v.Rows = append(v.Rows, v.row(f.Text, false, f.Articles))
	}
	for _, e := range st.Exclusives {
		v.Rows = append(v.Rows, v.row(e.Text, true, []string{e.Article}))
	}
	for _, q := range st.Quotes {
		q.Variants = changedVariants(q.Variants)
		v.Quotes = append(v.Quotes, q)
	}
	v.Entities = sharedEntities(arts, 12)
	v.Conflicts, v.MoreConflicts = split(st.Conflicts, shownConflicts)
	v.Exclusives, v.MoreExclusives = split(st.Exclusives, shownExclusives)
	return v
}

// How many conflicts and exclusives a dossier shows before folding the
// rest away.
const (
	shownConflicts  = 5
	shownExclusives = 10
)

// split cuts s after n.
func split[T any](s []T, n int) (head, rest []T) {
	if len(s) <= n {
		return s, nil
	}
	return s[:n], s[n:]
}

func (v storyView) row(text string, exclusive bool, ids []string) gridRow {
	r := gridRow{Text: text, Exclusive: exclusive, Cells: make([]bool, len(v.Columns))}
	for i, c := range v.Columns {
		for _, id := range c.Articles {
			if contains(ids, id) {
				r.Cells[i] = true
			}
		}
	}
	return r
}

// Outlet names an article's outlet for a reader: its outlet, else its
// site, else its ID.
func (v storyView) Outlet(id string) string {
	a := v.byID[id]
	if a == nil {
		return id
	}
	if a.Outlet != "" {
		return a.Outlet
	}
	if u, err := url.Parse(a.URL); err == nil && u.Host != "" {
		return strings.TrimPrefix(u.Host, "www.")
	}
	return truncate(a.ID, 32)
}

// conflictRow is a conflict with the view that names its outlets.
type conflictRow struct {
	V storyView
	C news.Conflict
}

// Conflict pairs a conflict with the view, for the conflict template.
func (v storyView) Conflict(c news.Conflict) conflictRow { return conflictRow{V: v, C: c} }

// Article returns a story's article by ID, nil when unknown.
func (v storyView) Article(id string) *news.Article { return v.byID[id] }

func changedVariants(vs []news.QuoteVariant) []news.QuoteVariant {
	var out []news.QuoteVariant
	for _, v := range vs {
		for _, op := range v.Diff {
			if op.Op != "same" {
				out = append(out, v)
				break
			}
		}
	}
	return out
}

// sharedEntities lists the people, organisations and places named by
// the most articles, at most n.
func sharedEntities(arts []*news.Article, n int) []news.Entity {
	count := map[string]int{}
	first := map[string]news.Entity{}
	var order []string
	for _, a := range arts {
		seen := map[string]bool{}
		for _, e := range a.Entities {
			if seen[e.Name] {
				continue
			}
			seen[e.Name] = true
			if _, ok := first[e.Name]; !ok {
				first[e.Name] = e
				order = append(order, e.Name)
			}
			count[e.Name]++
		}
	}
	sort.SliceStable(order, func(i, j int) bool { return count[order[i]] > count[order[j]] })
	if len(order) > n {
		order = order[:n]
	}
	out := make([]news.Entity, len(order))
	for i, name := range order {
		out[i] = first[name]
	}
	return out
}

func contains(ids []string, id string) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// articleView is an article's page: its cleaned text beside the page it
// came from.
type articleView struct {
	chrome
	Article *news.Article
	Page    *news.Page
	Host    string
}

func newArticleView(a *news.Article, p *news.Page) articleView {
	v := articleView{chrome: chrome{Title: a.Title}, Article: a, Page: p}
	if v.Title == "" {
		v.Title = a.ID
	}
	if u, err := url.Parse(a.URL); err == nil && (u.Scheme == "http" || u.Scheme == "https") {
		v.Host = u.Host
	}
	return v
}

// SafeURL is the article's address when it is an http(s) link, else "".
func (v articleView) SafeURL() string {
	if v.Host == "" {
		return ""
	}
	return v.Article.URL
}

// IsHTML says the original page is HTML, shown in a sandboxed frame.
func (v articleView) IsHTML() bool { return v.Page != nil && v.Page.Kind == news.KindHTML }

// errorView is an error page.
type errorView struct {
	chrome
	Status  int
	Message string
}
