package watch

import (
	"net/url"
	"reflect"
	"strings"
	"testing"
)

func TestReadFeedList(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    []string
		wantErr string
	}{
		{"plain", "https://a.example/rss\nhttp://b.example/atom.xml\n", []string{"https://a.example/rss", "http://b.example/atom.xml"}, ""},
		{"comments and blanks", "# my feeds\n\n  https://a.example/rss   # the main one\n\t\n#https://off.example/rss\n", []string{"https://a.example/rss"}, ""},
		{"fragment kept", "https://a.example/rss#top\n", []string{"https://a.example/rss#top"}, ""},
		{"repeat kept once", "https://a.example/rss\nhttps://a.example/rss\n", []string{"https://a.example/rss"}, ""},
		{"crlf", "https://a.example/rss\r\n", []string{"https://a.example/rss"}, ""},
		{"empty", "", nil, ""},
		{"relative", "https://a.example/rss\n/feed.xml\n", nil, "feeds.txt:2:"},
		{"other scheme", "ftp://a.example/rss\n", nil, "feeds.txt:1:"},
		{"two on a line", "\n\nhttps://a.example/rss https://b.example/rss\n", nil, "feeds.txt:3: one feed address per line"},
		{"bad escape", "https://a.example/%zz\n", nil, "feeds.txt:1:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadFeedList(strings.NewReader(tt.in), "feeds.txt")
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one starting %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// FuzzReadFeedList checks that every address a feed list gives is an
// absolute http(s) address, given once, with no white space, and that
// reading the list written back gives the same list.
func FuzzReadFeedList(f *testing.F) {
	f.Add("# feeds\nhttps://a.example/rss # main\n\nhttp://b.example/x#y\n")
	f.Add("https://a.example/rss\nhttps://a.example/rss\n")
	f.Add("\uFEFFhttp://[::1]:8080/feed\n")
	f.Fuzz(func(t *testing.T, in string) {
		feeds, err := ReadFeedList(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		seen := map[string]bool{}
		for _, fu := range feeds {
			u, err := url.Parse(fu)
			if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
				t.Fatalf("address %q", fu)
			}
			if strings.ContainsAny(fu, " \t\r\n") || seen[fu] {
				t.Fatalf("address %q has space or repeats", fu)
			}
			seen[fu] = true
		}
		again, err := ReadFeedList(strings.NewReader(strings.Join(feeds, "\n")), "again")
		if err != nil || !reflect.DeepEqual(again, feeds) && len(feeds) > 0 {
			t.Fatalf("written back %q gives %q, %v", feeds, again, err)
		}
	})
}
