package syscall

import "unsafe"

// Processes: what os.StartProcess and os/exec take and give (golite starts processes in
// package os's natives, stdlib/os.cpp; these are the types users meet).

// SysProcAttr holds the optional settings of a new process golite supports: its own
// process group (Setpgid, Pgid) or session (Setsid). Other fields are accepted and ignored.
type SysProcAttr struct {
	Chroot     string
	Credential *Credential
	Ptrace     bool
	Setsid     bool
	Setpgid    bool
	Setctty    bool
	Noctty     bool
	Ctty       int
	Foreground bool
	Pgid       int
	Pdeathsig  Signal
}

// Credential holds user and group identities (accepted, not applied by golite).
type Credential struct {
	Uid         uint32
	Gid         uint32
	Groups      []uint32
	NoSetGroups bool
}

// ProcAttr holds the attributes of a process started by StartProcess.
type ProcAttr struct {
	Dir   string
	Env   []string
	Files []uintptr
	Sys   *SysProcAttr
}

// Rusage is struct rusage as linux/amd64 lays it out.
type Rusage struct {
	Utime    Timeval
	Stime    Timeval
	Maxrss   int64
	Ixrss    int64
	Idrss    int64
	Isrss    int64
	Minflt   int64
	Majflt   int64
	Nswap    int64
	Inblock  int64
	Oublock  int64
	Msgsnd   int64
	Msgrcv   int64
	Nsignals int64
	Nvcsw    int64
	Nivcsw   int64
}

const (
	RUSAGE_SELF     = 0x0
	RUSAGE_CHILDREN = -0x1
	RUSAGE_THREAD   = 0x1
)

// Getrusage is getrusage(2): the resource usage of the process (RUSAGE_SELF), its
// waited-for children or the calling thread.
func Getrusage(who int, rusage *Rusage) (err error) {
	_, _, e := RawSyscall(SYS_GETRUSAGE, uintptr(who), uintptr(unsafe.Pointer(rusage)), 0)
	return errnoErr(e)
}

// WaitStatus is a wait(2) status word: exit status in bits 8-15 when the low seven bits
// are zero, else the signal that ended or stopped the process.
type WaitStatus uint32

const (
	waitMask    = 0x7f
	waitCore    = 0x80
	waitShift   = 8
	waitStopped = 0x7f
)

func (w WaitStatus) Exited() bool    { return w&waitMask == 0 }
func (w WaitStatus) Signaled() bool  { return w&waitMask != waitStopped && w&waitMask != 0 }
func (w WaitStatus) Stopped() bool   { return w&0xff == waitStopped }
func (w WaitStatus) Continued() bool { return w == 0xffff }
func (w WaitStatus) CoreDump() bool  { return w.Signaled() && w&waitCore != 0 }

func (w WaitStatus) ExitStatus() int {
	if !w.Exited() {
		return -1
	}
	return int(w>>waitShift) & 0xff
}

func (w WaitStatus) Signal() Signal {
	if !w.Signaled() {
		return -1
	}
	return Signal(w & waitMask)
}

func (w WaitStatus) StopSignal() Signal {
	if !w.Stopped() {
		return -1
	}
	return Signal(w>>waitShift) & 0xff
}

func (w WaitStatus) TrapCause() int {
	if w.StopSignal() != SIGTRAP {
		return -1
	}
	return int(w>>waitShift) >> 8
}
