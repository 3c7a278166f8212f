package server

import (
	"bytes"
	"encoding/json"
	"flag"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
	"github.com/newsfold/newsfold/internal/report"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

func do(t *testing.T, h http.Handler, method, target, body string) *httptest.ResponseRecorder {
	t.Helper()
	var r *http.Request
	if body != "" {
		r = httptest.NewRequest(method, target, strings.NewReader(body))
		r.Header.Set("Content-Type", "application/json")
	} else {
		r = httptest.NewRequest(method, target, nil)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

func TestAPIStatuses(t *testing.T) {
	big := `{"text":"` + strings.Repeat("x", 2000) + `"}`
	tests := []struct {
		name, method, target, body string
		status                     int
		errorHas                   string // part of the JSON error; "" when none is expected
	}{
		{"list", "GET", "/api/stories", "", 200, ""},
		{"list head", "HEAD", "/api/stories", "", 200, ""},
		{"list filtered", "GET", "/api/stories?outlet=Varnby+Times&since=2024-05-01&limit=5", "", 200, ""},
		{"bad since", "GET", "/api/stories?since=2024-5-1", "", 400, "since"},
		{"month only since", "GET", "/api/stories?since=2024-05", "", 400, "since"},
		{"no such day", "GET", "/api/stories?since=2024-02-30", "", 400, "since"},
		{"limit zero", "GET", "/api/stories?limit=0", "", 400, "limit"},
		{"limit too big", "GET", "/api/stories?limit=5000", "", 400, "limit"},
		{"limit not a number", "GET", "/api/stories?limit=ten", "", 400, "limit"},
		{"negative offset", "GET", "/api/stories?offset=-1", "", 400, "offset"},
		{"control char", "GET", "/api/stories?q=a%00b", "", 400, "control"},
		{"bad utf8", "GET", "/api/stories?entity=%ff", "", 400, "UTF-8"},
		{"long q", "GET", "/api/stories?q=" + strings.Repeat("w", 300), "", 400, "longer"},
		{"story", "GET", "/api/stories/s1", "", 200, ""},
		{"no story", "GET", "/api/stories/s99", "", 404, "not found"},
		{"article with slash", "GET", "/api/articles/feeds/b1.txt", "", 200, ""},
		{"no article", "GET", "/api/articles/nope", "", 404, "not found"},
		{"search", "GET", "/api/search?q=bridge", "", 200, ""},
		{"search without q", "GET", "/api/search", "", 400, "q"},
		{"search bad limit", "GET", "/api/search?q=x&limit=-3", "", 400, "limit"},
		{"post to list", "POST", "/api/stories", "", 405, "GET"},
		{"delete story", "DELETE", "/api/stories/s1", "", 405, "GET"},
		{"get pages", "GET", "/api/pages", "", 405, "POST"},
		{"unknown endpoint", "GET", "/api/nothing", "", 404, "no such endpoint"},
		{"push text", "POST", "/api/pages", `{"url":"https://ostby.example/a","title":"Ostby mill fire","date":"2024-06-01","source":"Ostby Post","text":"A fire broke out at the Ostby mill on Saturday."}`, 201, ""},
		{"push html", "POST", "/api/pages", `{"html":"<html><body><p>Mill fire in Ostby.</p></body></html>"}`, 201, ""},
		{"push nothing", "POST", "/api/pages", `{"title":"empty"}`, 400, "text or html"},
		{"push both", "POST", "/api/pages", `{"text":"a","html":"<p>a</p>"}`, 400, "not both"},
		{"push unknown field", "POST", "/api/pages", `{"text":"a","colour":"red"}`, 400, "colour"},
		{"push bad json", "POST", "/api/pages", `{"text":`, 400, "read page"},
		{"push two objects", "POST", "/api/pages", `{"text":"a"}{"text":"b"}`, 400, "one JSON object"},
		{"push bad url", "POST", "/api/pages", `{"text":"a","url":"javascript:alert(1)"}`, 400, "url"},
		{"push bad date", "POST", "/api/pages", `{"text":"a","date":"yesterday"}`, 400, "date"},
		{"push too big", "POST", "/api/pages", big, 413, "larger than"},
		{"healthz", "GET", "/healthz", "", 200, ""},
		{"metrics", "GET", "/metrics", "", 200, ""},
	}
	h := New(newMemStore(), Options{MaxPageBytes: 1000})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := do(t, h, tt.method, tt.target, tt.body)
			if w.Code != tt.status {
				t.Fatalf("%s %s: status %d, want %d; body %s", tt.method, tt.target, w.Code, tt.status, w.Body)
			}
			if tt.status == 405 && w.Header().Get("Allow") == "" {
				t.Errorf("405 without an Allow header")
			}
			if tt.errorHas == "" {
				return
			}
			if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Fatalf("error Content-Type %q, want JSON", ct)
			}
			var e errorBody
			if err := json.Unmarshal(w.Body.Bytes(), &e); err != nil || e.Error == "" {
				t.Fatalf("error body %q is not {\"error\": ...}: %v", w.Body, err)
			}
			if !strings.Contains(e.Error, tt.errorHas) {
				t.Errorf("error %q does not mention %q", e.Error, tt.errorHas)
			}
		})
	}
}

func TestAPIGolden(t *testing.T) {
	tests := []struct{ name, target string }{
		{"stories", "/api/stories"},
		{"stories-page", "/api/stories?limit=1"},
		{"stories-outlet", "/api/stories?outlet=The+Quellport+Herald"},
		{"search", "/api/search?q=piers"},
	}
	h := New(newMemStore(), Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := do(t, h, "GET", tt.target, "")
			if w.Code != 200 {
				t.Fatalf("status %d: %s", w.Code, w.Body)
			}
			var pretty bytes.Buffer
			if err := json.Indent(&pretty, w.Body.Bytes(), "", "  "); err != nil {
				t.Fatalf("not JSON: %v\n%s", err, w.Body)
			}
			golden(t, filepath.Join("testdata", tt.name+".golden.json"), pretty.Bytes())
		})
	}
}

// golden compares got with a file under testdata, rewriting it with -update.
func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; got:\n%s", path, got)
	}
}

// TestStoryAndArticleInFoldShape checks that a story and an article are
// given in exactly the fields fold's JSON report gives them.
func TestStoryAndArticleInFoldShape(t *testing.T) {
	st := newMemStore()
	h := New(st, Options{})
	story, arts, err := st.Story(t.Context(), "s1")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := report.Write(&buf, report.JSON, report.Input{Articles: arts, Stories: []*news.Story{story}}); err != nil {
		t.Fatal(err)
	}
	var fold struct {
		Articles []any `json:"articles"`
		Stories  []any `json:"stories"`
	}
	if err := json.Unmarshal(buf.Bytes(), &fold); err != nil {
		t.Fatal(err)
	}

	var got map[string]any
	w := do(t, h, "GET", "/api/stories/s1", "")
	if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil {
		t.Fatalf("story: %v\n%s", err, w.Body)
	}
	if len(got) != 2 || !reflect.DeepEqual(got["story"], fold.Stories[0]) || !reflect.DeepEqual(got["articles"], any(fold.Articles)) {
		t.Errorf("story answer differs from fold's JSON:\n%s", w.Body)
	}

	w = do(t, h, "GET", "/api/articles/a1", "")
	got = nil
	if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil {
		t.Fatalf("article: %v\n%s", err, w.Body)
	}
	if !reflect.DeepEqual(got["article"], fold.Articles[0]) {
		t.Errorf("article answer differs from fold's JSON:\n%s", w.Body)
	}
	page, ok := got["page"].(map[string]any)
	if !ok || page["id"] != "a1" || page["kind"] != "text" || !strings.Contains(page["content"].(string), "MENU") {
		t.Errorf("article answer's page: %v", got["page"])
	}
}

func TestStoryListPaging(t *testing.T) {
	h := New(newMemStore(), Options{})
	var first storyList
	w := do(t, h, "GET", "/api/stories?limit=1", "")
	if err := json.Unmarshal(w.Body.Bytes(), &first); err != nil {
		t.Fatal(err)
	}
	if len(first.Stories) != 1 || first.Next == nil {
		t.Fatalf("first page: %d stories, next %v; want 1 and a next page", len(first.Stories), first.Next)
	}
	var second storyList
	w = do(t, h, "GET", *first.Next, "")
	if err := json.Unmarshal(w.Body.Bytes(), &second); err != nil {
		t.Fatal(err)
	}
	if len(second.Stories) != 1 || second.Next != nil || second.Stories[0].ID == first.Stories[0].ID {
		t.Fatalf("second page %+v after first %+v", second, first)
	}
}

func TestPushedPageIsListedAndDuplicateIsNot(t *testing.T) {
	st := newMemStore()
	h := New(st, Options{FreshFor: 1 << 40}) // only own writes refresh the cache
	before := do(t, h, "GET", "/api/stories", "").Body.String()
	page := `{"title":"Ostby mill fire","date":"2024-06-01","source":"Ostby Post","text":"A fire broke out at the Ostby mill."}`
	w := do(t, h, "POST", "/api/pages", page)
	if w.Code != 201 {
		t.Fatalf("push: %d %s", w.Code, w.Body)
	}
	var res pushResult
	if err := json.Unmarshal(w.Body.Bytes(), &res); err != nil || res.Ingest.New != 1 || !strings.HasPrefix(res.Page.ID, "pushed-") {
		t.Fatalf("push result %s (%v)", w.Body, err)
	}
	after := do(t, h, "GET", "/api/stories", "").Body.String()
	if after == before || !strings.Contains(after, "Ostby mill fire") {
		t.Fatalf("list did not change after a push:\n%s", after)
	}
	w = do(t, h, "POST", "/api/pages", page)
	if w.Code != 200 || !strings.Contains(w.Body.String(), `"duplicates":1`) {
		t.Fatalf("second push: %d %s, want 200 and one duplicate", w.Code, w.Body)
	}
}

func TestReadOnlyRefusesPush(t *testing.T) {
	h := New(newMemStore(), Options{ReadOnly: true})
	w := do(t, h, "POST", "/api/pages", `{"text":"a"}`)
	if w.Code != 403 {
		t.Fatalf("status %d, want 403", w.Code)
	}
}

func TestStoreFailureIs500WithoutCause(t *testing.T) {
	st := newMemStore()
	st.fail = errBroken
	h := New(st, Options{})
	for _, target := range []string{"/api/stories", "/api/stories/s1", "/api/articles/a1", "/api/search?q=x"} {
		w := do(t, h, "GET", target, "")
		if w.Code != 500 {
			t.Errorf("%s: status %d, want 500", target, w.Code)
		}
		if strings.Contains(w.Body.String(), errBroken.Error()) {
			t.Errorf("%s: the store's error leaks to the client: %s", target, w.Body)
		}
	}
	w := do(t, h, "GET", "/metrics", "")
	if w.Code != 200 || !strings.Contains(w.Body.String(), "newsfold_store_up 0") {
		t.Errorf("metrics with a failing store: %d\n%s", w.Code, w.Body)
	}
}

func TestCacheServesUntilStoreChanges(t *testing.T) {
	st := newMemStore()
	h := New(st, Options{FreshFor: 1 << 40})
	do(t, h, "GET", "/api/stories", "")
	do(t, h, "GET", "/api/stories", "")
	if n := len(st.asked); n != 1 {
		t.Fatalf("store asked %d times for the same list, want 1", n)
	}
	do(t, h, "POST", "/api/pages", `{"text":"New text about a fair."}`)
	do(t, h, "GET", "/api/stories", "")
	if n := len(st.asked); n != 2 {
		t.Fatalf("store asked %d times after a change, want 2", n)
	}
	uncached := New(st, Options{CacheEntries: -1})
	do(t, uncached, "GET", "/api/stories", "")
	do(t, uncached, "GET", "/api/stories", "")
	if n := len(st.asked); n != 4 {
		t.Fatalf("with the cache off the store was asked %d times in all, want 4", n)
	}
}

func TestMetricsCountRequests(t *testing.T) {
	h := New(newMemStore(), Options{})
	do(t, h, "GET", "/api/stories", "")
	do(t, h, "GET", "/api/stories", "")
	do(t, h, "GET", "/api/stories/s99", "")
	body := do(t, h, "GET", "/metrics", "").Body.String()
	for _, want := range []string{
		`newsfold_http_requests_total{route="api_stories",code="200"} 2`,
		`newsfold_http_requests_total{route="api_story",code="404"} 1`,
		`newsfold_http_request_duration_seconds_bucket{route="api_stories",le="+Inf"} 2`,
		`newsfold_http_request_duration_seconds_count{route="api_story"} 1`,
		`newsfold_store_items{kind="stories"} 2`,
		`newsfold_store_up 1`,
		"# TYPE newsfold_http_request_duration_seconds histogram",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %q:\n%s", want, body)
		}
	}
}
