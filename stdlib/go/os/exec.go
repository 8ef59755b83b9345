package os

import (
	"errors"
	"sync/atomic"
	"syscall"
	"time"
)

// A Signal represents an operating system signal (syscall.Signal on Linux).
type Signal interface {
	String() string
	Signal() // to distinguish from other Stringers
}

// The signals present on all systems.
var (
	Interrupt Signal = syscall.SIGINT
	Kill      Signal = syscall.SIGKILL
)

// ErrProcessDone: the process has finished (a Signal after Wait).
var ErrProcessDone = errors.New("os: process already finished")

// Process is a process started by StartProcess or found by FindProcess.
type Process struct {
	Pid  int
	done uint32 // waited for (atomic): its pid may name another process now
}

// ProcAttr holds the attributes of a process StartProcess starts: its working directory,
// environment (nil: the current one), open files (the child's descriptors 0, 1, 2, ...;
// a nil entry leaves that descriptor closed) and system-specific settings.
type ProcAttr struct {
	Dir   string
	Env   []string
	Files []*File
	Sys   *syscall.SysProcAttr
}

// StartProcess starts the program name with arguments argv (argv[0] is by convention
// the program's name) and attributes attr.
func StartProcess(name string, argv []string, attr *ProcAttr) (*Process, error) {
	if attr == nil {
		attr = &ProcAttr{}
	}
	if attr.Dir != "" {
		if _, err := Stat(attr.Dir); err != nil {
			pe := err.(*PathError)
			pe.Op = "chdir"
			return nil, pe
		}
	}
	env := attr.Env
	if env == nil {
		env = Environ()
	}
	fds := make([]int, len(attr.Files))
	for i, f := range attr.Files {
		fds[i] = -1
		if f != nil {
			fds[i] = int(f.Fd()) // blocking again: the child shares the open file
		}
	}
	setpgid, pgid, setsid := false, 0, false
	if attr.Sys != nil {
		setpgid, pgid, setsid = attr.Sys.Setpgid, attr.Sys.Pgid, attr.Sys.Setsid
	}
	pid, e := spawn(name, argv, env, attr.Dir, fds, setpgid, pgid, setsid)
	if e != 0 {
		return nil, &PathError{Op: "fork/exec", Path: name, Err: syscall.Errno(e)}
	}
	return &Process{Pid: pid}, nil
}

// spawn starts a process (posix_spawn): fds[i] becomes its descriptor i.
func spawn(name string, argv, env []string, dir string, fds []int, setpgid bool, pgid int, setsid bool) (pid int, errno int)

// FindProcess returns the process pid (on Linux it always succeeds).
func FindProcess(pid int) (*Process, error) { return &Process{Pid: pid}, nil }

// Wait waits for the process to exit and returns its state.
func (p *Process) Wait() (*ProcessState, error) {
	if p.Pid == -1 {
		return nil, syscall.EINVAL
	}
	var status syscall.WaitStatus
	var rusage syscall.Rusage
	for {
		e := wait4(p.Pid, &status, &rusage)
		if e == int(syscall.EINTR) {
			continue
		}
		if e != 0 {
			return nil, NewSyscallError("wait", syscall.Errno(e))
		}
		break
	}
	atomic.StoreUint32(&p.done, 1)
	return &ProcessState{pid: p.Pid, status: status, rusage: &rusage}, nil
}

// wait4 blocks (as a system call) until process pid changes state.
func wait4(pid int, status *syscall.WaitStatus, rusage *syscall.Rusage) (errno int)

// Signal sends sig to the process.
func (p *Process) Signal(sig Signal) error {
	if p.Pid == -1 {
		return errors.New("os: process already released")
	}
	if p.Pid == 0 {
		return errors.New("os: process not initialized")
	}
	if atomic.LoadUint32(&p.done) != 0 {
		return ErrProcessDone
	}
	s, ok := sig.(syscall.Signal)
	if !ok {
		return errors.New("os: unsupported signal type")
	}
	if e := syscall.Kill(p.Pid, s); e != nil {
		if e == syscall.ESRCH {
			return ErrProcessDone
		}
		return NewSyscallError("kill", e)
	}
	return nil
}

// Kill causes the process to exit at once (SIGKILL).
func (p *Process) Kill() error { return p.Signal(Kill) }

// Release releases the process's resources; the Process is unusable after.
func (p *Process) Release() error {
	p.Pid = -1
	return nil
}

// ProcessState is what Wait reports of an exited process.
type ProcessState struct {
	pid    int
	status syscall.WaitStatus
	rusage *syscall.Rusage
}

func (p *ProcessState) Pid() int      { return p.pid }
func (p *ProcessState) Exited() bool  { return p.status.Exited() }
func (p *ProcessState) Success() bool { return p.status.ExitStatus() == 0 }
func (p *ProcessState) Sys() any      { return p.status }
func (p *ProcessState) SysUsage() any { return p.rusage }

func (p *ProcessState) UserTime() time.Duration {
	return time.Duration(p.rusage.Utime.Nano()) * time.Nanosecond
}

func (p *ProcessState) SystemTime() time.Duration {
	return time.Duration(p.rusage.Stime.Nano()) * time.Nanosecond
}

// ExitCode is the exit status, or -1 when the process was killed by a signal (or has not
// exited).
func (p *ProcessState) ExitCode() int {
	if p == nil {
		return -1
	}
	return p.status.ExitStatus()
}

func (p *ProcessState) String() string {
	if p == nil {
		return "<nil>"
	}
	st := p.status
	res := ""
	switch {
	case st.Exited():
		res = "exit status " + itoa(st.ExitStatus())
	case st.Signaled():
		res = "signal: " + st.Signal().String()
	case st.Stopped():
		res = "stop signal: " + st.StopSignal().String()
		if st.StopSignal() == syscall.SIGTRAP && st.TrapCause() != 0 {
			res += " (trap " + itoa(st.TrapCause()) + ")"
		}
	case st.Continued():
		res = "continued"
	}
	if st.CoreDump() {
		res += " (core dumped)"
	}
	return res
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// Pipe returns a connected pair of Files: reads from r return bytes written to w.
func Pipe() (r *File, w *File, err error) {
	rfd, wfd, e := pipe2()
	if e != 0 {
		return nil, nil, NewSyscallError("pipe2", syscall.Errno(e))
	}
	return newPollFile(rfd, "|0", true), newPollFile(wfd, "|1", true), nil
}

func pipe2() (r, w int, errno int)
