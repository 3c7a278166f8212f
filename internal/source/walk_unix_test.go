//go:build unix

package source

import (
	"path/filepath"
	"syscall"
	"testing"
)

func TestWalkSkipsPipes(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": "a"})
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe"), 0o600); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	res := read(t, &Reader{}, dir)
	checkWarnings(t, res.warnings, []wantWarning{{"pipe", ErrNotRegular}})
	if len(res.pages) != 1 {
		t.Errorf("pages %q", res.ids())
	}
}
