// Package variables with constant initializers hold their values before any other
// initializer runs (gc makes them static data), even for code the dependency order does
// not see: a String method reached through fmt.Sprint. The others in dependency order,
// one variable at a time even within one spec.
package main

import "fmt"

type T struct{ n int }

func (t T) String() string { return fmt.Sprint("T#", t.n, " k=", k, " name=", name) }

var s = fmt.Sprint(T{3})
var k = 9
var name = "static"

var a, b = c + 1, 2
var c = b * 10

func f() int { return q }

var p = f()
var q = 5

func main() {
	fmt.Println(s)
	fmt.Println(a, b, c, p, q, k, name)
}
