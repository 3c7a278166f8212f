package source

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// input is one file to read.
type input struct {
	path string // on disk
	id   string // relative to the argument it was found under, slash-separated
	size int64  // on disk; 0 for a pipe
}

// collect lists the files under paths in reading order, warning of every
// path that gives none. A file met twice, under two arguments or through a
// symbolic link, is read once.
func collect(paths []string, warn func(Warning)) []input {
	var inputs []input
	seen := map[string]string{} // real path to the path first read
	add := func(in input) {
		key := in.path
		if real, err := filepath.EvalSymlinks(in.path); err == nil {
			key = real
		}
		if abs, err := filepath.Abs(key); err == nil {
			key = abs
		}
		if first, ok := seen[key]; ok {
			warn(Warning{Path: in.path, Err: fmt.Errorf("%w as %s", ErrDuplicate, first)})
			return
		}
		seen[key] = in.path
		inputs = append(inputs, in)
	}
	for _, arg := range paths {
		info, err := os.Stat(arg)
		if err != nil {
			warn(Warning{Path: arg, Err: statError(err)})
			continue
		}
		switch {
		case info.IsDir():
			before := len(inputs)
			walkDir(arg, arg, []os.FileInfo{info}, add, warn)
			if len(inputs) == before {
				warn(Warning{Path: arg, Err: ErrNoPages})
			}
		case info.Mode().IsRegular():
			add(input{path: arg, id: filepath.Base(arg), size: info.Size()})
		default:
			// A pipe named on the command line, such as a shell's
			// process substitution, is read as a stream.
			add(input{path: arg, id: filepath.Base(arg)})
		}
	}
	return inputs
}

// walkDir adds the files under dir in name order. ancestors are the
// folders above dir, to stop at symbolic-link cycles.
func walkDir(root, dir string, ancestors []os.FileInfo, add func(input), warn func(Warning)) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		warn(Warning{Path: dir, Err: statError(err)})
		// ReadDir returns what it read before the error.
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		path := filepath.Join(dir, e.Name())
		info, err := os.Stat(path) // follows symbolic links
		if err != nil {
			warn(Warning{Path: path, Err: statError(err)})
			continue
		}
		switch {
		case info.IsDir():
			if inCycle(info, ancestors) {
				continue // a link back up the tree: its files are read already
			}
			walkDir(root, path, append(ancestors, info), add, warn)
		case info.Mode().IsRegular():
			add(input{path: path, id: relativeID(root, path), size: info.Size()})
		default:
			warn(Warning{Path: path, Err: ErrNotRegular})
		}
	}
}

func inCycle(info os.FileInfo, ancestors []os.FileInfo) bool {
	for _, a := range ancestors {
		if os.SameFile(info, a) {
			return true
		}
	}
	return false
}

func relativeID(root, path string) string {
	rel, err := filepath.Rel(root, path)
	if err != nil {
		rel = path
	}
	return filepath.ToSlash(rel)
}

// statError turns a file system error into a warning's reason, without
// repeating the path the warning already names.
func statError(err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		return ErrNotFound
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Errorf("%w: %w", ErrUnreadable, err)
}
