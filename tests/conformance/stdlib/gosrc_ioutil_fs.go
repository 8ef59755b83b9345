// io/ioutil and io/fs, compiled from Go's source over golite's os: ioutil's file helpers,
// and fs's WalkDir, ReadFile, ReadDir, Glob, Stat, Sub and ValidPath over os.DirFS on a
// temporary tree (printed as TMP).
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"io/ioutil"
	"os"
	"strings"
)

var tmp string

func show(v ...any) {
	s := fmt.Sprintln(v...)
	fmt.Print(strings.ReplaceAll(s, tmp, "TMP"))
}

func main() {
	var err error
	tmp, err = ioutil.TempDir("", "golite-ioutil-*")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(tmp)

	// ioutil.
	show(ioutil.WriteFile(tmp+"/one.txt", []byte("first file\n"), 0644))
	os.Chmod(tmp+"/one.txt", 0644) // whatever the umask
	show(ioutil.WriteFile(tmp+"/nope/x", nil, 0644))
	b, err := ioutil.ReadFile(tmp + "/one.txt")
	show(string(b), err)
	_, err = ioutil.ReadFile(tmp + "/missing")
	show(err, os.IsNotExist(err))
	os.Mkdir(tmp+"/dir", 0755)
	ioutil.WriteFile(tmp+"/dir/z.go", []byte("package z\n"), 0600)
	ioutil.WriteFile(tmp+"/dir/a.md", []byte("# a\n"), 0600)
	os.Mkdir(tmp+"/dir/sub", 0755)
	ioutil.WriteFile(tmp+"/dir/sub/deep.txt", []byte("deep"), 0600)
	infos, err := ioutil.ReadDir(tmp + "/dir")
	for _, fi := range infos {
		show(fi.Name(), fi.IsDir(), fi.Mode().Type())
	}
	show(err)
	_, err = ioutil.ReadDir(tmp + "/missing")
	show(err)
	tf, err := ioutil.TempFile(tmp, "tmp*.dat")
	show(strings.HasPrefix(tf.Name(), tmp+"/tmp"), strings.HasSuffix(tf.Name(), ".dat"), err)
	tf.WriteString("temp data")
	tf.Close()
	all, err := ioutil.ReadAll(strings.NewReader("read it all"))
	show(string(all), err)
	rc := ioutil.NopCloser(strings.NewReader("nop"))
	show(rc.Close())
	n, err := io.Copy(ioutil.Discard, strings.NewReader("discarded"))
	show(n, err)
	n2, err := fmt.Fprint(ioutil.Discard, "x")
	show(n2, err)

	// io/fs over os.DirFS.
	fsys := os.DirFS(tmp)
	for _, p := range []string{"a", "a/b", ".", "", "/a", "a/", "../a", "a/../b", "a//b", "a/./b"} {
		fmt.Printf("ValidPath(%q) = %v\n", p, fs.ValidPath(p))
	}
	err = fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if strings.HasPrefix(path, "tmp") {
			return nil // the temp file's name is random
		}
		show("walk", path, d.IsDir(), d.Type())
		if d.Name() == "sub" {
			return fs.SkipDir
		}
		return nil
	})
	show("walk done", err)
	err = fs.WalkDir(fsys, "missing", func(path string, d fs.DirEntry, err error) error {
		show("walk missing", path, d == nil, err)
		return nil
	})
	show(err)
	data, err := fs.ReadFile(fsys, "dir/sub/deep.txt")
	show(string(data), err)
	_, err = fs.ReadFile(fsys, "dir/none")
	show(err)
	_, err = fs.ReadFile(fsys, "/abs")
	show(err, errors.Is(err, fs.ErrInvalid))
	ents, err := fs.ReadDir(fsys, "dir")
	for _, e := range ents {
		show("readdir", e.Name(), e.IsDir())
	}
	show(err)
	m, err := fs.Glob(fsys, "dir/*.go")
	show(m, err)
	m, err = fs.Glob(fsys, "*/*")
	show(m, err)
	_, err = fs.Glob(fsys, "[")
	show(err, err.Error())
	fi, err := fs.Stat(fsys, "one.txt")
	show(fi.Name(), fi.Size(), fi.Mode(), err)
	_, err = fs.Stat(fsys, "none")
	show(err)
	sub, err := fs.Sub(fsys, "dir")
	show(err)
	data, err = fs.ReadFile(sub, "sub/deep.txt")
	show(string(data), err)
	_, err = fs.Sub(fsys, "../x")
	show(err)
	f, err := fsys.Open("dir")
	show(err)
	if rd, ok := f.(fs.ReadDirFile); ok {
		es, err := rd.ReadDir(-1)
		show("ReadDirFile", len(es), err)
	}
	f.Close()
	var pe *fs.PathError
	_, err = fsys.Open("a/../b")
	show(err, errors.As(err, &pe), pe.Op)
	show(fs.ErrNotExist, fs.ErrExist, fs.ErrPermission, fs.ErrClosed, fs.ErrInvalid, fs.SkipDir)
	show(fs.FileInfoToDirEntry(fi).Name(), fs.FileInfoToDirEntry(nil) == nil)
}
