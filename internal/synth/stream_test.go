package synth

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func records(seed int64, opts Options, n int) []Record {
	s := New(seed, opts)
	out := make([]Record, n)
	for i := range out {
		out[i] = s.Next()
	}
	return out
}

func TestStreamIsDeterministic(t *testing.T) {
	a := records(7, Options{}, 300)
	b := records(7, Options{}, 300)
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("article %d differs between two streams of one seed", i)
		}
	}
	c := records(8, Options{}, 300)
	same := 0
	for i := range a {
		if a[i].Text == c[i].Text {
			same++
		}
	}
	if same > 0 {
		t.Errorf("%d articles identical across seeds 7 and 8", same)
	}
}

func TestStreamShape(t *testing.T) {
	start := time.Date(2040, 5, 1, 0, 0, 0, 0, time.UTC)
	recs := records(3, Options{PerDay: 100, Start: start}, 3000)
	perEvent := map[string]int{}
	days := map[string]map[string]bool{}
	byID := map[string]Record{}
	copies := 0
	prevDate := ""
	for _, r := range recs {
		byID[r.ID] = r
		perEvent[r.Cluster]++
		if days[r.Cluster] == nil {
			days[r.Cluster] = map[string]bool{}
		}
		days[r.Cluster][r.Date] = true
		if r.Date < prevDate {
			t.Fatalf("%s dated %s after an article of %s", r.ID, r.Date, prevDate)
		}
		prevDate = r.Date
		if r.Date < "2040-05-01" {
			t.Fatalf("%s dated %s before the start", r.ID, r.Date)
		}
		if r.CopyOf != "" {
			copies++
			orig, ok := byID[r.CopyOf]
			if !ok || orig.Text != r.Text || orig.Cluster != r.Cluster {
				t.Fatalf("%s claims to copy %s but does not", r.ID, r.CopyOf)
			}
			continue
		}
		words := len(strings.Fields(r.Text))
		if words < 250 || words > 800 {
			t.Errorf("%s has %d words, want about 300 to 700", r.ID, words)
		}
		if !strings.Contains(r.Text, "“") || !strings.Contains(r.Text, " said") {
			t.Errorf("%s has no quotation or cue verb", r.ID)
		}
		if r.Title == "" || r.Source == "" || !strings.HasPrefix(r.URL, "https://") {
			t.Errorf("%s lacks a title, outlet or URL: %+v", r.ID, r)
		}
	}
	if copies == 0 || copies > len(recs)/8 {
		t.Errorf("%d reprints in %d articles, want a few", copies, len(recs))
	}
	spread := 0
	for ev, n := range perEvent {
		if n > 8 {
			t.Errorf("event %s has %d articles, want at most 8", ev, n)
		}
		if len(days[ev]) > 1 {
			spread++
		}
	}
	if spread == 0 {
		t.Error("no event is told over more than one day")
	}
	// Events recur by topic: several events share each common topic.
	topics := map[string]map[string]bool{}
	for _, r := range recs {
		if topics[r.Topic] == nil {
			topics[r.Topic] = map[string]bool{}
		}
		topics[r.Topic][r.Cluster] = true
	}
	recurring := 0
	for _, evs := range topics {
		if len(evs) > 1 {
			recurring++
		}
	}
	if recurring < 10 {
		t.Errorf("only %d topics have more than one event", recurring)
	}
}

func TestLaterMentionsUseSurname(t *testing.T) {
	for _, r := range records(5, Options{}, 200) {
		if strings.Contains(r.Text, "Mr. ") || strings.Contains(r.Text, "Ms. ") {
			return
		}
	}
	t.Error("no article refers to a person by title and surname")
}

func TestWriteJSONL(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSONL(context.Background(), &buf, New(11, Options{}), 50); err != nil {
		t.Fatal(err)
	}
	want := records(11, Options{}, 50)
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != len(want) {
		t.Fatalf("%d lines, want %d", len(lines), len(want))
	}
	for i, line := range lines {
		var got Record
		if err := json.Unmarshal([]byte(line), &got); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if got != want[i] {
			t.Fatalf("line %d does not round-trip", i+1)
		}
		for _, field := range []string{`"id"`, `"cluster"`, `"source"`, `"title"`, `"date"`, `"url"`, `"text"`} {
			if !strings.Contains(line, field+":") {
				t.Fatalf("line %d lacks %s", i+1, field)
			}
		}
	}
	p := want[0].Page()
	if p.ID != want[0].ID || p.Content != want[0].Text || !p.Clean || p.Kind != "text" || p.Date != want[0].Date {
		t.Errorf("Page() = %+v, does not carry the record", p)
	}
}

func TestWriteJSONLStopsWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var buf bytes.Buffer
	if err := WriteJSONL(ctx, &buf, New(1, Options{}), 10); err == nil {
		t.Error("no error from a cancelled context")
	}
}

func BenchmarkStream(b *testing.B) {
	s := New(1, Options{})
	for b.Loop() {
		s.Next()
	}
}
