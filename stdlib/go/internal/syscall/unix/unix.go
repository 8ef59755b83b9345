// Package unix is golite's own internal/syscall/unix: the Linux system calls Go's
// standard packages make outside package syscall (crypto/rand's getrandom), as natives
// (stdlib/syscall.cpp). Go's own is assembly-backed raw system calls; golite has no raw
// Syscall, so each call it supports is a function of its own here.
package unix

import "syscall"

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

// IsNonblock reports whether fd is in non-blocking mode.
func IsNonblock(fd int) (nonblocking bool, err error) {
	flags, e := fcntlGetfl(fd)
	if e != 0 {
		return false, syscall.Errno(e)
	}
	return flags&syscall.O_NONBLOCK != 0, nil
}

// HasNonblockFlag reports whether open flags include O_NONBLOCK.
func HasNonblockFlag(flag int) bool { return flag&syscall.O_NONBLOCK != 0 }

func fcntlGetfl(fd int) (flags int, e int)

// KernelVersion returns the running kernel's major and minor version (0, 0 if unknown).
func KernelVersion() (major int, minor int)
