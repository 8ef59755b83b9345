// Package os: golite's os (Go 1.19 API subset). Files are file descriptors; the system
// calls are natives (stdlib/os.cpp), the rest is Go. Writes to fd 1 are buffered by the
// runtime and flushed at exit and before any write to stderr.
package os

import (
	"errors"
	"io"
)

// A FileMode represents a file's mode and permission bits.
type FileMode uint32

const ModePerm FileMode = 0777

// Flags to OpenFile (Linux values).
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// errno is a system call error number (Go's syscall.Errno).
type errno uintptr

func (e errno) Error() string { return errnoString(int(e)) }

func (e errno) Is(target error) bool {
	switch target {
	case ErrPermission:
		return e == 1 || e == 13 // EPERM, EACCES
	case ErrExist:
		return e == 17 || e == 39 // EEXIST, ENOTEMPTY
	case ErrNotExist:
		return e == 2 // ENOENT
	}
	return false
}

func IsExist(err error) bool      { return underlyingErrorIs(err, ErrExist) }
func IsNotExist(err error) bool   { return underlyingErrorIs(err, ErrNotExist) }
func IsPermission(err error) bool { return underlyingErrorIs(err, ErrPermission) }

func underlyingErrorIs(err, target error) bool {
	if err == target {
		return true
	}
	if pe, ok := err.(*PathError); ok {
		err = pe.Err
	}
	if e, ok := err.(errno); ok {
		return e.Is(target)
	}
	return err == target
}

// File is an open file descriptor. fd must stay the first field: fmt's natives read it to
// write to *os.File directly.
type File struct {
	fd     int
	name   string
	closed bool
}

var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// Args hold the command-line arguments, starting with the program name.
var Args = runtimeArgs()

func runtimeArgs() []string {
	n := runtime_nargs()
	a := make([]string, n)
	for i := 0; i < n; i++ {
		a[i] = runtime_arg(i)
	}
	return a
}

func runtime_nargs() int
func runtime_arg(i int) string

// NewFile returns a new File with the given file descriptor and name.
func NewFile(fd uintptr, name string) *File { return &File{fd: int(fd), name: name} }

func (f *File) Name() string { return f.name }
func (f *File) Fd() uintptr  { return uintptr(f.fd) }

func (f *File) Write(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.closed {
		return 0, &PathError{Op: "write", Path: f.name, Err: ErrClosed}
	}
	n, e := write(f.fd, b)
	if e != 0 {
		return n, &PathError{Op: "write", Path: f.name, Err: errno(e)}
	}
	return n, nil
}

func (f *File) WriteString(s string) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.closed {
		return 0, &PathError{Op: "write", Path: f.name, Err: ErrClosed}
	}
	n, e := writeString(f.fd, s)
	if e != 0 {
		return n, &PathError{Op: "write", Path: f.name, Err: errno(e)}
	}
	return n, nil
}

func (f *File) Read(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.closed {
		return 0, &PathError{Op: "read", Path: f.name, Err: ErrClosed}
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, e := read(f.fd, b)
	if e != 0 {
		return 0, &PathError{Op: "read", Path: f.name, Err: errno(e)}
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	if e := closeFd(f.fd); e != 0 {
		return &PathError{Op: "close", Path: f.name, Err: errno(e)}
	}
	return nil
}

// OpenFile opens the named file with the given flags (O_RDONLY etc.) and permissions.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, e := open(name, flag, uint32(perm))
	if e != 0 {
		return nil, &PathError{Op: "open", Path: name, Err: errno(e)}
	}
	return NewFile(uintptr(fd), name), nil
}

// Open opens the named file for reading.
func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

// Create creates or truncates the named file.
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// ReadFile reads the named file and returns its contents.
func ReadFile(name string) ([]byte, error) {
	data, e := readFile(name)
	if e != 0 {
		return nil, &PathError{Op: "open", Path: name, Err: errno(e)}
	}
	return data, nil
}

// WriteFile writes data to the named file, creating it if necessary.
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

// Remove removes the named file or (empty) directory.
func Remove(name string) error {
	if e := remove(name); e != 0 {
		return &PathError{Op: "remove", Path: name, Err: errno(e)}
	}
	return nil
}

// Mkdir creates a new directory with the specified name and permission bits.
func Mkdir(name string, perm FileMode) error {
	if e := mkdir(name, uint32(perm)); e != 0 {
		return &PathError{Op: "mkdir", Path: name, Err: errno(e)}
	}
	return nil
}

// MkdirAll creates a directory named path, along with any necessary parents.
func MkdirAll(path string, perm FileMode) error {
	if path == "" {
		return &PathError{Op: "mkdir", Path: path, Err: errno(2)}
	}
	for i := 1; i <= len(path); i++ {
		if i < len(path) && path[i] != '/' {
			continue
		}
		e := mkdir(path[:i], uint32(perm))
		if e != 0 && e != 17 { // EEXIST: fine, if a directory
			return &PathError{Op: "mkdir", Path: path[:i], Err: errno(e)}
		}
	}
	return nil
}

// RemoveAll removes path and any children it contains; a missing path is no error.
func RemoveAll(path string) error {
	if e := removeAll(path); e != 0 {
		return &PathError{Op: "unlinkat", Path: path, Err: errno(e)}
	}
	return nil
}

// TempDir returns the default directory to use for temporary files: $TMPDIR, else /tmp.
func TempDir() string {
	if d := Getenv("TMPDIR"); d != "" {
		return d
	}
	return "/tmp"
}

var tempSeq uint32

// MkdirTemp creates a new temporary directory in dir (TempDir when empty) whose name
// begins with pattern (a "*" in pattern marks where the random part goes).
func MkdirTemp(dir, pattern string) (string, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix := pattern, ""
	for i := len(pattern) - 1; i >= 0; i-- {
		if pattern[i] == '*' {
			prefix, suffix = pattern[:i], pattern[i+1:]
			break
		}
	}
	for try := 0; try < 10000; try++ {
		tempSeq = tempSeq*1664525 + 1013904223 + uint32(Getpid())
		name := dir + "/" + prefix + uitoa(uint(tempSeq)) + suffix
		e := mkdir(name, 0o700)
		if e == 0 {
			return name, nil
		}
		if e != 17 {
			return "", &PathError{Op: "mkdirtemp", Path: dir + "/" + pattern, Err: errno(e)}
		}
	}
	return "", &PathError{Op: "mkdirtemp", Path: dir + "/" + pattern, Err: errno(17)}
}

func uitoa(v uint) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	return string(b[i:])
}

// Hostname returns the host name reported by the kernel.
func Hostname() (name string, err error) {
	data, err := ReadFile("/proc/sys/kernel/hostname")
	if err != nil {
		return "", err
	}
	if len(data) > 0 && data[len(data)-1] == '\n' {
		data = data[:len(data)-1]
	}
	return string(data), nil
}

func Exit(code int)
func Getenv(key string) string
func Getpid() int

func LookupEnv(key string) (string, bool) { return lookupEnv(key) }

func Setenv(key, value string) error {
	if e := setenv(key, value); e != 0 {
		return errno(e)
	}
	return nil
}

func Unsetenv(key string) error {
	if e := unsetenv(key); e != 0 {
		return errno(e)
	}
	return nil
}

// The system calls (stdlib/os.cpp): errno results are 0 on success.
func write(fd int, b []byte) (n int, e int)
func writeString(fd int, s string) (n int, e int)
func read(fd int, b []byte) (n int, e int)
func open(name string, flag int, perm uint32) (fd int, e int)
func closeFd(fd int) (e int)
func errnoString(e int) string
func readFile(name string) (data []byte, e int)
func lookupEnv(key string) (string, bool)
func setenv(key, value string) (e int)
func unsetenv(key string) (e int)
func remove(name string) (e int)
func mkdir(name string, perm uint32) (e int)
func removeAll(path string) (e int)
