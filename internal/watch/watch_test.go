package watch

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsfold/newsfold/internal/news"
	"github.com/newsfold/newsfold/internal/store"
)

var update = flag.Bool("update", false, "rewrite golden files")

func TestPollStoresNewItemsOnce(t *testing.T) {
	s := newSite(t, "The Harbour Herald", "bridge", "ferry")
	st := newFakeStore()
	ctx := context.Background()

	ps := New(st, testFetcher(), []string{s.feedURL()}, Options{}).Poll(ctx)
	sum, feedErrors, _ := ps.Sum()
	if feedErrors != 0 || sum.Items != 3 || sum.New != 2 || sum.Fetched != 2 || sum.NoLink != 1 || sum.Ingest.New != 2 {
		t.Fatalf("first poll: %+v (%d feed errors)", sum, feedErrors)
	}
	checkGolden(t, "first-poll.golden.json", s.srv.URL, st.stored())

	// A new watcher over the same store, as after a restart: the feed is
	// asked for conditionally, answers 304, and nothing is fetched.
	ps = New(st, testFetcher(), []string{s.feedURL()}, Options{}).Poll(ctx)
	sum, _, notModified := ps.Sum()
	if notModified != 1 || sum.Fetched != 0 {
		t.Errorf("second poll: %+v, %d not modified; want the feed unchanged and nothing fetched", sum, notModified)
	}
	if !s.cond[1] {
		t.Error("second feed request was not conditional")
	}
	for _, name := range []string{"bridge", "ferry"} {
		if n := s.hitsOf("/news/" + name); n != 1 {
			t.Errorf("%s fetched %d times, want once", name, n)
		}
	}

	// A new item: only it is fetched.
	s.publish("tunnel")
	ps = New(st, testFetcher(), []string{s.feedURL()}, Options{}).Poll(ctx)
	sum, _, _ = ps.Sum()
	if sum.New != 1 || sum.Fetched != 1 || len(st.stored()) != 3 {
		t.Errorf("third poll: %+v, %d stored; want the one new item", sum, len(st.stored()))
	}
	if s.hitsOf("/news/bridge") != 1 || s.hitsOf("/news/tunnel") != 1 {
		t.Errorf("hits: bridge %d, tunnel %d", s.hitsOf("/news/bridge"), s.hitsOf("/news/tunnel"))
	}
}

func TestFailingArticleRetriedNextPoll(t *testing.T) {
	s := newSite(t, "The Harbour Herald", "bridge", "ferry")
	s.fails["ferry"] = 1
	st := newFakeStore()
	w := New(st, testFetcher(), []string{s.feedURL()}, Options{})
	ctx := context.Background()

	sum, _, _ := w.Poll(ctx).Sum()
	if sum.Fetched != 1 || sum.Failed != 1 || len(st.stored()) != 1 {
		t.Fatalf("first poll: %+v", sum)
	}
	sum, _, notModified := w.Poll(ctx).Sum()
	if notModified != 0 || s.cond[1] {
		t.Error("after a failure the feed was not read in full")
	}
	if sum.Fetched != 1 || sum.Failed != 0 || len(st.stored()) != 2 {
		t.Errorf("second poll: %+v, %d stored; want the failed article fetched", sum, len(st.stored()))
	}
	if s.hitsOf("/news/bridge") != 1 || s.hitsOf("/news/ferry") != 2 {
		t.Errorf("hits: bridge %d, ferry %d", s.hitsOf("/news/bridge"), s.hitsOf("/news/ferry"))
	}
	// All done: the third poll is conditional again and fetches nothing.
	sum, _, notModified = w.Poll(ctx).Sum()
	if notModified != 1 || sum.Fetched != 0 {
		t.Errorf("third poll: %+v, %d not modified", sum, notModified)
	}
}

func TestArticleGivenUp(t *testing.T) {
	s := newSite(t, "The Harbour Herald", "gone", "bridge")
	s.status["gone"] = 404
	st := newFakeStore()
	w := New(st, testFetcher(), []string{s.feedURL()}, Options{MaxAttempts: 2})
	ctx := context.Background()
	var given int
	for range 4 {
		sum, _, _ := w.Poll(ctx).Sum()
		given += sum.GivenUp
	}
	if n := s.hitsOf("/news/gone"); n != 2 {
		t.Errorf("a missing article fetched %d times, want 2 (MaxAttempts)", n)
	}
	if given != 1 {
		t.Errorf("%d given up, want 1", given)
	}
	if !s.cond[3] {
		t.Error("once the item was given up the feed was not asked for conditionally")
	}
}

func TestNotHTMLSkipped(t *testing.T) {
	s := newSite(t, "The Harbour Herald", "podcast", "bridge")
	s.types["podcast"] = "audio/mpeg"
	st := newFakeStore()
	w := New(st, testFetcher(), []string{s.feedURL()}, Options{})
	sum, _, _ := w.Poll(context.Background()).Sum()
	if sum.GivenUp != 1 || len(st.stored()) != 1 || sum.Failed != 0 {
		t.Errorf("poll: %+v, %d stored", sum, len(st.stored()))
	}
}

func TestFeedErrorDoesNotStopOthers(t *testing.T) {
	good := newSite(t, "", "bridge")
	bad := newSite(t, "Broken", "x")
	st := newFakeStore()
	feeds := []string{bad.srv.URL + "/missing.xml", bad.srv.URL + "/news/x", good.feedURL()}
	ps := New(st, testFetcher(), feeds, Options{Concurrency: 2}).Poll(context.Background())
	if len(ps.Feeds) != 3 {
		t.Fatalf("%d feed stats", len(ps.Feeds))
	}
	if ps.Feeds[0].Err == nil || ps.Feeds[1].Err == nil || ps.Feeds[2].Err != nil {
		t.Errorf("errors: %v / %v / %v", ps.Feeds[0].Err, ps.Feeds[1].Err, ps.Feeds[2].Err)
	}
	pages := st.stored()
	if len(pages) != 1 {
		t.Fatalf("%d pages stored, want the good feed's one", len(pages))
	}
	// A feed without a title names its outlet by host.
	if want := strings.TrimPrefix(good.srv.URL, "http://"); pages[0].Source != strings.Split(want, ":")[0] {
		t.Errorf("source %q, want the host of %s", pages[0].Source, good.srv.URL)
	}
}

func TestStoreFailureRetried(t *testing.T) {
	s := newSite(t, "The Harbour Herald", "bridge")
	st := newFakeStore()
	st.failAdd = true
	w := New(st, testFetcher(), []string{s.feedURL()}, Options{})
	ctx := context.Background()
	if sum, _, _ := w.Poll(ctx).Sum(); sum.Failed != 1 {
		t.Fatalf("poll with a failing store: %+v", sum)
	}
	st.failAdd = false
	if sum, _, _ := w.Poll(ctx).Sum(); sum.Fetched != 1 || len(st.stored()) != 1 {
		t.Errorf("poll after the store recovered: %+v", sum)
	}
	if n, _, _ := w.Poll(ctx).Sum(); n.Fetched != 0 {
		t.Errorf("item fetched again after it was stored: %+v", n)
	}
}

func TestRunStopsWithContext(t *testing.T) {
	s := newSite(t, "The Harbour Herald", "bridge")
	st := newFakeStore()
	w := New(st, testFetcher(), []string{s.feedURL()}, Options{Interval: 20 * time.Millisecond})
	ctx, cancel := context.WithCancel(context.Background())
	polls := 0
	done := make(chan error)
	go func() {
		done <- w.Run(ctx, func(PollStats) {
			polls++
			if polls == 3 {
				cancel()
			}
		})
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not stop")
	}
	if polls != 3 || s.hitsOf("/feed.xml") != 3 || s.hitsOf("/news/bridge") != 1 {
		t.Errorf("%d polls, %d feed requests, %d article requests", polls, s.hitsOf("/feed.xml"), s.hitsOf("/news/bridge"))
	}
}

// checkGolden compares pages with a golden file, the test server's
// address written as SITE.
func checkGolden(t *testing.T, name, siteURL string, pages []news.Page) {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(pages); err != nil {
		t.Fatal(err)
	}
	got := []byte(strings.ReplaceAll(buf.String(), siteURL, "SITE"))
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create)", err)
	}
	if string(got) != string(want) {
		t.Errorf("stored pages differ from %s:\n got: %s\nwant: %s", path, got, want)
	}
}

func TestSameArticleInTwoFeedsFetchedOnce(t *testing.T) {
	s := newSite(t, "The Harbour Herald", "bridge", "ferry")
	st := newFakeStore()
	// The same feed listed under two addresses stands for two feeds
	// sharing articles.
	feeds := []string{s.feedURL(), s.feedURL() + "?section=all"}
	New(st, testFetcher(), feeds, Options{Concurrency: 2}).Poll(context.Background())
	for _, name := range []string{"bridge", "ferry"} {
		if n := s.hitsOf("/news/" + name); n != 1 {
			t.Errorf("%s fetched %d times, want once", name, n)
		}
	}
	if n := len(st.stored()); n != 2 {
		t.Errorf("%d pages stored, want 2", n)
	}
}

// cancelStore cancels a context when AddPages is first called, as a
// signal arriving mid-poll would.
type cancelStore struct {
	*fakeStore
	cancel context.CancelFunc
}

func (s cancelStore) AddPages(ctx context.Context, pages []news.Page) (store.IngestStats, error) {
	s.cancel()
	if ctx.Err() != nil {
		return store.IngestStats{Pages: len(pages)}, ctx.Err()
	}
	return s.fakeStore.AddPages(ctx, pages)
}

func TestStopStoresFetchedPages(t *testing.T) {
	s := newSite(t, "The Harbour Herald", "a", "b", "c")
	st := newFakeStore()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	// Batch 2: the first batch's AddPages stops the poll; its pages are
	// stored all the same, without the cancelled context.
	w := New(cancelStore{st, cancel}, testFetcher(), []string{s.feedURL()}, Options{Batch: 2})
	w.Poll(ctx)
	if n := len(st.stored()); n != 2 {
		t.Errorf("%d pages stored after the stop, want the 2 fetched", n)
	}
	if s.hitsOf("/news/c") != 0 {
		t.Error("fetching went on after the stop")
	}
	sum, _, _ := New(st, testFetcher(), []string{s.feedURL()}, Options{}).Poll(context.Background()).Sum()
	if sum.Fetched != 1 || s.hitsOf("/news/a") != 1 {
		t.Errorf("next poll: %+v; want only the page not yet fetched", sum)
	}
}

func TestRobotsBarredItemSkipped(t *testing.T) {
	s := newSite(t, "The Harbour Herald", "private-memo", "bridge")
	st := newFakeStore()
	sum, _, _ := New(st, testFetcher(), []string{s.feedURL()}, Options{}).Poll(context.Background()).Sum()
	if sum.GivenUp != 1 || sum.Fetched != 1 || sum.Failed != 0 {
		t.Errorf("poll: %+v; want the barred item given up and the other fetched", sum)
	}
	if s.hitsOf("/news/private-memo") != 0 {
		t.Error("a page robots.txt bars was fetched")
	}
	// With IgnoreRobots the page is fetched.
	st = newFakeStore()
	New(st, testFetcher(), []string{s.feedURL()}, Options{IgnoreRobots: true}).Poll(context.Background())
	if s.hitsOf("/news/private-memo") != 1 {
		t.Error("IgnoreRobots did not fetch the barred page")
	}
}
