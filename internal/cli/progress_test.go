package cli

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestProgressBar(t *testing.T) {
	var buf bytes.Buffer
	p := newProgressBar(&buf)
	p.update(10, 100)
	if buf.Len() != 0 {
		t.Fatalf("bar drawn for a run that just started: %q", buf.String())
	}
	p.start = time.Now().Add(-time.Second)
	p.update(50, 100)
	if !strings.Contains(buf.String(), " 50% 50 B/100 B") {
		t.Errorf("bar = %q, want 50%%", buf.String())
	}
	p.phase("grouping 3 articles")
	if !strings.Contains(buf.String(), "grouping 3 articles …") {
		t.Errorf("phase not shown: %q", buf.String())
	}
	p.finish()
	if !strings.HasSuffix(buf.String(), "\r") {
		t.Errorf("bar not cleared at the end: %q", buf.String())
	}
}
