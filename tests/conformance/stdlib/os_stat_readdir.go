// Package os on a temporary tree: Stat/Lstat/File.Stat and FileMode, ReadDir and the
// File's Readdir/Readdirnames/ReadDir in chunks, Seek/ReadAt/WriteAt/Truncate, links,
// Rename, Chmod/Chtimes, temp files, environment helpers, and Go's error texts. The temp
// directory's path differs per run: it is printed as TMP.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sort"
	"strings"
	"syscall"
	"time"
)

var tmp string

func show(v ...any) {
	s := fmt.Sprintln(v...)
	fmt.Print(strings.ReplaceAll(s, tmp, "TMP"))
}

func check(err error) {
	if err != nil {
		show("unexpected:", err)
	}
}

func info(fi os.FileInfo, err error) {
	if err != nil {
		show("error:", err)
		return
	}
	size := fmt.Sprint(fi.Size())
	if fi.IsDir() {
		size = "dir" // a directory's size is the file system's business
	}
	show(fi.Name(), size, fi.Mode(), fi.IsDir(), fi.Mode().IsRegular(), fi.Mode().Type())
}

func main() {
	var err error
	tmp, err = os.MkdirTemp("", "golite-os-*")
	check(err)
	defer os.RemoveAll(tmp)

	// A small tree with known modes.
	check(os.WriteFile(tmp+"/a.txt", []byte("hello, world\n"), 0600))
	check(os.Chmod(tmp+"/a.txt", 0644))
	check(os.Mkdir(tmp+"/sub", 0755))
	check(os.Chmod(tmp+"/sub", 0755))
	check(os.MkdirAll(tmp+"/sub/deep/er", 0700))
	check(os.WriteFile(tmp+"/sub/b.bin", make([]byte, 1000), 0600))
	check(os.Symlink("a.txt", tmp+"/link"))
	check(os.Symlink("nowhere", tmp+"/dangling"))

	info(os.Stat(tmp + "/a.txt"))
	info(os.Stat(tmp + "/sub"))
	info(os.Stat(tmp + "/link"))
	info(os.Lstat(tmp + "/link"))
	info(os.Lstat(tmp + "/dangling"))
	info(os.Stat(tmp + "/dangling"))
	info(os.Stat(tmp + "/nope"))
	info(os.Lstat(tmp + "/nope/x"))
	info(os.Stat(tmp + "/a.txt/x"))
	info(os.Stat(tmp + "/sub/"))
	fi, _ := os.Stat(tmp + "/a.txt")
	st := fi.Sys().(*syscall.Stat_t)
	show("sys:", st.Size, st.Mode&syscall.S_IFMT == syscall.S_IFREG, st.Nlink)
	fmt.Printf("%T %v\n", fi.Sys(), fi.Mode().Perm())

	// Modes as strings.
	for _, m := range []fs.FileMode{0, 0755, fs.ModeDir | 0700, fs.ModeSymlink | 0777, fs.ModeNamedPipe, fs.ModeSetuid | fs.ModeSticky | 0644, fs.ModeDevice | fs.ModeCharDevice | 0600, fs.ModeIrregular} {
		fmt.Println(m, m.IsDir(), m.IsRegular(), m.Perm(), uint32(m.Type()))
	}
	fmt.Println(os.ModePerm, os.ModeDir == fs.ModeDir, os.ModeType)

	// ReadDir: sorted, with types and infos.
	ents, err := os.ReadDir(tmp)
	check(err)
	for _, e := range ents {
		fi, err := e.Info()
		show(e.Name(), e.IsDir(), e.Type(), fi.Name(), fi.Mode(), err)
	}
	_, err = os.ReadDir(tmp + "/nope")
	show(err)
	_, err = os.ReadDir(tmp + "/a.txt")
	show(err)

	// A File's directory reads: in chunks until io.EOF (order is the directory's, so sort).
	for i := 0; i < 6; i++ {
		check(os.WriteFile(fmt.Sprintf("%s/sub/deep/f%d", tmp, i), []byte(strings.Repeat("x", i)), 0600))
	}
	d, err := os.Open(tmp + "/sub/deep")
	check(err)
	var names []string
	for {
		es, err := d.ReadDir(4)
		show("chunk", len(es), err)
		for _, e := range es {
			names = append(names, e.Name())
		}
		if err == io.EOF {
			break
		}
	}
	sort.Strings(names)
	show(names)
	es, err := d.ReadDir(0)
	show("after end:", len(es), es != nil, err)
	_, err = d.Seek(0, io.SeekStart)
	check(err)
	all, err := d.Readdirnames(-1)
	sort.Strings(all)
	show("readdirnames", all, err)
	d.Seek(0, io.SeekStart)
	fis, err := d.Readdir(0)
	sort.Slice(fis, func(i, j int) bool { return fis[i].Name() < fis[j].Name() })
	for _, fi := range fis {
		show(" ", fi.Name(), fi.Mode(), fi.IsDir())
	}
	more, err := d.Readdir(1)
	show("readdir at end:", len(more), more != nil, err)
	info(d.Stat())
	show(d.Close())
	_, err = d.ReadDir(1)
	show(err)
	_, err = d.Stat()
	show(err)
	f, _ := os.Open(tmp + "/a.txt")
	_, err = f.ReadDir(-1)
	show(err)
	f.Close()

	// Reading a directory as a file.
	d, _ = os.Open(tmp)
	_, err = d.Read(make([]byte, 10))
	show(err)
	d.Close()

	// Seek, ReadAt, WriteAt, Truncate, Sync on a read-write file.
	f, err = os.OpenFile(tmp+"/rw", os.O_RDWR|os.O_CREATE, 0600)
	check(err)
	n, err := f.WriteString("0123456789")
	show(n, err)
	pos, err := f.Seek(-4, io.SeekEnd)
	show("seek", pos, err)
	buf := make([]byte, 3)
	n, err = f.Read(buf)
	show(n, string(buf[:n]), err)
	pos, _ = f.Seek(0, io.SeekCurrent)
	show("at", pos)
	n, err = f.ReadAt(buf, 2)
	show(n, string(buf[:n]), err)
	n, err = f.ReadAt(buf, 8)
	show(n, string(buf[:n]), err)
	n, err = f.ReadAt(buf, -1)
	show(n, err)
	n, err = f.WriteAt([]byte("AB"), 4)
	show(n, err)
	n, err = f.WriteAt([]byte("Z"), -2)
	show(n, err)
	_, err = f.Seek(-1, io.SeekStart)
	show(err)
	check(f.Sync())
	check(f.Truncate(6))
	info(f.Stat())
	data, _ := os.ReadFile(tmp + "/rw")
	show(string(data))
	check(f.Chmod(0640))
	info(os.Stat(tmp + "/rw"))
	show(f.Name() == tmp+"/rw", f.Fd() > 2)
	show(f.Close())
	show(f.Close())
	_, err = f.Write([]byte("x"))
	show(err)
	_, err = f.Read(buf)
	show(err)
	_, err = f.Seek(0, 0)
	show(err)
	show(f.Sync(), f.Truncate(0), f.Fd() == ^uintptr(0))
	var nilf *os.File
	_, err = nilf.Read(buf)
	show(err, nilf.Close(), errors.Is(err, os.ErrInvalid))

	// O_APPEND forbids WriteAt.
	f, _ = os.OpenFile(tmp+"/rw", os.O_WRONLY|os.O_APPEND, 0)
	_, err = f.WriteAt([]byte("x"), 0)
	show(err)
	f.WriteString("app")
	f.Close()
	data, _ = os.ReadFile(tmp + "/rw")
	show(string(data))
	check(os.Truncate(tmp+"/rw", 2))
	data, _ = os.ReadFile(tmp + "/rw")
	show(string(data))
	show(os.Truncate(tmp+"/nope", 2))

	// Links, rename, times.
	target, err := os.Readlink(tmp + "/link")
	show(target, err)
	_, err = os.Readlink(tmp + "/a.txt")
	show(err)
	show(os.Symlink("x", tmp+"/link"))
	check(os.Link(tmp+"/a.txt", tmp+"/hard"))
	show(os.Link(tmp+"/nope", tmp+"/hard2"))
	fa, _ := os.Stat(tmp + "/a.txt")
	fh, _ := os.Stat(tmp + "/hard")
	fl, _ := os.Stat(tmp + "/link")
	fs2, _ := os.Stat(tmp + "/sub")
	show(os.SameFile(fa, fh), os.SameFile(fa, fl), os.SameFile(fa, fs2), fa.Sys().(*syscall.Stat_t).Nlink)
	check(os.Rename(tmp+"/hard", tmp+"/sub/moved"))
	info(os.Stat(tmp + "/sub/moved"))
	err = os.Rename(tmp+"/nope", tmp+"/x")
	show(err)
	var le *os.LinkError
	show(errors.As(err, &le), os.IsNotExist(err))
	show(os.Rename(tmp+"/a.txt", tmp+"/sub"))
	mt := time.Date(2020, 5, 17, 10, 30, 0, 0, time.UTC)
	check(os.Chtimes(tmp+"/a.txt", mt, mt))
	fa, _ = os.Stat(tmp + "/a.txt")
	show(fa.ModTime().UTC(), fa.ModTime().Equal(mt))
	show(os.Chtimes(tmp+"/nope", mt, mt))
	show(os.Chmod(tmp+"/nope", 0600))

	// Mkdir, Remove and friends, and how their errors test.
	err = os.Mkdir(tmp+"/sub", 0755)
	show(err, os.IsExist(err), errors.Is(err, fs.ErrExist))
	show(os.Mkdir(tmp+"/nope/x", 0755))
	show(os.MkdirAll(tmp+"/a.txt/x", 0755))
	show(os.MkdirAll(tmp+"/sub", 0755))
	err = os.Remove(tmp + "/sub")
	show(err, os.IsExist(err))
	err = os.Remove(tmp + "/nope")
	show(err, os.IsNotExist(err), errors.Is(err, fs.ErrNotExist), errors.Is(err, syscall.ENOENT))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		show(pe.Op, pe.Path, pe.Err, pe.Err == syscall.ENOENT)
	}
	fmt.Printf("%T %T\n", err, pe.Err)
	_, err = os.Open(tmp + "/nope")
	show(err)
	_, err = os.OpenFile(tmp+"/a.txt", os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0600)
	show(err, os.IsExist(err))
	show(os.RemoveAll(tmp+"/sub"), os.RemoveAll(tmp+"/sub"), os.RemoveAll(""))
	info(os.Stat(tmp + "/sub"))
	show(os.RemoveAll(tmp + "/."))

	// Temporary files and directories.
	tf, err := os.CreateTemp(tmp, "pre-*.txt")
	check(err)
	base := tf.Name()[len(tmp)+1:]
	show(strings.HasPrefix(base, "pre-"), strings.HasSuffix(base, ".txt"), len(base) > 8)
	fi, err = tf.Stat()
	show(fi.Mode(), fi.Size(), fi.Name() == base, err)
	tf.Close()
	tf, _ = os.CreateTemp(tmp, "plain")
	show(strings.HasPrefix(tf.Name(), tmp+"/plain"))
	tf.Close()
	_, err = os.CreateTemp(tmp, "a/b*")
	show(err)
	_, err = os.MkdirTemp(tmp+"/nope", "x*")
	show(err)
	_, err = os.CreateTemp(tmp+"/nope", "x*")
	show(strings.HasPrefix(err.Error(), "open "+tmp+"/nope/x"), os.IsNotExist(err))
	td, err := os.MkdirTemp(tmp, "d*")
	fi, _ = os.Stat(td)
	show(fi.Mode(), strings.HasPrefix(td, tmp+"/d"), err)

	// The working directory.
	old, err := os.Getwd()
	check(err)
	check(os.Chdir(tmp))
	wd, _ := os.Getwd()
	show("wd", wd)
	info(os.Stat("a.txt"))
	show(os.Chdir("nope"))
	check(os.Chdir(old))

	// DirFS.
	fsys := os.DirFS(tmp)
	b, err := fs.ReadFile(fsys, "a.txt")
	show(string(b), err)
	_, err = fsys.Open("../a.txt")
	show(err)
	_, err = fsys.Open("nope")
	show(err)
	fi, err = fs.Stat(fsys, "a.txt")
	show(fi.Name(), fi.Size(), err)

	// Environment.
	check(os.Setenv("GOLITE_OS_A", "alpha"))
	check(os.Setenv("GOLITE_OS_B", ""))
	show(os.Setenv("", "x"), os.Setenv("A=B", "x"))
	found := 0
	for _, kv := range os.Environ() {
		if kv == "GOLITE_OS_A=alpha" || kv == "GOLITE_OS_B=" {
			found++
		}
	}
	show("environ", found)
	show(os.ExpandEnv("$GOLITE_OS_A ${GOLITE_OS_A}x $GOLITE_OS_Bz $$ $ ${} ${GOLITE_OS_A $1 end$"))
	show(os.Expand("$x-${y}-$1-${*}-$@z", func(s string) string { return "<" + s + ">" }))
	check(os.Unsetenv("GOLITE_OS_A"))
	_, ok := os.LookupEnv("GOLITE_OS_A")
	v, ok2 := os.LookupEnv("GOLITE_OS_B")
	show(ok, v == "", ok2)
	os.Setenv("HOME", "/home/someone")
	os.Setenv("XDG_CACHE_HOME", "")
	os.Setenv("XDG_CONFIG_HOME", "/cfg")
	show(os.UserHomeDir())
	show(os.UserCacheDir())
	show(os.UserConfigDir())
	os.Unsetenv("HOME")
	show(os.UserHomeDir())
	show(os.UserCacheDir())
	os.Setenv("TMPDIR", "/some/tmp")
	show(os.TempDir())
	os.Clearenv()
	show(len(os.Environ()), os.Getenv("PATH") == "")
	os.Setenv("TMPDIR", tmp)
	os.Setenv("ONLY", "1")
	show(os.Environ(), os.TempDir())

	// Process facts and constants.
	show(os.Getpagesize(), os.Getuid() == os.Geteuid(), os.Getgid() == os.Getegid(), os.Getppid() > 0, os.Getpid() > 0)
	exe, err := os.Executable()
	show(exe != "", err)
	show(os.IsPathSeparator('/'), os.IsPathSeparator('\\'), string(os.PathSeparator), string(os.PathListSeparator), os.DevNull)
	show(os.ErrNotExist, os.ErrExist, os.ErrPermission, os.ErrClosed, os.ErrInvalid, os.ErrNotExist == fs.ErrNotExist)
	show(os.NewSyscallError("open", syscall.EACCES), os.NewSyscallError("x", nil) == nil, os.IsPermission(os.NewSyscallError("open", syscall.EACCES)))
	show(syscall.ENOENT, syscall.EEXIST, syscall.ENOTDIR, syscall.EISDIR, syscall.ENOTEMPTY, syscall.EINVAL, syscall.Errno(0))
	show(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_APPEND, os.O_CREATE, os.O_EXCL, os.O_SYNC, os.O_TRUNC, os.SEEK_END)
	show(os.Stdin.Name(), os.Stdout.Name(), os.Stderr.Fd())
}
