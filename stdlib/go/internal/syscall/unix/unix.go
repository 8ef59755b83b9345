// Package unix is golite's own internal/syscall/unix: the Linux system calls Go's
// standard packages make outside package syscall: crypto/rand's getrandom and the
// kernel's version (natives of stdlib/syscall.cpp); and, over syscall.Syscall, fcntl,
// copy_file_range, the *at calls (at.go) and internal/poll's socket calls with a known
// address family (net.go).
package unix

import (
	"syscall"
	"unsafe"
)

// GetRandomFlag is a flag of getrandom(2).
type GetRandomFlag uintptr

const (
	// GRND_NONBLOCK: fail with EAGAIN rather than block when the pool is not ready.
	GRND_NONBLOCK GetRandomFlag = 0x0001
	// GRND_RANDOM: draw from the random source rather than the urandom one.
	GRND_RANDOM GetRandomFlag = 0x0002
)

// GetRandom fills p from the kernel's random number generator, as getrandom(2).
func GetRandom(p []byte, flags GetRandomFlag) (n int, err error) {
	if len(p) == 0 {
		return 0, nil
	}
	n, e := getrandom(p, uintptr(flags))
	if e != 0 {
		return 0, syscall.Errno(e)
	}
	return n, nil
}

func getrandom(p []byte, flags uintptr) (n int, e int)

// FcntlSyscall is fcntl's system-call number (a variable, as in Go, where 32-bit
// platforms change it).
var FcntlSyscall uintptr = syscall.SYS_FCNTL

// IsNonblock reports whether fd is in non-blocking mode.
func IsNonblock(fd int) (nonblocking bool, err error) {
	flags, _, e := syscall.Syscall(FcntlSyscall, uintptr(fd), syscall.F_GETFL, 0)
	if e != 0 {
		return false, e
	}
	return flags&syscall.O_NONBLOCK != 0, nil
}

// HasNonblockFlag reports whether open flags include O_NONBLOCK.
func HasNonblockFlag(flag int) bool { return flag&syscall.O_NONBLOCK != 0 }

const copyFileRangeTrap uintptr = 326 // linux/amd64

// CopyFileRange copies len bytes from rfd to wfd in the kernel, from and to *roff and
// *woff where they are not nil (advancing them), else the descriptors' file offsets.
func CopyFileRange(rfd int, roff *int64, wfd int, woff *int64, len int, flags int) (n int, err error) {
	r, _, e := syscall.Syscall6(copyFileRangeTrap, uintptr(rfd), uintptr(unsafe.Pointer(roff)),
		uintptr(wfd), uintptr(unsafe.Pointer(woff)), uintptr(len), uintptr(flags))
	if e != 0 {
		return int(r), e
	}
	return int(r), nil
}

// KernelVersion returns the running kernel's major and minor version (0, 0 if unknown).
func KernelVersion() (major int, minor int)
