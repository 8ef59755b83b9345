package os

import (
	"errors"
	"io/fs"
	"syscall"
)

// The portable errors are io/fs's (internal/oserror's), so errors.Is(err, fs.ErrNotExist)
// and os.IsNotExist agree.
var (
	ErrInvalid    = fs.ErrInvalid    // "invalid argument"
	ErrPermission = fs.ErrPermission // "permission denied"
	ErrExist      = fs.ErrExist      // "file already exists"
	ErrNotExist   = fs.ErrNotExist   // "file does not exist"
	ErrClosed     = fs.ErrClosed     // "file already closed"

	ErrNoDeadline             = errors.New("file type does not support deadline")
	ErrDeadlineExceeded error = &deadlineExceededError{}
)

// errFileClosing is internal/poll's error for an operation on a closed descriptor; the
// operations Go reports through File.wrapErr show it as ErrClosed, the others as is.
var errFileClosing = errors.New("use of closed file")

// Once internal/poll is loaded (a program uses the network), ErrDeadlineExceeded is its
// error, as in Go (stdlib/poll.cpp).
func init() { useDeadlineError(&ErrDeadlineExceeded) }

func useDeadlineError(p *error)

type deadlineExceededError struct{}

func (e *deadlineExceededError) Error() string   { return "i/o timeout" }
func (e *deadlineExceededError) Timeout() bool   { return true }
func (e *deadlineExceededError) Temporary() bool { return true }

type PathError = fs.PathError

// LinkError records an error during a link, symlink or rename and the paths involved.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string { return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error() }

func (e *LinkError) Unwrap() error { return e.Err }

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

func (e *SyscallError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// NewSyscallError returns a *SyscallError for err, or nil if err is nil.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

// IsExist, IsNotExist and IsPermission look through *PathError, *LinkError and
// *SyscallError (one level, not the errors.Is chain, as Go's do).
func IsExist(err error) bool      { return underlyingErrorIs(err, ErrExist) }
func IsNotExist(err error) bool   { return underlyingErrorIs(err, ErrNotExist) }
func IsPermission(err error) bool { return underlyingErrorIs(err, ErrPermission) }

func IsTimeout(err error) bool {
	t, ok := underlyingError(err).(interface{ Timeout() bool })
	return ok && t.Timeout()
}

func underlyingErrorIs(err, target error) bool {
	err = underlyingError(err)
	if err == target {
		return true
	}
	e, ok := err.(syscall.Errno)
	return ok && e.Is(target)
}

func underlyingError(err error) error {
	switch err := err.(type) {
	case *PathError:
		return err.Err
	case *LinkError:
		return err.Err
	case *SyscallError:
		return err.Err
	}
	return err
}

// errnoErr is the error for a native's errno result (nil for 0).
func errnoErr(e int) error {
	if e == 0 {
		return nil
	}
	return syscall.Errno(e)
}
