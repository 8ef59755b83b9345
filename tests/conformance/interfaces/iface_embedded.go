package main

import (
	"fmt"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}
type ReadWriteCloser interface {
	ReadWriter
	Close() error
}

type Buffer struct {
	data   []string
	closed bool
}

func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *Buffer) Write(s string) int { b.data = append(b.data, s); return len(s) }
func (b *Buffer) Close() error      { b.closed = true; return nil }

func copyAll(dst Writer, src Reader) int {
	n := 0
	for s := src.Read(); s != ""; s = src.Read() {
		n += dst.Write(strings.ToUpper(s))
	}
	return n
}

func main() {
	src := &Buffer{}
	var w Writer = src
	w.Write("hello")
	w.Write("world")
	dst := &Buffer{}
	fmt.Println(copyAll(dst, src), dst.data)
	var rwc ReadWriteCloser = dst
	var rw ReadWriter = rwc
	var r Reader = rw
	fmt.Println(r.Read(), rw.Read(), rwc.Close(), dst.closed)
	_, ok := r.(Writer)
	fmt.Println("reader is writer:", ok)
	_, ok = r.(interface{ Flush() })
	fmt.Println("reader has Flush:", ok)
	fmt.Printf("%T\n", r)
}
