// The decls session's expected stdout, printed by go itself: each value as the REPL shows
// it, in the order the session computes it (see values.oracle.go for the format).
package main

import "fmt"

func show(v interface{}, typ string) {
	switch v.(type) {
	case int, float64:
		fmt.Printf("%v  // %s\n", v, typ)
	default:
		fmt.Printf("%#v  // %s\n", v, typ)
	}
}

type Shape interface{ Area() float64 }
type Rect struct{ W, H float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r *Rect) Scale(k float64)   { r.W *= k; r.H *= k }

type Perim interface{ Perimeter() float64 }

func main() {
	double := func(n int) int { return n * 2 }
	show(double(21), "int")
	count := 0
	inc := func() int {
		count++
		return count
	}
	show(inc(), "int")
	show(inc(), "int")
	show(count, "int")
	report := func() string { return fmt.Sprint("count=", count) }
	show(report(), "string")
	double = func(n int) int { return n * 200 }
	show(double(1), "int")
	// `count := "shadowed"` declares a new session variable; the closures keep the old one
	shadow := "shadowed"
	show(shadow, "string")
	show(report(), "string")
	show(inc(), "int")
	var s Shape = Rect{2, 3}
	show(s.Area(), "float64")
	show(Rect{1, 1}.Perimeter(), "float64")
	var p Perim = Rect{2, 5}
	show(p.Perimeter(), "float64")
	r := &Rect{1, 2}
	r.Scale(3)
	show(*r, "main.Rect")
	const Big = 1 << 62
	show(Big/1024, "int")
	a := 10
	b := a * 3
	show(a+b, "int")
	total := 0
	for _, n := range []int{5, 3, 8} {
		total += n
	}
	show(total, "int")
	m := map[string][]int{}
	m["x"] = append(m["x"], 1, 2)
	show(m, "map[string][]int")
}
