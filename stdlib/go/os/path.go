package os

import (
	"io"
	"syscall"
)

const (
	PathSeparator     = '/' // OS-specific path separator
	PathListSeparator = ':' // OS-specific path list separator
)

// IsPathSeparator reports whether c is a directory separator character.
func IsPathSeparator(c uint8) bool { return c == PathSeparator }

// MkdirAll creates the directory path and any parents it lacks; an existing directory is
// no error, an existing file is ENOTDIR.
func MkdirAll(path string, perm FileMode) error {
	if dir, err := Stat(path); err == nil {
		if dir.IsDir() {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: syscall.ENOTDIR}
	}
	i := len(path)
	for i > 0 && IsPathSeparator(path[i-1]) { // trailing separators
		i--
	}
	j := i
	for j > 0 && !IsPathSeparator(path[j-1]) { // the last element
		j--
	}
	if j > 1 {
		if err := MkdirAll(path[:j-1], perm); err != nil {
			return err
		}
	}
	if err := Mkdir(path, perm); err != nil {
		// Made meanwhile by someone else, or path ends in "." or "..": fine if a directory.
		if dir, err1 := Lstat(path); err1 == nil && dir.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// RemoveAll removes path and everything it contains. A path that does not exist is no
// error; the first other error is returned, naming the unlinkat that failed as Go does.
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if endsWithDot(path) {
		return &PathError{Op: "RemoveAll", Path: path, Err: syscall.EINVAL}
	}
	err := Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}
	// Go works from the parent directory (unlinkat, fstatat): one it cannot open is the
	// error.
	parent, err := Open(parentDir(path))
	if IsNotExist(err) {
		return nil
	}
	if err != nil {
		return err
	}
	parent.Close()
	return removeAllBelow(path)
}

// parentDir is the directory holding path's last element ("." for a bare name).
func parentDir(path string) string {
	for len(path) > 1 && path[0] == '/' && path[1] == '/' {
		path = path[1:]
	}
	i := len(path) - 1
	for i > 0 && path[i] == '/' { // trailing slashes
		i--
	}
	for ; i >= 0; i-- {
		if path[i] == '/' {
			if i == 0 {
				return "/"
			}
			return path[:i]
		}
	}
	return "."
}

// removeAllBelow removes the directory path after its contents (Remove has failed on it).
func removeAllBelow(path string) error {
	e := unlink(path)
	if e == 0 || e == int(syscall.ENOENT) {
		return nil
	}
	if e != int(syscall.EISDIR) && e != int(syscall.EPERM) && e != int(syscall.EACCES) {
		return &PathError{Op: "unlinkat", Path: path, Err: syscall.Errno(e)}
	}
	fi, err := Lstat(path)
	if err != nil {
		if IsNotExist(err) {
			return nil
		}
		return &PathError{Op: "fstatat", Path: path, Err: underlyingError(err)}
	}
	if !fi.IsDir() {
		return &PathError{Op: "unlinkat", Path: path, Err: syscall.Errno(e)}
	}
	var firstErr error
	for {
		dir, err := Open(path)
		if err != nil {
			if IsNotExist(err) {
				return nil
			}
			firstErr = &PathError{Op: "openfdat", Path: path, Err: underlyingError(err)}
			break
		}
		names, readErr := dir.Readdirnames(1024)
		dir.Close()
		failed := 0
		for _, name := range names {
			if err := removeAllBelow(path + "/" + name); err != nil {
				if firstErr == nil {
					firstErr = err
				}
				failed++
			}
		}
		if readErr == io.EOF || len(names) == 0 {
			break
		}
		if readErr != nil {
			if firstErr == nil {
				firstErr = readErr
			}
			break
		}
		if failed == len(names) { // nothing could go: give up rather than loop
			break
		}
	}
	e = rmdir(path)
	if e == 0 || e == int(syscall.ENOENT) {
		return nil
	}
	if firstErr != nil {
		return firstErr
	}
	return &PathError{Op: "unlinkat", Path: path, Err: syscall.Errno(e)}
}

// endsWithDot reports whether the final component of path is ".".
func endsWithDot(path string) bool {
	if path == "." {
		return true
	}
	return len(path) >= 2 && path[len(path)-1] == '.' && IsPathSeparator(path[len(path)-2])
}

// basename removes trailing slashes and the leading directory name from path.
func basename(name string) string {
	i := len(name) - 1
	for ; i > 0 && name[i] == '/'; i-- {
		name = name[:i]
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}
