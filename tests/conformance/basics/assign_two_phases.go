// The spec's two phases of an assignment: first the operands of index expressions and
// pointer indirections on the left and the expressions on the right, in the usual order;
// then the assignments, left to right, each with its own checks. So a pointer or slice
// changed by an earlier assignment of the same statement is not the one used, and a
// panicking assignment leaves the earlier ones done.
package main

import "fmt"

func two() (*int, int) { return nil, 42 }

type T struct{ i int }

func main() {
	old := new(int)
	p := old
	p, *p = two()
	fmt.Println(p == nil, *old)

	var x T
	q := &x
	q, q.i = new(T), 4
	fmt.Println(x.i, q.i)

	s := []int{1, 2, 3}
	t := []int{7, 8, 9}
	s, s[0] = t, 100
	fmt.Println(s, t)

	i := 0
	a := []int{10, 20, 30}
	i, a[i] = 2, 99
	fmt.Println(i, a)

	m := map[int]int{}
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil, len(m), m[2]) }()
		var e []int
		m[2], e[1] = 2, 2
	}()

	m2 := map[int]int{}
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil, len(m2), m2[2]) }()
		var np *T
		m2[2], np.i = 3, 2
	}()

	m3 := map[int]int{}
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil, len(m3), m3[2]) }()
		var ip *int
		m3[2], *ip = 42, 2
	}()

	var iface interface{}
	b := new(bool)
	ob := b
	b, *b = iface.(*bool)
	fmt.Println(b == nil, *ob)
}
