// Package initialization order when variables share one initializer (`var a, b = f()`):
// the initializer's references count for all of them, so what it needs is initialized
// first, however the declarations are ordered (crypto/internal/edwards25519's tables
// once read nil through this).
package main

import "fmt"

type P struct{ x *int }

var identity, _ = new(P).Set(5)

var pair, _ = mk()

func mk() (*P, error) { return new(P).Set(10) }

func (p *P) Set(v int) (*P, error) {
	y := v + *one
	p.x = &y
	trace = append(trace, fmt.Sprint("Set ", v))
	return p, nil
}

var _, second = split(*one + 40)

func split(v int) (int, int) { trace = append(trace, "split"); return v, v + 1 }

var one = newOne()

var trace []string

func newOne() *int {
	trace = append(trace, "one")
	v := 1
	return &v
}

func main() {
	fmt.Println(*identity.x, *pair.x, second)
	fmt.Println(trace)
}
