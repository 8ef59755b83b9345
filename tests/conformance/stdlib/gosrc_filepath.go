// path/filepath, compiled from Go's source over golite's os: the lexical functions, and
// Walk, WalkDir, Glob, Abs, Rel and EvalSymlinks on a temporary tree (printed as TMP).
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

var tmp string

func show(v ...any) {
	s := fmt.Sprintln(v...)
	fmt.Print(strings.ReplaceAll(s, tmp, "TMP"))
}

func main() {
	for _, p := range []string{"", ".", "/", "a/b/../c", "//a//b/", "../../x", "/../x", "a/./b/.", "abc/..", "x/y/"} {
		dir, file := filepath.Split(p)
		fmt.Printf("%q clean=%q base=%q dir=%q ext=%q split=%q,%q abs=%v\n", p, filepath.Clean(p),
			filepath.Base(p), filepath.Dir(p), filepath.Ext(p), dir, file, filepath.IsAbs(p))
	}
	fmt.Println(filepath.Join("a", "b", "../c", "/d"), filepath.Join("", ""), filepath.Join("/", "x"), filepath.Join())
	fmt.Println(filepath.Ext("a.tar.gz"), filepath.Ext("a/b.c/d"), filepath.Ext(".hidden"))
	fmt.Println(filepath.SplitList("/a:/b::/c"), len(filepath.SplitList("")))
	fmt.Println(filepath.ToSlash("a/b"), filepath.FromSlash("a/b"), filepath.VolumeName("/x"), string(filepath.Separator), string(filepath.ListSeparator))
	for _, c := range [][2]string{{"*.go", "main.go"}, {"a?c", "abc"}, {"[a-c]x", "bx"}, {"[^a-c]x", "bx"}, {"a/*", "a/b/c"}, {"\\*", "*"}, {"[", "a"}, {"a[", "a"}} {
		ok, err := filepath.Match(c[0], c[1])
		fmt.Println(c[0], c[1], ok, err)
	}
	for _, c := range [][2]string{{"/a/b", "/a/b/c/d"}, {"/a/b/c", "/a/x"}, {"a", "a"}, {"a/b", "c"}, {"/a", "b"}, {"../a", "b"}} {
		r, err := filepath.Rel(c[0], c[1])
		fmt.Printf("rel(%s, %s) = %q %v\n", c[0], c[1], r, err)
	}

	var err error
	tmp, err = os.MkdirTemp("", "golite-filepath")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(tmp)
	for _, d := range []string{"a/b/c", "a/d", "e"} {
		os.MkdirAll(filepath.Join(tmp, d), 0755)
	}
	for _, f := range []string{"a/1.txt", "a/b/2.go", "a/b/c/3.txt", "a/d/4.go", "e/5.txt", "top.go"} {
		os.WriteFile(filepath.Join(tmp, f), []byte(f), 0644)
	}
	os.Symlink("a/b", filepath.Join(tmp, "lnk"))
	os.Symlink("../e/5.txt", filepath.Join(tmp, "a/five"))

	// Walk: lexical order, Lstat infos, SkipDir.
	err = filepath.Walk(tmp, func(path string, info fs.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(tmp, path)
		show("walk", rel, info.IsDir(), info.Mode().Type())
		if info.IsDir() && info.Name() == "d" {
			return filepath.SkipDir
		}
		return nil
	})
	show("walk done", err)
	err = filepath.Walk(filepath.Join(tmp, "missing"), func(path string, info fs.FileInfo, err error) error {
		show("walk missing:", path, info == nil, err)
		return err
	})
	show(err)

	// WalkDir: DirEntry types, an error stops it.
	stop := errors.New("stop here")
	err = filepath.WalkDir(tmp, func(path string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(tmp, path)
		name := d.Name()
		if path == tmp {
			name = "(root)" // the temp directory's random name
		}
		show("walkdir", rel, name, d.IsDir(), d.Type())
		if d.Name() == "c" {
			return stop
		}
		return nil
	})
	show("walkdir done", err, err == stop)

	// Glob.
	for _, pat := range []string{"*.go", "a/*", "a/*/*.go", "*/[bd]", "nomatch*", "[", "lnk/*"} {
		m, err := filepath.Glob(filepath.Join(tmp, pat))
		show("glob", pat, m, err)
	}

	// Abs, EvalSymlinks.
	wd, _ := os.Getwd()
	os.Chdir(tmp)
	abs, err := filepath.Abs("a/../e")
	show(abs, err)
	abs, _ = filepath.Abs("/x/../y")
	show(abs)
	for _, p := range []string{"lnk", "lnk/c/3.txt", "a/five", "a/b/../d", "missing", "lnk/../top.go"} {
		r, err := filepath.EvalSymlinks(p)
		show("eval", p, r, err)
	}
	r, err := filepath.EvalSymlinks(filepath.Join(tmp, "lnk", "2.go"))
	show(r, err)
	os.Chdir(wd)
}
