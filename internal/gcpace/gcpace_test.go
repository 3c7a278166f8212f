package gcpace

import (
	"context"
	"runtime/debug"
	"testing"
)

func TestPercent(t *testing.T) {
	const mib = 1 << 20
	tests := []struct {
		name           string
		live, headroom int64
		want           int
	}{
		{"nothing live yet", 0, 1024 * mib, 800},
		{"small heap: capped lazy", 10 * mib, 1024 * mib, 800},
		{"headroom eight times live", 128 * mib, 1024 * mib, 800},
		{"headroom four times live", 256 * mib, 1024 * mib, 400},
		{"a stream's stories", 400 * mib, 1024 * mib, 256},
		{"live as large as headroom", 1024 * mib, 1024 * mib, 100},
		{"live past headroom: Go's default", 4096 * mib, 1024 * mib, 100},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Percent(tt.live, tt.headroom); got != tt.want {
				t.Errorf("Percent(%d, %d) = %d, want %d", tt.live, tt.headroom, got, tt.want)
			}
		})
	}
}

// TestStartRestores checks that the pacer changes the percentage while it
// runs and puts the one before back when stopped.
func TestStartRestores(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	old := debug.SetGCPercent(150)
	defer debug.SetGCPercent(old)
	stop := Start(context.Background(), 1<<30)
	during := debug.SetGCPercent(-1)
	debug.SetGCPercent(during)
	stop()
	after := debug.SetGCPercent(old)
	if during == 150 {
		t.Errorf("percentage while pacing = %d, want it changed", during)
	}
	if after != 150 {
		t.Errorf("percentage after stop = %d, want 150 restored", after)
	}
}

// TestStartLeavesUserSetting checks that GOGC in the environment wins.
func TestStartLeavesUserSetting(t *testing.T) {
	t.Setenv("GOGC", "50")
	old := debug.SetGCPercent(50)
	defer debug.SetGCPercent(old)
	stop := Start(context.Background(), 1<<30)
	during := debug.SetGCPercent(50)
	stop()
	if during != 50 {
		t.Errorf("percentage with GOGC=50 set = %d, want 50 left alone", during)
	}
}
