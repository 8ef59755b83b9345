package main

import (
	"fmt"
	"io"
	"strings"
)

type Foo struct{ n int }

func (Foo) Blank() {}

type Blanker interface{ Blank() }

type Closer interface{ Close() error }

type rc struct{ io.Reader }

func (rc) Close() error { return nil }

func main() {
	// an empty interface compared with a non-empty one holding the same value
	var p Blanker = Foo{1}
	var y any = p
	fmt.Println(y == p, p == y, y != p)
	var z any = Foo{2}
	fmt.Println(z == p, p != z)
	// two different non-empty interface types
	r := rc{strings.NewReader("x")}
	var rd io.Reader = r
	var cl Closer = r
	var rcl io.ReadCloser = r
	fmt.Println(any(rd) == any(cl), rcl == rd, rd == rcl)
	// assertions to interface{}: any value but nil
	x, ok := p.(any)
	fmt.Println(x, ok, x == p)
	var e any
	_, ok = e.(interface{})
	fmt.Println(ok)
	switch v := y.(type) {
	case interface{}:
		fmt.Println("interface{}", v)
	}
	var nilB Blanker
	switch nilB.(type) {
	case interface{}:
		fmt.Println("not reached")
	default:
		fmt.Println("nil matches no interface case")
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = e.(interface{})
}
