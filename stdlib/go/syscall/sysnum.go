// System-call numbers of linux/amd64 (the kernel's arch/x86/entry/syscalls/syscall_64.tbl):
// the first argument of Syscall and Syscall6 for the calls golite's packages and Go's
// internal/poll and net make.
package syscall

const (
	SYS_READ          = 0
	SYS_WRITE         = 1
	SYS_OPEN          = 2
	SYS_CLOSE         = 3
	SYS_STAT          = 4
	SYS_FSTAT         = 5
	SYS_LSTAT         = 6
	SYS_LSEEK         = 8
	SYS_IOCTL         = 16
	SYS_PREAD64       = 17
	SYS_PWRITE64      = 18
	SYS_READV         = 19
	SYS_WRITEV        = 20
	SYS_PIPE          = 22
	SYS_DUP           = 32
	SYS_DUP2          = 33
	SYS_GETPID        = 39
	SYS_SENDFILE      = 40
	SYS_SOCKET        = 41
	SYS_CONNECT       = 42
	SYS_ACCEPT        = 43
	SYS_SENDTO        = 44
	SYS_RECVFROM      = 45
	SYS_SENDMSG       = 46
	SYS_RECVMSG       = 47
	SYS_SHUTDOWN      = 48
	SYS_BIND          = 49
	SYS_LISTEN        = 50
	SYS_GETSOCKNAME   = 51
	SYS_GETPEERNAME   = 52
	SYS_SOCKETPAIR    = 53
	SYS_SETSOCKOPT    = 54
	SYS_GETSOCKOPT    = 55
	SYS_KILL          = 62
	SYS_UNAME         = 63
	SYS_FCNTL         = 72
	SYS_FSYNC         = 74
	SYS_FTRUNCATE     = 77
	SYS_FCHDIR        = 81
	SYS_UNLINK        = 87
	SYS_FCHMOD        = 91
	SYS_FCHOWN        = 93
	SYS_GETRLIMIT     = 97
	SYS_GETRUSAGE     = 98
	SYS_SETRLIMIT     = 160
	SYS_GETTID        = 186
	SYS_GETDENTS64    = 217
	SYS_EPOLL_WAIT    = 232
	SYS_EPOLL_CTL     = 233
	SYS_TGKILL        = 234
	SYS_OPENAT        = 257
	SYS_NEWFSTATAT    = 262
	SYS_UNLINKAT      = 263
	SYS_SPLICE        = 275
	SYS_ACCEPT4       = 288
	SYS_EPOLL_CREATE1 = 291
	SYS_DUP3          = 292
	SYS_PIPE2         = 293
	SYS_PRLIMIT64     = 302
)
