package server

import (
	"context"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsfold/newsfold/internal/news"
)

func TestServeFinishesRequestsOnShutdown(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	started := make(chan struct{})
	slow := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(started)
		time.Sleep(200 * time.Millisecond)
		io.WriteString(w, "done")
	})
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- Serve(ctx, ln, slow, nil) }()

	got := make(chan string, 1)
	go func() {
		resp, err := http.Get("http://" + ln.Addr().String() + "/")
		if err != nil {
			got <- "error: " + err.Error()
			return
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		got <- string(b)
	}()
	<-started
	cancel()
	if body := <-got; body != "done" {
		t.Errorf("request under way at shutdown got %q, want it finished", body)
	}
	select {
	case err := <-served:
		if err != nil {
			t.Errorf("Serve returned %v after shutdown, want nil", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Serve did not return after its context ended")
	}
	if _, err := http.Get("http://" + ln.Addr().String() + "/"); err == nil {
		t.Error("a new connection was served after shutdown")
	}
}

// versionedStore is a memStore that tells its version, as a store that
// other processes write to would.
type versionedStore struct {
	*memStore
	version atomic.Int64
}

func (v *versionedStore) Version(context.Context) (int64, error) { return v.version.Load(), nil }

func TestCacheFollowsStoreVersion(t *testing.T) {
	st := &versionedStore{memStore: newMemStore()}
	st.version.Store(1)
	h := New(st, Options{FreshFor: time.Nanosecond})
	for i, want := range []string{cacheMiss, cacheHit} {
		if got := do(t, h, "GET", "/", "").Header().Get("X-Newsfold-Cache"); got != want {
			t.Fatalf("ask %d: cache %q, want %q", i+1, got, want)
		}
	}
	if n := st.timesAsked(); n != 1 {
		t.Fatalf("store asked %d times at one version, want 1", n)
	}
	before := do(t, h, "GET", "/", "").Body.String()

	// Another process adds a story and the version moves: the list
	// before is served while the new one renders.
	st.mu.Lock()
	st.stories = append(st.stories, &news.Story{ID: "s3", Title: "Harbour ferry returns", Articles: []string{"a1"}})
	st.mu.Unlock()
	st.version.Store(2)
	w := do(t, h, "GET", "/", "")
	if got := w.Header().Get("X-Newsfold-Cache"); got != cacheStale || w.Body.String() != before {
		t.Fatalf("first ask after the change: cache %q, want the stale list", got)
	}
	deadline := time.Now().Add(5 * time.Second)
	for {
		w = do(t, h, "GET", "/", "")
		if w.Header().Get("X-Newsfold-Cache") == cacheHit {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the new list never replaced the stale one")
		}
		time.Sleep(5 * time.Millisecond)
	}
	if !strings.Contains(w.Body.String(), "Harbour ferry returns") {
		t.Error("the list rendered after the change lacks the new story")
	}
	if n := st.timesAsked(); n != 2 {
		t.Errorf("store asked %d times over two versions, want 2", n)
	}
}

func TestConcurrentAsksShareOneRender(t *testing.T) {
	st := newMemStore()
	st.delay = 50 * time.Millisecond
	h := New(st, Options{})
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if w := do(t, h, "GET", "/api/stories", ""); w.Code != 200 {
				t.Errorf("status %d", w.Code)
			}
		}()
	}
	wg.Wait()
	if n := len(st.asked); n != 1 {
		t.Errorf("store asked %d times by 8 concurrent requests for one list, want 1", n)
	}
}
