package os

import (
	"errors"
	"io"
	"sync/atomic"
	"syscall"
	"time"
)

// Pollable files. A pipe made by Pipe is non-blocking and registered with the runtime's
// network poller, as Go's are: a read or write that would block parks the goroutine
// (pollWait) instead of a thread, and deadlines work. Close marks the file closing, wakes
// the goroutines parked on it (they get ErrClosed), waits until none is still inside a
// read or write, then unregisters and closes the descriptor.

// ErrNotPollable: the descriptor cannot be polled.
var errNotPollable = errors.New("not pollable")

// newPollFile: a File for fd registered with the poller. A descriptor the poller refuses
// (a regular file) is an ordinary File; one golite made non-blocking (a pipe) is put back
// in blocking mode then.
func newPollFile(fd int, name string, madeNonblocking bool) *File {
	f := &File{fd: fd, name: name}
	if pd, e := pollOpen(fd); e == 0 {
		f.pd = pd
	} else if madeNonblocking {
		setNonblock(fd, false)
	}
	return f
}

func isNonblock(fd int) bool

// incref: a read or write may start (false once Close has begun).
func (f *File) incref() bool {
	if atomic.LoadInt32(&f.closing) != 0 {
		return false
	}
	atomic.AddInt32(&f.inflight, 1)
	if atomic.LoadInt32(&f.closing) != 0 {
		atomic.AddInt32(&f.inflight, -1)
		return false
	}
	return true
}

func (f *File) decref() { atomic.AddInt32(&f.inflight, -1) }

// pollError: the error of a poller result (1 closing, 2 timeout, 3 not pollable).
func pollError(r int) error {
	switch r {
	case 1:
		return errFileClosing
	case 2:
		return ErrDeadlineExceeded
	}
	return errNotPollable
}

func (f *File) pollRead(b []byte) (int, error) {
	if !f.incref() {
		return 0, f.wrapErr("read", errFileClosing)
	}
	defer f.decref()
	fd := f.fd
	if r := pollReset(f.pd, 'r'); r != 0 {
		return 0, f.wrapErr("read", pollError(r))
	}
	for {
		n, e := read(fd, b)
		switch {
		case e == int(syscall.EAGAIN):
			if r := pollWait(f.pd, 'r'); r != 0 {
				return 0, f.wrapErr("read", pollError(r))
			}
			continue
		case e == int(syscall.EINTR):
			continue
		case e != 0:
			return 0, f.wrapErr("read", syscall.Errno(e))
		case n == 0:
			return 0, io.EOF
		}
		return n, nil
	}
}

func (f *File) pollWrite(b []byte) (int, error) {
	if !f.incref() {
		return 0, f.wrapErr("write", errFileClosing)
	}
	defer f.decref()
	fd := f.fd
	if r := pollReset(f.pd, 'w'); r != 0 {
		return 0, f.wrapErr("write", pollError(r))
	}
	n := 0
	for n < len(b) {
		m, e := write(fd, b[n:])
		if m > 0 {
			n += m
		}
		switch {
		case e == int(syscall.EAGAIN):
			if r := pollWait(f.pd, 'w'); r != 0 {
				return n, f.wrapErr("write", pollError(r))
			}
		case e == int(syscall.EINTR):
		case e != 0:
			return n, f.wrapErr("write", syscall.Errno(e))
		}
	}
	return n, nil
}

// pollClose: the first half of closing a pollable file (Close closes the descriptor).
func (f *File) pollClose() {
	atomic.StoreInt32(&f.closing, 1)
	pollUnblock(f.pd)
	for atomic.LoadInt32(&f.inflight) != 0 {
		yield()
	}
	pollClose(f.pd)
	f.pd = 0
}

func (f *File) setDeadline(t time.Time, mode int) error {
	if f == nil {
		return ErrInvalid
	}
	if f.fd < 0 {
		return ErrClosed
	}
	if f.pd == 0 {
		return ErrNoDeadline
	}
	var d int64
	if !t.IsZero() {
		d = int64(time.Until(t))
		if d == 0 {
			d = -1 // now: already expired
		}
	}
	pollSetDeadline(f.pd, d, mode)
	return nil
}

// The runtime's poller (stdlib/poll.cpp).
func pollOpen(fd int) (pd uintptr, errno int)
func pollReset(pd uintptr, mode int) int
func pollWait(pd uintptr, mode int) int
func pollSetDeadline(pd uintptr, d int64, mode int)
func pollUnblock(pd uintptr)
func pollClose(pd uintptr)
func setNonblock(fd int, nonblocking bool)
func yield()
