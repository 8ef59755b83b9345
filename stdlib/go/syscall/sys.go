// The system-call entry points and the file-descriptor calls over them.
//
// Syscall, Syscall6, RawSyscall and RawSyscall6 are natives (stdlib/syscall.cpp) that
// enter the kernel through the C library's syscall(2), with Go's linux/amd64 results: r1
// is the kernel's return value, and on failure r1 is -1 and err the errno. Syscall and
// Syscall6 tell the scheduler that the goroutine may block (Go's entersyscall), so a
// blocking accept or read does not hold a P; the Raw forms are for calls that never block.
// Each wrapper below is one call of the kernel's interface (Linux's man pages, section 2),
// with Go's signatures and the errors Go's wrappers return.
//
// Pointers reach the kernel as uintptr arguments: the objects they point to are held by
// the caller's variables for the length of the call, and golite's collector does not move
// objects, so the kernel may read and write them.
package syscall

import (
	"sync"
	"unsafe"
)

func Syscall(trap, a1, a2, a3 uintptr) (r1, r2 uintptr, err Errno)
func Syscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err Errno)
func RawSyscall(trap, a1, a2, a3 uintptr) (r1, r2 uintptr, err Errno)
func RawSyscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err Errno)

// errnoErr boxes e as an error, nil for 0.
func errnoErr(e Errno) error {
	if e == 0 {
		return nil
	}
	return e
}

// zeroByte is the address handed to the kernel for an empty buffer.
var zeroByte byte

// bufAddr is the address of p's first byte (of zeroByte if p is empty).
func bufAddr(p []byte) unsafe.Pointer {
	if len(p) == 0 {
		return unsafe.Pointer(&zeroByte)
	}
	return unsafe.Pointer(&p[0])
}

// ForkLock is held for reading while a descriptor is created and marked close-on-exec in
// two steps, and for writing around a fork, so that a child never inherits such a
// descriptor half made (golite starts no child processes; Go's packages take it).
var ForkLock sync.RWMutex

// ByteSliceFromString returns s as a NUL-terminated byte slice; EINVAL if s holds a NUL.
func ByteSliceFromString(s string) ([]byte, error) {
	for i := 0; i < len(s); i++ {
		if s[i] == 0 {
			return nil, EINVAL
		}
	}
	b := make([]byte, len(s)+1)
	copy(b, s)
	return b, nil
}

// BytePtrFromString returns a pointer to a NUL-terminated copy of s; EINVAL if s holds a NUL.
func BytePtrFromString(s string) (*byte, error) {
	b, err := ByteSliceFromString(s)
	if err != nil {
		return nil, err
	}
	return &b[0], nil
}

// Getenv looks key up in the process's environment (the one package os reads).
func Getenv(key string) (value string, found bool)

// Environ returns the environment as "key=value" strings.
func Environ() []string {
	n := environLen()
	env := make([]string, 0, n)
	for i := 0; i < n; i++ {
		env = append(env, environAt(i))
	}
	return env
}

func environLen() int
func environAt(i int) string

// --- reading and writing ---------------------------------------------------------------

// Read and Write go through natives (stdlib/syscall.cpp) rather than Syscall so that
// fds 0, 1 and 2 share the process's stdout buffer with package os and fmt.
func readFd(fd int, p []byte) (n int, err Errno)
func writeFd(fd int, p []byte) (n int, err Errno)

func Read(fd int, p []byte) (n int, err error) {
	n, e := readFd(fd, p)
	return n, errnoErr(e)
}

func Write(fd int, p []byte) (n int, err error) {
	n, e := writeFd(fd, p)
	return n, errnoErr(e)
}

func Pread(fd int, p []byte, offset int64) (n int, err error) {
	r, _, e := Syscall6(SYS_PREAD64, uintptr(fd), uintptr(bufAddr(p)), uintptr(len(p)), uintptr(offset), 0, 0)
	return int(r), errnoErr(e)
}

func Pwrite(fd int, p []byte, offset int64) (n int, err error) {
	r, _, e := Syscall6(SYS_PWRITE64, uintptr(fd), uintptr(bufAddr(p)), uintptr(len(p)), uintptr(offset), 0, 0)
	return int(r), errnoErr(e)
}

func Seek(fd int, offset int64, whence int) (off int64, err error) {
	r, _, e := RawSyscall(SYS_LSEEK, uintptr(fd), uintptr(offset), uintptr(whence))
	return int64(r), errnoErr(e)
}

// Getdents reads directory entries (struct linux_dirent64) of fd into buf.
func Getdents(fd int, buf []byte) (n int, err error) {
	r, _, e := Syscall(SYS_GETDENTS64, uintptr(fd), uintptr(bufAddr(buf)), uintptr(len(buf)))
	return int(r), errnoErr(e)
}

func ReadDirent(fd int, buf []byte) (n int, err error) { return Getdents(fd, buf) }

// Sendfile copies count bytes from infd to outfd in the kernel, from *offset if offset is
// not nil (and advances it), else from infd's file offset.
func Sendfile(outfd int, infd int, offset *int64, count int) (written int, err error) {
	r, _, e := Syscall6(SYS_SENDFILE, uintptr(outfd), uintptr(infd), uintptr(unsafe.Pointer(offset)), uintptr(count), 0, 0)
	return int(r), errnoErr(e)
}

// Splice moves up to len bytes between two descriptors, one of them a pipe.
func Splice(rfd int, roff *int64, wfd int, woff *int64, len int, flags int) (n int64, err error) {
	r, _, e := Syscall6(SYS_SPLICE, uintptr(rfd), uintptr(unsafe.Pointer(roff)), uintptr(wfd),
		uintptr(unsafe.Pointer(woff)), uintptr(len), uintptr(flags))
	return int64(r), errnoErr(e)
}

// --- descriptors ------------------------------------------------------------------------

func Close(fd int) (err error) {
	_, _, e := Syscall(SYS_CLOSE, uintptr(fd), 0, 0)
	return errnoErr(e)
}

func Dup(oldfd int) (fd int, err error) {
	r, _, e := RawSyscall(SYS_DUP, uintptr(oldfd), 0, 0)
	return int(r), errnoErr(e)
}

func Dup2(oldfd int, newfd int) (err error) {
	_, _, e := RawSyscall(SYS_DUP2, uintptr(oldfd), uintptr(newfd), 0)
	return errnoErr(e)
}

func Dup3(oldfd int, newfd int, flags int) (err error) {
	_, _, e := RawSyscall(SYS_DUP3, uintptr(oldfd), uintptr(newfd), uintptr(flags))
	return errnoErr(e)
}

func Pipe(p []int) error { return Pipe2(p, 0) }

// Pipe2 makes a pipe, p[0] its read end and p[1] its write end; flags are O_CLOEXEC and
// O_NONBLOCK. EINVAL unless len(p) is 2.
func Pipe2(p []int, flags int) error {
	if len(p) != 2 {
		return EINVAL
	}
	var fds [2]int32 // the kernel writes two C ints
	_, _, e := RawSyscall(SYS_PIPE2, uintptr(unsafe.Pointer(&fds)), uintptr(flags), 0)
	if e != 0 {
		return e
	}
	p[0], p[1] = int(fds[0]), int(fds[1])
	return nil
}

// fcntl(2)'s commands and descriptor flag.
const (
	F_DUPFD         = 0x0
	F_DUPFD_CLOEXEC = 0x406
	F_GETFD         = 0x1
	F_SETFD         = 0x2
	F_GETFL         = 0x3
	F_SETFL         = 0x4
	F_GETPIPE_SZ    = 0x408
	F_SETPIPE_SZ    = 0x407
	FD_CLOEXEC      = 0x1
)

func fcntl(fd int, cmd int, arg int) (val int, err error) {
	r, _, e := Syscall(SYS_FCNTL, uintptr(fd), uintptr(cmd), uintptr(arg))
	return int(r), errnoErr(e)
}

// CloseOnExec marks fd to be closed in a child process after exec.
func CloseOnExec(fd int) { fcntl(fd, F_SETFD, FD_CLOEXEC) }

// SetNonblock sets or clears fd's O_NONBLOCK flag.
func SetNonblock(fd int, nonblocking bool) (err error) {
	flags, err := fcntl(fd, F_GETFL, 0)
	if err != nil {
		return err
	}
	if nonblocking {
		flags |= O_NONBLOCK
	} else {
		flags &^= O_NONBLOCK
	}
	_, err = fcntl(fd, F_SETFL, flags)
	return err
}

// --- files --------------------------------------------------------------------------------

func Fchdir(fd int) (err error) {
	_, _, e := Syscall(SYS_FCHDIR, uintptr(fd), 0, 0)
	return errnoErr(e)
}

func Fchmod(fd int, mode uint32) (err error) {
	_, _, e := Syscall(SYS_FCHMOD, uintptr(fd), uintptr(mode), 0)
	return errnoErr(e)
}

func Fchown(fd int, uid int, gid int) (err error) {
	_, _, e := Syscall(SYS_FCHOWN, uintptr(fd), uintptr(uid), uintptr(gid))
	return errnoErr(e)
}

// Fstat fills stat from fd (struct stat, which Stat_t lays out).
func Fstat(fd int, stat *Stat_t) (err error) {
	_, _, e := Syscall(SYS_FSTAT, uintptr(fd), uintptr(unsafe.Pointer(stat)), 0)
	return errnoErr(e)
}

func Fsync(fd int) (err error) {
	_, _, e := Syscall(SYS_FSYNC, uintptr(fd), 0, 0)
	return errnoErr(e)
}

func Ftruncate(fd int, length int64) (err error) {
	_, _, e := Syscall(SYS_FTRUNCATE, uintptr(fd), uintptr(length), 0)
	return errnoErr(e)
}

const (
	_AT_FDCWD            = -0x64
	_AT_REMOVEDIR        = 0x200
	_AT_SYMLINK_NOFOLLOW = 0x100
)

// Unlink removes path (not a directory).
func Unlink(path string) error { return unlinkat(_AT_FDCWD, path, 0) }

// Unlinkat removes path, relative to dirfd (not a directory).
func Unlinkat(dirfd int, path string) error { return unlinkat(dirfd, path, 0) }

// Rmdir removes the empty directory path.
func Rmdir(path string) error { return unlinkat(_AT_FDCWD, path, _AT_REMOVEDIR) }

func unlinkat(dirfd int, path string, flags int) error {
	p, err := BytePtrFromString(path)
	if err != nil {
		return err
	}
	_, _, e := Syscall(SYS_UNLINKAT, uintptr(dirfd), uintptr(unsafe.Pointer(p)), uintptr(flags))
	return errnoErr(e)
}

// --- the system -----------------------------------------------------------------------------

// Utsname is struct utsname: NUL-terminated strings of the kernel and the machine.
type Utsname struct {
	Sysname    [65]int8
	Nodename   [65]int8
	Release    [65]int8
	Version    [65]int8
	Machine    [65]int8
	Domainname [65]int8
}

func Uname(buf *Utsname) (err error) {
	_, _, e := RawSyscall(SYS_UNAME, uintptr(unsafe.Pointer(buf)), 0, 0)
	return errnoErr(e)
}

// Rlimit is struct rlimit: a resource's soft (Cur) and hard (Max) limits.
type Rlimit struct {
	Cur uint64
	Max uint64
}

const (
	RLIMIT_CPU    = 0x0
	RLIMIT_FSIZE  = 0x1
	RLIMIT_DATA   = 0x2
	RLIMIT_STACK  = 0x3
	RLIMIT_CORE   = 0x4
	RLIMIT_NOFILE = 0x7
	RLIMIT_AS     = 0x9

	RLIM_INFINITY = -0x1
)

func Getrlimit(resource int, rlim *Rlimit) (err error) {
	_, _, e := RawSyscall(SYS_GETRLIMIT, uintptr(resource), uintptr(unsafe.Pointer(rlim)), 0)
	return errnoErr(e)
}

func Setrlimit(resource int, rlim *Rlimit) (err error) {
	_, _, e := RawSyscall(SYS_SETRLIMIT, uintptr(resource), uintptr(unsafe.Pointer(rlim)), 0)
	return errnoErr(e)
}

// Timeval is struct timeval.
type Timeval struct {
	Sec  int64
	Usec int64
}

func (tv *Timeval) Unix() (sec int64, nsec int64) { return tv.Sec, tv.Usec * 1000 }

func (tv *Timeval) Nano() int64 { return tv.Sec*1e9 + tv.Usec*1000 }

func NsecToTimeval(nsec int64) Timeval {
	nsec += 999 // round up to the microsecond
	usec := nsec % 1e9 / 1e3
	sec := nsec / 1e9
	if usec < 0 {
		usec += 1e6
		sec--
	}
	return Timeval{Sec: sec, Usec: usec}
}
