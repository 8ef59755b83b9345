package os

import (
	"errors"
	"io"
	"io/fs"
	"syscall"
	"time"
)

// File is an open file descriptor. fd and pd must stay the first two fields: fmt's natives
// read them to write to an *os.File directly (only when it is not pollable). Close sets fd
// to -1 (Go's closed descriptor), so that no write reaches a descriptor number the kernel
// has given to another file.
type File struct {
	fd         int
	pd         uintptr // the network poller's descriptor of a pollable file (a pipe), or 0: poll.go
	name       string
	dirinfo    *dirInfo // nil unless the directory is being read
	appendMode bool     // opened with O_APPEND
	inflight   int32    // reads and writes of a pollable file in progress (atomic)
	closing    int32    // Close has begun (atomic)
}

// Flags to OpenFile (Linux's values).
const (
	O_RDONLY int = syscall.O_RDONLY
	O_WRONLY int = syscall.O_WRONLY
	O_RDWR   int = syscall.O_RDWR
	O_APPEND int = syscall.O_APPEND
	O_CREATE int = syscall.O_CREAT
	O_EXCL   int = syscall.O_EXCL
	O_SYNC   int = syscall.O_SYNC
	O_TRUNC  int = syscall.O_TRUNC
)

// Seek whence values (deprecated in Go for io.SeekStart etc., still there).
const (
	SEEK_SET int = 0
	SEEK_CUR int = 1
	SEEK_END int = 2
)

// DevNull is the name of the operating system's null device.
const DevNull = "/dev/null"

var (
	Stdin  = NewFile(uintptr(syscall.Stdin), "/dev/stdin")
	Stdout = NewFile(uintptr(syscall.Stdout), "/dev/stdout")
	Stderr = NewFile(uintptr(syscall.Stderr), "/dev/stderr")
)

// NewFile returns a new File with the given file descriptor and name (nil if fd is not
// a valid descriptor number). As in Go, a descriptor already in non-blocking mode is used
// through the poller (os/poll.go).
func NewFile(fd uintptr, name string) *File {
	if int(fd) < 0 {
		return nil
	}
	if isNonblock(int(fd)) {
		return newPollFile(int(fd), name, false)
	}
	return &File{fd: int(fd), name: name}
}

func (f *File) Name() string { return f.name }

// Fd returns the file descriptor, ^uintptr(0) once closed or for a nil File. As in Go, a
// pollable file is put back in blocking mode (its reads and writes then block the thread).
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	if f.pd != 0 && f.fd >= 0 {
		setNonblock(f.fd, false)
	}
	return uintptr(f.fd)
}

// wrapErr is the error of operation op on f: a *PathError, except for nil and io.EOF;
// a closed file reports ErrClosed.
func (f *File) wrapErr(op string, err error) error {
	if err == nil || err == io.EOF {
		return err
	}
	if err == errFileClosing {
		err = ErrClosed
	}
	return &PathError{Op: op, Path: f.name, Err: err}
}

func (f *File) Read(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.fd < 0 {
		return 0, f.wrapErr("read", errFileClosing)
	}
	if len(b) == 0 {
		return 0, nil
	}
	if f.pd != 0 {
		return f.pollRead(b)
	}
	n, e := read(f.fd, b)
	if e != 0 {
		return 0, f.wrapErr("read", syscall.Errno(e))
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// ReadAt reads len(b) bytes from offset off; fewer only with an error (io.EOF at the end).
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		if f.fd < 0 {
			return n, f.wrapErr("read", errFileClosing)
		}
		m, e := pread(f.fd, b, off)
		if e != 0 {
			return n, f.wrapErr("read", syscall.Errno(e))
		}
		if m == 0 {
			return n, io.EOF
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return n, nil
}

func (f *File) Write(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.fd < 0 {
		return 0, f.wrapErr("write", errFileClosing)
	}
	if f.pd != 0 {
		return f.pollWrite(b)
	}
	n, e := write(f.fd, b)
	if e != 0 {
		return n, f.wrapErr("write", syscall.Errno(e))
	}
	if n != len(b) {
		return n, io.ErrShortWrite
	}
	return n, nil
}

func (f *File) WriteString(s string) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.fd < 0 {
		return 0, f.wrapErr("write", errFileClosing)
	}
	if f.pd != 0 {
		return f.pollWrite([]byte(s))
	}
	n, e := writeString(f.fd, s)
	if e != 0 {
		return n, f.wrapErr("write", syscall.Errno(e))
	}
	if n != len(s) {
		return n, io.ErrShortWrite
	}
	return n, nil
}

// ReadFrom implements io.ReaderFrom: it copies r to f (with io.Copy; Go's splice and
// copy_file_range shortcuts are not golite's), its errors not wrapped.
func (f *File) ReadFrom(r io.Reader) (n int64, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	return io.Copy(onlyWriter{f}, r)
}

// onlyWriter hides File's ReadFrom from io.Copy.
type onlyWriter struct {
	io.Writer
}

var errWriteAtInAppendMode = errors.New("os: invalid use of WriteAt on file opened with O_APPEND")

// WriteAt writes len(b) bytes at offset off; not allowed on a file opened with O_APPEND.
func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.appendMode {
		return 0, errWriteAtInAppendMode
	}
	if off < 0 {
		return 0, &PathError{Op: "writeat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		if f.fd < 0 {
			return n, f.wrapErr("write", errFileClosing)
		}
		m, e := pwrite(f.fd, b, off)
		if e != 0 {
			return n, f.wrapErr("write", syscall.Errno(e))
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return n, nil
}

// Seek sets the offset for the next Read or Write (whence: 0 from the start, 1 from the
// current offset, 2 from the end) and returns the new offset. It restarts a directory's
// reading.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.fd < 0 {
		return 0, f.wrapErr("seek", errFileClosing)
	}
	f.dirinfo = nil
	r, e := seek(f.fd, offset, whence)
	if e != 0 {
		return 0, f.wrapErr("seek", syscall.Errno(e))
	}
	return r, nil
}

// Close closes the File; a second Close reports ErrClosed.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.fd < 0 {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	if f.pd != 0 {
		f.pollClose()
	}
	fd := f.fd
	f.fd = -1
	f.dirinfo = nil
	if e := closeFd(fd); e != 0 {
		return &PathError{Op: "close", Path: f.name, Err: syscall.Errno(e)}
	}
	return nil
}

// fdOp runs a native on f's descriptor and wraps its errno as operation op.
func (f *File) fdOp(op string, call func(fd int) int) error {
	if f == nil {
		return ErrInvalid
	}
	if f.fd < 0 {
		return f.wrapErr(op, errFileClosing)
	}
	if e := call(f.fd); e != 0 {
		return f.wrapErr(op, syscall.Errno(e))
	}
	return nil
}

// Sync commits the file's contents to stable storage.
func (f *File) Sync() error { return f.fdOp("sync", fsync) }

// Truncate changes the size of the file.
func (f *File) Truncate(size int64) error {
	return f.fdOp("truncate", func(fd int) int { return ftruncate(fd, size) })
}

// Chmod changes the mode of the file.
func (f *File) Chmod(mode FileMode) error {
	return f.fdOp("chmod", func(fd int) int { return fchmod(fd, syscallMode(mode)) })
}

// Chown changes the numeric uid and gid of the file.
func (f *File) Chown(uid, gid int) error {
	return f.fdOp("chown", func(fd int) int { return fchown(fd, uid, gid) })
}

// Chdir makes the file, a directory, the working directory.
func (f *File) Chdir() error { return f.fdOp("chdir", fchdir) }

// SetDeadline and its kin: a pollable file (a pipe) takes deadlines, a regular file does
// not (ErrNoDeadline), as in Go.
func (f *File) SetDeadline(t time.Time) error      { return f.setDeadline(t, 'r'+'w') }
func (f *File) SetReadDeadline(t time.Time) error  { return f.setDeadline(t, 'r') }
func (f *File) SetWriteDeadline(t time.Time) error { return f.setDeadline(t, 'w') }

// syscallMode is the kernel's mode for a FileMode: permissions plus setuid, setgid, sticky.
func syscallMode(i FileMode) (o uint32) {
	o |= uint32(i.Perm())
	if i&ModeSetuid != 0 {
		o |= syscall.S_ISUID
	}
	if i&ModeSetgid != 0 {
		o |= syscall.S_ISGID
	}
	if i&ModeSticky != 0 {
		o |= syscall.S_ISVTX
	}
	return o
}

// OpenFile opens the named file with the given flags (O_RDONLY etc.) and permissions.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, e := open(name, flag, syscallMode(perm))
	if e != 0 {
		return nil, &PathError{Op: "open", Path: name, Err: syscall.Errno(e)}
	}
	f := NewFile(uintptr(fd), name)
	f.appendMode = flag&O_APPEND != 0
	return f, nil
}

// Open opens the named file for reading.
func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

// Create creates or truncates the named file (mode 0666 before umask).
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// ReadFile reads the named file and returns its contents.
func ReadFile(name string) ([]byte, error) {
	data, e, opened := readFile(name)
	if !opened {
		return nil, &PathError{Op: "open", Path: name, Err: syscall.Errno(e)}
	}
	if e != 0 {
		return data, &PathError{Op: "read", Path: name, Err: syscall.Errno(e)}
	}
	return data, nil
}

// WriteFile writes data to the named file, creating it with perm if necessary.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// pathOp runs a native on a path and reports its errno as a *PathError for op.
func pathOp(op, name string, e int) error {
	if e != 0 {
		return &PathError{Op: op, Path: name, Err: syscall.Errno(e)}
	}
	return nil
}

// Mkdir creates a new directory with the specified name and permission bits.
func Mkdir(name string, perm FileMode) error {
	return pathOp("mkdir", name, mkdir(name, syscallMode(perm)))
}

// Chdir changes the working directory.
func Chdir(dir string) error { return pathOp("chdir", dir, chdir(dir)) }

// Chmod changes the mode of the named file (of a link's target).
func Chmod(name string, mode FileMode) error {
	return pathOp("chmod", name, chmod(name, syscallMode(mode)))
}

// Chown and Lchown change the numeric uid and gid of the named file (Lchown: of a link).
func Chown(name string, uid, gid int) error {
	return pathOp("chown", name, chown(name, uid, gid, true))
}

func Lchown(name string, uid, gid int) error {
	return pathOp("lchown", name, chown(name, uid, gid, false))
}

// Chtimes changes the access and modification times of the named file.
func Chtimes(name string, atime time.Time, mtime time.Time) error {
	return pathOp("chtimes", name, utimes(name, atime.UnixNano(), mtime.UnixNano()))
}

// Truncate changes the size of the named file.
func Truncate(name string, size int64) error {
	return pathOp("truncate", name, truncate(name, size))
}

// Remove removes the named file or empty directory. When both unlink and rmdir fail, the
// error is rmdir's unless rmdir found no directory (ENOTDIR), as Go decides.
func Remove(name string) error {
	e := unlink(name)
	if e == 0 {
		return nil
	}
	e1 := rmdir(name)
	if e1 == 0 {
		return nil
	}
	if e1 != int(syscall.ENOTDIR) {
		e = e1
	}
	return &PathError{Op: "remove", Path: name, Err: syscall.Errno(e)}
}

// Rename renames (moves) oldpath to newpath. A directory is not replaced, as in Go.
func Rename(oldpath, newpath string) error {
	fi, err := Lstat(newpath)
	if err == nil && fi.IsDir() {
		if ofi, err := Lstat(oldpath); err != nil {
			if pe, ok := err.(*PathError); ok {
				err = pe.Err
			}
			return &LinkError{"rename", oldpath, newpath, err}
		} else if newpath == oldpath || !SameFile(fi, ofi) {
			return &LinkError{"rename", oldpath, newpath, syscall.EEXIST}
		}
	}
	if e := rename(oldpath, newpath); e != 0 {
		return &LinkError{"rename", oldpath, newpath, syscall.Errno(e)}
	}
	return nil
}

// Link creates newname as a hard link to the oldname file.
func Link(oldname, newname string) error {
	if e := link(oldname, newname); e != 0 {
		return &LinkError{"link", oldname, newname, syscall.Errno(e)}
	}
	return nil
}

// Symlink creates newname as a symbolic link to oldname.
func Symlink(oldname, newname string) error {
	if e := symlink(oldname, newname); e != 0 {
		return &LinkError{"symlink", oldname, newname, syscall.Errno(e)}
	}
	return nil
}

// Readlink returns the destination of the named symbolic link.
func Readlink(name string) (string, error) {
	for size := 128; ; size *= 2 {
		b := make([]byte, size)
		n, e := readlink(name, b)
		if e != 0 {
			return "", &PathError{Op: "readlink", Path: name, Err: syscall.Errno(e)}
		}
		if n < size {
			return string(b[:n]), nil
		}
	}
}

// TempDir returns the default directory for temporary files: $TMPDIR, else /tmp.
func TempDir() string {
	if d := Getenv("TMPDIR"); d != "" {
		return d
	}
	return "/tmp"
}

// UserHomeDir returns $HOME.
func UserHomeDir() (string, error) {
	if v := Getenv("HOME"); v != "" {
		return v, nil
	}
	return "", errors.New("$HOME is not defined")
}

// UserCacheDir returns $XDG_CACHE_HOME, else $HOME/.cache.
func UserCacheDir() (string, error) {
	return xdgDir("XDG_CACHE_HOME", "/.cache")
}

// UserConfigDir returns $XDG_CONFIG_HOME, else $HOME/.config.
func UserConfigDir() (string, error) {
	return xdgDir("XDG_CONFIG_HOME", "/.config")
}

func xdgDir(env, underHome string) (string, error) {
	if dir := Getenv(env); dir != "" {
		return dir, nil
	}
	home := Getenv("HOME")
	if home == "" {
		return "", errors.New("neither $" + env + " nor $HOME are defined")
	}
	return home + underHome, nil
}

// DirFS returns a file system (an fs.FS, also an fs.StatFS) for the tree of files rooted
// at the directory dir.
func DirFS(dir string) fs.FS { return dirFS(dir) }

type dirFS string

func (dir dirFS) Open(name string) (fs.File, error) {
	fullname, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "stat", Path: name, Err: err} // sic: Go 1.19 says stat
	}
	f, err := Open(fullname)
	if err != nil {
		return nil, err // a nil fs.File, not a nil *File
	}
	return f, nil
}

func (dir dirFS) Stat(name string) (fs.FileInfo, error) {
	fullname, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "stat", Path: name, Err: err}
	}
	fi, err := Stat(fullname)
	if err != nil {
		return nil, err
	}
	return fi, nil
}

func (dir dirFS) join(name string) (string, error) {
	if dir == "" {
		return "", errors.New("os: DirFS with empty root")
	}
	if !fs.ValidPath(name) {
		return "", ErrInvalid
	}
	for i := 0; i < len(name); i++ {
		if name[i] == 0 {
			return "", ErrInvalid
		}
	}
	if IsPathSeparator(dir[len(dir)-1]) {
		return string(dir) + name, nil
	}
	return string(dir) + string(PathSeparator) + name, nil
}

// SyscallConn returns a raw connection to the file's descriptor (syscall.Conn). golite's
// files are blocking descriptors: Read and Write call f once, as a blocking call would.
func (f *File) SyscallConn() (syscall.RawConn, error) {
	if f == nil || f.fd < 0 {
		return nil, ErrInvalid
	}
	return rawConn{f}, nil
}

type rawConn struct{ f *File }

func (c rawConn) Control(fn func(fd uintptr)) error {
	if c.f.fd < 0 {
		return ErrClosed
	}
	fn(uintptr(c.f.fd))
	return nil
}

func (c rawConn) Read(fn func(fd uintptr) bool) error {
	if c.f.fd < 0 {
		return ErrClosed
	}
	fn(uintptr(c.f.fd))
	return nil
}

func (c rawConn) Write(fn func(fd uintptr) bool) error {
	if c.f.fd < 0 {
		return ErrClosed
	}
	fn(uintptr(c.f.fd))
	return nil
}
