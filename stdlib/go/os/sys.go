package os

import "syscall"

// The system calls, natives in stdlib/os.cpp. Each returns the C errno as e (0: success);
// the Go side above wraps it in Go's error for the operation.

func runtime_nargs() int
func runtime_arg(i int) string

func open(name string, flag int, perm uint32) (fd int, e int)
func closeFd(fd int) (e int)
func read(fd int, b []byte) (n int, e int)
func write(fd int, b []byte) (n int, e int)
func writeString(fd int, s string) (n int, e int)
func pread(fd int, b []byte, off int64) (n int, e int)
func pwrite(fd int, b []byte, off int64) (n int, e int)
func seek(fd int, off int64, whence int) (ret int64, e int)
func fsync(fd int) (e int)
func ftruncate(fd int, size int64) (e int)
func fchmod(fd int, mode uint32) (e int)
func fchown(fd int, uid, gid int) (e int)
func fchdir(fd int) (e int)
func getdents(fd int, buf []byte) (n int, e int)

// readFile reads the whole file; opened says whether e is open's errno or read's.
func readFile(name string) (data []byte, e int, opened bool)

func stat(name string, st *syscall.Stat_t) (e int)
func lstat(name string, st *syscall.Stat_t) (e int)
func fstat(fd int, st *syscall.Stat_t) (e int)
func mkdir(name string, perm uint32) (e int)
func unlink(name string) (e int)
func rmdir(name string) (e int)
func rename(oldname, newname string) (e int)
func link(oldname, newname string) (e int)
func symlink(oldname, newname string) (e int)
func readlink(name string, buf []byte) (n int, e int)
func chmod(name string, mode uint32) (e int)
func chown(name string, uid, gid int, follow bool) (e int)
func chdir(name string) (e int)
func truncate(name string, size int64) (e int)
func utimes(name string, atimeNsec, mtimeNsec int64) (e int)
func getcwd() (dir string, e int)

func lookupEnv(key string) (string, bool)
func setenv(key, value string) (e int)
func unsetenv(key string) (e int)
func clearenv()

// fastrand is a random uint32 (for temporary names).
func fastrand() uint32
