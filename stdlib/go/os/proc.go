package os

import "syscall"

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

// Exit ends the program at once with the given status; deferred calls do not run.
func Exit(code int)

func Getpid() int  { return syscall.Getpid() }
func Getppid() int { return syscall.Getppid() }
func Getuid() int  { return syscall.Getuid() }
func Geteuid() int { return syscall.Geteuid() }
func Getgid() int  { return syscall.Getgid() }
func Getegid() int { return syscall.Getegid() }

// Executable returns the path of the executable that started the process (for golite,
// golite itself).
func Executable() (string, error) {
	path, err := Readlink("/proc/self/exe")
	const deleted = " (deleted)"
	if len(path) >= len(deleted) && path[len(path)-len(deleted):] == deleted {
		path = path[:len(path)-len(deleted)]
	}
	return path, err
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

// Getwd returns a rooted path name of the current directory: $PWD if it names the same
// directory as ".", else the kernel's.
func Getwd() (dir string, err error) {
	dot, err := Stat(".")
	if err != nil {
		return "", err
	}
	dir = Getenv("PWD")
	if len(dir) > 0 && dir[0] == '/' {
		if d, err := Stat(dir); err == nil && SameFile(dot, d) {
			return dir, nil
		}
	}
	s, e := getcwd()
	return s, NewSyscallError("getwd", errnoErr(e))
}
