// Package os: golite's os, with Go 1.19's API and io/fs's types. A File is a file
// descriptor; the system calls are natives (sys.go, stdlib/os.cpp) returning a C errno,
// which os turns into a syscall.Errno inside Go's error types (*PathError, *LinkError,
// *SyscallError) with Go's operation names, so errors print as Go prints them. Writes to
// fd 1 are buffered by the runtime and flushed at exit and before any write to stderr.
package os

import (
	"io/fs"
	"syscall"
	"time"
)

type FileInfo = fs.FileInfo

type FileMode = fs.FileMode

// The mode bits are io/fs's.
const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular

	ModeType = fs.ModeType
	ModePerm = fs.ModePerm
)

// fileStat is the FileInfo of Stat, Lstat and File.Stat: the kernel's struct stat and
// what Go derives from it. Its fields are Go's, in Go's order (%v prints them).
type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
	sys     syscall.Stat_t
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) IsDir() bool        { return fs.Mode().IsDir() }
func (fs *fileStat) Size() int64        { return fs.size }
func (fs *fileStat) Mode() FileMode     { return fs.mode }
func (fs *fileStat) ModTime() time.Time { return fs.modTime }
func (fs *fileStat) Sys() any           { return &fs.sys }

// fill derives the FileInfo fields from fs.sys, for the file called name.
func (fs *fileStat) fill(name string) {
	fs.name = basename(name)
	fs.size = fs.sys.Size
	fs.modTime = time.Unix(fs.sys.Mtim.Unix())
	m := fs.sys.Mode
	fs.mode = FileMode(m & 0777)
	switch m & syscall.S_IFMT {
	case syscall.S_IFBLK:
		fs.mode |= ModeDevice
	case syscall.S_IFCHR:
		fs.mode |= ModeDevice | ModeCharDevice
	case syscall.S_IFDIR:
		fs.mode |= ModeDir
	case syscall.S_IFIFO:
		fs.mode |= ModeNamedPipe
	case syscall.S_IFLNK:
		fs.mode |= ModeSymlink
	case syscall.S_IFSOCK:
		fs.mode |= ModeSocket
	}
	if m&syscall.S_ISGID != 0 {
		fs.mode |= ModeSetgid
	}
	if m&syscall.S_ISUID != 0 {
		fs.mode |= ModeSetuid
	}
	if m&syscall.S_ISVTX != 0 {
		fs.mode |= ModeSticky
	}
}

// SameFile reports whether fi1 and fi2 describe the same file (same device and inode).
// Only FileInfos from this package's Stat, Lstat and ReadDir compare equal.
func SameFile(fi1, fi2 FileInfo) bool {
	fs1, ok1 := fi1.(*fileStat)
	fs2, ok2 := fi2.(*fileStat)
	if !ok1 || !ok2 {
		return false
	}
	return fs1.sys.Dev == fs2.sys.Dev && fs1.sys.Ino == fs2.sys.Ino
}

// Stat returns a FileInfo describing the named file, following symbolic links.
func Stat(name string) (FileInfo, error) {
	var fs fileStat
	if e := stat(name, &fs.sys); e != 0 {
		return nil, &PathError{Op: "stat", Path: name, Err: syscall.Errno(e)}
	}
	fs.fill(name)
	return &fs, nil
}

// Lstat returns a FileInfo describing the named file; a symbolic link describes itself.
func Lstat(name string) (FileInfo, error) {
	var fs fileStat
	if e := lstat(name, &fs.sys); e != 0 {
		return nil, &PathError{Op: "lstat", Path: name, Err: syscall.Errno(e)}
	}
	fs.fill(name)
	return &fs, nil
}

// Stat returns the FileInfo of the open file.
func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	if f.fd < 0 {
		return nil, &PathError{Op: "stat", Path: f.name, Err: errFileClosing}
	}
	var fs fileStat
	if e := fstat(f.fd, &fs.sys); e != 0 {
		return nil, &PathError{Op: "stat", Path: f.name, Err: syscall.Errno(e)}
	}
	fs.fill(f.name)
	return &fs, nil
}

// Getpagesize returns the underlying system's memory page size.
func Getpagesize() int { return syscall.Getpagesize() }
