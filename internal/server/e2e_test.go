package server

import (
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"html"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsfold/newsfold/internal/news"
	"github.com/newsfold/newsfold/internal/report"
)

// The browser test builds newsfold, serves a fresh store of
// examples/pages and drives Chromium headless over it. It runs when
// Chromium is installed, is skipped otherwise, and fails when Chromium is
// missing and NEWSFOLD_E2E=1. Screenshots go to $NEWSFOLD_E2E_OUT (else a
// temporary folder).

const chromiumPath = "/usr/bin/chromium"

func chromium(t *testing.T) string {
	t.Helper()
	if testing.Short() && os.Getenv("NEWSFOLD_E2E") != "1" {
		t.Skip("browser test skipped in -short mode")
	}
	path := chromiumPath
	if p, err := exec.LookPath("chromium"); err == nil {
		path = p
	}
	if _, err := os.Stat(path); err != nil {
		if os.Getenv("NEWSFOLD_E2E") == "1" {
			t.Fatalf("NEWSFOLD_E2E=1 but Chromium is missing: %v", err)
		}
		t.Skip("Chromium not installed; set NEWSFOLD_E2E=1 to make this a failure")
	}
	return path
}

// served is a running newsfold serve.
type served struct {
	base string
	cmd  *exec.Cmd
	done chan error
}

var servingLine = regexp.MustCompile(`on (http://[^ ]+/)`)

// startServe builds newsfold and serves examples/pages from a fresh store.
func startServe(t *testing.T) *served {
	t.Helper()
	dir := t.TempDir()
	bin := filepath.Join(dir, "newsfold")
	build := exec.Command("go", "build", "-o", bin, "github.com/newsfold/newsfold/cmd/newsfold")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build newsfold: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "serve", "--db", filepath.Join(dir, "e2e.db"), "--addr", "127.0.0.1:0", filepath.Join("..", "..", "examples", "pages"))
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatalf("start newsfold serve: %v", err)
	}
	s := &served{cmd: cmd, done: make(chan error, 1)}
	found := make(chan string, 1)
	var log bytes.Buffer
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			line := sc.Text()
			log.WriteString(line + "\n")
			if m := servingLine.FindStringSubmatch(line); m != nil {
				select {
				case found <- m[1]:
				default:
				}
			}
		}
		s.done <- cmd.Wait()
	}()
	t.Cleanup(func() {
		cmd.Process.Kill()
	})
	select {
	case s.base = <-found:
	case err := <-s.done:
		t.Fatalf("newsfold serve ended before serving: %v\n%s", err, log.String())
	case <-time.After(90 * time.Second):
		t.Fatalf("newsfold serve did not say where it serves\n%s", log.String())
	}
	deadline := time.Now().Add(20 * time.Second)
	for {
		resp, err := http.Get(s.base + "healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("/healthz never answered 200: %v", err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	return s
}

func getJSON(t *testing.T, url string, v any) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		t.Fatalf("GET %s: %d %s", url, resp.StatusCode, b)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
}

// browse runs headless Chromium with args on url and returns its output.
func browse(t *testing.T, browser, url string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
		"--user-data-dir=" + t.TempDir()}
	cmd := exec.CommandContext(ctx, browser, append(append(base, args...), url)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium %v %s: %v\n%s", args, url, err, stderr.String())
	}
	return stdout.String()
}

// pngSize reads a PNG's width and height from its header.
func pngSize(t *testing.T, path string) (int, int) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	if len(b) < 24 || string(b[1:4]) != "PNG" {
		t.Fatalf("%s is not a PNG", path)
	}
	return int(binary.BigEndian.Uint32(b[16:20])), int(binary.BigEndian.Uint32(b[20:24]))
}

// textOf escapes s as a serialized DOM writes text.
func textOf(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "\u00a0", "&nbsp;").Replace(s)
}

func TestBrowser(t *testing.T) {
	browser := chromium(t)
	srv := startServe(t)

	var list storyList
	getJSON(t, srv.base+"api/stories", &list)
	if len(list.Stories) == 0 {
		t.Fatal("the example store lists no story")
	}
	// The story with a quotation whose wording changed between articles
	// (not only trimmed at its ends, which the page shows as the part kept).
	type storyJSON struct {
		Story struct {
			ID     string `json:"id"`
			Title  string `json:"title"`
			Quotes []struct {
				Variants []struct {
					Diff []struct{ Op, Text string } `json:"diff"`
				} `json:"variants"`
			} `json:"quotes"`
		} `json:"story"`
		Articles []struct {
			ID  string `json:"id"`
			URL string `json:"url"`
		} `json:"articles"`
	}
	var quoted storyJSON
	var changed string // a changed run of words of its quotation
	for _, e := range list.Stories {
		var s storyJSON
		getJSON(t, srv.base+"api/stories/"+e.ID, &s)
		for _, q := range s.Story.Quotes {
			for _, v := range q.Variants {
				ops := make([]news.DiffOp, len(v.Diff))
				for i, op := range v.Diff {
					ops[i] = news.DiffOp{Op: op.Op, Text: op.Text}
				}
				if report.FormOf(news.QuoteVariant{Diff: ops}).How != "" {
					continue // shown whole, not as a diff
				}
				for _, op := range v.Diff {
					if op.Op != "same" && changed == "" {
						quoted, changed = s, op.Text
					}
				}
			}
		}
	}
	if changed == "" {
		t.Fatal("no story of the examples has a changed quotation")
	}

	dom := browse(t, browser, srv.base, "--dump-dom")
	for _, e := range list.Stories {
		if !strings.Contains(dom, textOf(e.Title)) {
			t.Errorf("story list lacks the title %q", e.Title)
		}
		for _, o := range e.Outlets {
			if !strings.Contains(dom, textOf(o)) {
				t.Errorf("story list lacks the outlet %q", o)
			}
		}
	}

	storyURL := srv.base + "stories/" + quoted.Story.ID
	dom = browse(t, browser, storyURL, "--dump-dom")
	if !strings.Contains(dom, "<h1>"+textOf(quoted.Story.Title)+"</h1>") {
		t.Errorf("story page lacks its headline %q", quoted.Story.Title)
	}
	mark := regexp.MustCompile(`<(del|ins)>` + regexp.QuoteMeta(textOf(changed)) + `</(del|ins)>`)
	if !mark.MatchString(dom) {
		t.Errorf("story page does not highlight the changed words %q", changed)
	}
	for _, want := range []string{"Who reports what", "Who said what", `class="grid"`} {
		if !strings.Contains(dom, want) {
			t.Errorf("story page lacks %q", want)
		}
	}

	out := os.Getenv("NEWSFOLD_E2E_OUT")
	if out == "" {
		out = t.TempDir()
	} else if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	articleURL := srv.base + "articles/" + pathEscape(quoted.Articles[0].ID)
	shots := []struct {
		file, url string
		w, h      int
	}{
		{"stories-desktop.png", srv.base, 1280, 900},
		{"story-desktop.png", storyURL, 1280, 900},
		{"story-full-desktop.png", storyURL, 1280, 2400},
		{"article-desktop.png", articleURL, 1280, 900},
		{"stories-phone.png", srv.base, 390, 844},
		{"story-phone.png", storyURL, 390, 844},
	}
	for _, s := range shots {
		path := filepath.Join(out, s.file)
		browse(t, browser, s.url, "--screenshot="+path, "--window-size="+itoa(s.w)+","+itoa(s.h), "--virtual-time-budget=3000")
		if w, h := pngSize(t, path); w != s.w || h != s.h {
			t.Errorf("%s is %dx%d, want %dx%d", s.file, w, h, s.w, s.h)
		}
		// A blank page compresses to a few kilobytes; a rendered one
		// does not.
		if fi, err := os.Stat(path); err != nil {
			t.Error(err)
		} else if fi.Size() < 20_000 {
			t.Errorf("%s looks blank (%d bytes)", s.file, fi.Size())
		}
	}
	t.Logf("screenshots in %s", out)

	// The page escapes what it shows.
	dom = browse(t, browser, articleURL, "--dump-dom")
	if !strings.Contains(dom, "Original page") || !strings.Contains(dom, "Cleaned text") {
		t.Errorf("article page lacks its two columns")
	}
	if strings.Contains(dom, html.UnescapeString("<iframe")) && !strings.Contains(dom, "sandbox") {
		t.Errorf("original HTML framed without a sandbox")
	}

	// SIGINT stops the server cleanly.
	if err := srv.cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-srv.done:
		if err != nil {
			t.Errorf("newsfold serve exited with %v after SIGINT, want success", err)
		}
	case <-time.After(15 * time.Second):
		t.Error("newsfold serve did not stop within 15 s of SIGINT")
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
