package main

import (
	"archive/zip"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"strings"
)

func main() {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Name = "x.txt"
	io.WriteString(zw, strings.Repeat("hello gzip world ", 100))
	zw.Close()
	fmt.Println(buf.Len() < 200)
	zr, err := gzip.NewReader(&buf)
	fmt.Println(err, zr.Name)
	data, _ := io.ReadAll(zr)
	fmt.Println(len(data), string(data[:17]))

	var zb bytes.Buffer
	w := zip.NewWriter(&zb)
	for _, name := range []string{"a.txt", "b/c.txt"} {
		f, _ := w.Create(name)
		fmt.Fprintf(f, "content of %s\n", name)
	}
	w.Close()
	r, err := zip.NewReader(bytes.NewReader(zb.Bytes()), int64(zb.Len()))
	fmt.Println(err)
	for _, f := range r.File {
		rc, _ := f.Open()
		b, _ := io.ReadAll(rc)
		fmt.Printf("%s: %q\n", f.Name, b)
	}
	var arr [5]int
	n := 0
	for i := range arr {
		n += i
	}
	get := func() *[5]int { n += 100; return &arr }
	for range get() {
	}
	for i, v := range [3]string{"a", "b", "c"} {
		fmt.Print(i, v, " ")
	}
	fmt.Println(n)
	// Arrays larger than a frame's registers: ranged by index (not evaluated) and by
	// value (a copy, memory to memory).
	big.a[99999] = 7
	sum := 0
	for i := range big.a {
		sum += i
	}
	for _, v := range big.a {
		sum += v
	}
	fmt.Println(sum)
}

var big struct{ a [100000]int }
