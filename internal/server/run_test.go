package server

import (
	"context"
	"io"
	"net"
	"net/http"
	"sync"
	"testing"
	"time"
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
	version int64
}

func (v *versionedStore) Version(context.Context) (int64, error) { return v.version, nil }

func TestCacheFollowsStoreVersion(t *testing.T) {
	st := &versionedStore{memStore: newMemStore(), version: 1}
	h := New(st, Options{FreshFor: time.Nanosecond})
	do(t, h, "GET", "/", "")
	do(t, h, "GET", "/", "")
	if n := len(st.asked); n != 1 {
		t.Fatalf("store asked %d times at one version, want 1", n)
	}
	st.version = 2 // another process wrote
	do(t, h, "GET", "/", "")
	if n := len(st.asked); n != 2 {
		t.Fatalf("store asked %d times after the version moved, want 2", n)
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
