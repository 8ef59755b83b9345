// A value held indirectly whose size is not a whole number of words ([2049]byte), as an
// unnamed result of a function with defer, asserted and sent on a channel.
package main

import "fmt"

type Odd [2049]byte

func make1() Odd {
	defer func() {}()
	var o Odd
	o[2048] = 7
	return o
}

func pass(o Odd) (Odd, int) {
	defer func() {}()
	o[0] = 1
	return o, int(o[2048])
}

func main() {
	a := make1()
	b, n := pass(a)
	fmt.Println(a[2048], b[0], b[2048], n, a == b)
	var i interface{} = b
	c := i.(Odd)
	fmt.Println(c[0], c == b)
	ch := make(chan Odd, 1)
	ch <- c
	d := <-ch
	fmt.Println(d[2048], len(d))
}
