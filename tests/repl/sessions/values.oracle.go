// The values session's expected stdout, printed by go itself: each value as the REPL
// shows it, fmt's %v for numbers and %#v for the rest, then its static type as %T
// writes types.
package main

import (
	"errors"
	"fmt"
	"time"
)

type P struct {
	A, B int
	S    string
}

func show(v interface{}, typ string) {
	switch v.(type) {
	case int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64, uintptr, float32, float64, time.Duration:
		fmt.Printf("%v  // %s\n", v, typ)
	default:
		fmt.Printf("%#v  // %s\n", v, typ)
	}
}

func pair() (int, string) { return 7, "seven" }

func main() {
	show(42, "int")
	show(-7/2, "int")
	show(1<<40, "int")
	show(3.25, "float64")
	show(1e100, "float64")
	show('a', "int32")
	show("hi\tthere", "string")
	show(`raw`, "string")
	show(true && false, "bool")
	x := uint8(200)
	show(x+100, "uint8")
	show(P{1, 2, "s"}, "main.P")
	show(&P{A: 3}, "*main.P")
	show([]int{1, 2, 3}, "[]int")
	show([2]bool{true}, "[2]bool")
	show(map[string]int{"b": 2, "a": 1}, "map[string]int")
	show([]string(nil), "[]string")
	var e error
	show(e, "error")
	show(struct{ X, Y float64 }{1.5, -2}, "struct { X float64; Y float64 }")
	a, b := pair()
	show(a, "int")
	show(b, "string")
	show(2*time.Second, "time.Duration")
	show(errors.New("bad"), "error")
	var i interface{} = 3
	show(i, "interface {}")
	show(len("héllo"), "int")
}
