// Values larger than a frame's registers (70,000 words and more) passed, returned,
// asserted, compared, sent, stored in maps, ranged over and deferred, as Go runs them.
package main

import (
	"fmt"
	"reflect"
)

type Big [70000]int

type Rec struct {
	Name string
	Data Big
	Ptr  *int
}

func fill(seed int) Big {
	var b Big
	for i := range b {
		b[i] = i*seed + 1
	}
	return b
}

func sum(b Big) int {
	s := 0
	for _, v := range b {
		s += v
	}
	b[0] = -1 // the caller's copy is not changed
	return s
}

func swap(a, b Big) (Big, Big) { return b, a }

func (b Big) First() int     { return b[0] }
func (b *Big) Bump()         { b[0]++ }
func (r Rec) Describe() string { return fmt.Sprintf("%s:%d:%d", r.Name, r.Data[1], *r.Ptr) }

type Firster interface{ First() int }

func named() (r Big) {
	defer func() { r[2] = 42 }()
	r[1] = 7
	return
}

func unnamed() Big {
	defer func() { recover() }()
	var b Big
	b[3] = 3
	if b[3] == 3 {
		panic("boom")
	}
	return b
}

func variadic(bs ...Big) int {
	t := 0
	for _, b := range bs {
		t += b[1]
	}
	return t
}

func generic[T any](x T) T { return x }

type Small [300]int

func main() {
	a := fill(2)
	b := fill(3)
	fmt.Println(sum(a), a[0], a[69999])

	x, y := swap(a, b)
	fmt.Println(x[1], y[1])
	a, b = b, a
	fmt.Println(a[1], b[1])

	var f Firster = a
	fmt.Println(f.First())
	c := f.(Big)
	c[0] = 100
	fmt.Println(c[0], a[0], f.First())
	if _, ok := f.(interface{ Bump() }); !ok {
		fmt.Println("value in interface has no pointer methods")
	}
	var e interface{} = b
	d, ok := e.(Big)
	fmt.Println(d[1], ok)
	s, ok := e.(Small)
	fmt.Println(len(s), ok)
	switch v := e.(type) {
	case Small:
		fmt.Println("small", v[0])
	case Big:
		v[0] = 9
		fmt.Println("big", v[0], v[1], b[0])
	}

	fmt.Println(a == b, a != b, c == a, x == b)
	a2 := a
	fmt.Println(a2 == a)
	a2[69999] = 0
	fmt.Println(a2 == a, e == interface{}(b), e == interface{}(a))

	m := map[string]Big{}
	m["a"] = a
	m["b"] = b
	v := m["a"]
	v[1] = -5
	fmt.Println(m["a"][1], v[1], len(m))
	if w, ok := m["zz"]; !ok {
		fmt.Println("missing", w[1])
	}
	mk := map[Big]string{a: "A", b: "B"}
	fmt.Println(mk[a], mk[b], len(mk))
	delete(mk, a)
	fmt.Println(len(mk), mk[a] == "")
	for k, v := range mk {
		fmt.Println(k[1], v)
	}

	sl := []Big{a, b}
	sl = append(sl, c)
	fmt.Println(len(sl), sl[2][0], sl[0][1])
	for i, v := range sl {
		v[1] = 0
		fmt.Println(i, v[1], sl[i][1])
	}
	arr := [2]Big{a, b}
	fmt.Println(arr[1][1])

	p := &a
	p.Bump()
	q := *p
	q.Bump()
	fmt.Println(a[0], q[0], a.First(), p.First())

	n := 5
	r := Rec{Name: "r", Data: a, Ptr: &n}
	r2 := r
	r2.Data[1] = 77
	fmt.Println(r.Describe(), r2.Describe(), r == r2)
	g := r.Describe
	r.Name = "changed"
	fmt.Println(g())
	mv := Big.First
	fmt.Println(mv(b))

	fmt.Println(named()[1], named()[2], unnamed()[3])
	fmt.Println(variadic(a, b, c))
	fmt.Println(generic(b)[1], generic(r).Name)

	done := make(chan int)
	go func(v Big) {
		done <- v[1]
	}(b)
	fmt.Println(<-done)
	for i := 0; i < 3; i++ {
		defer func(v Big, i int) { fmt.Println("deferred", i, v[1]) }(a, i)
	}
	a[1] = 1234

	rv := reflect.ValueOf(sum)
	out := rv.Call([]reflect.Value{reflect.ValueOf(b)})
	fmt.Println(out[0].Int())
	out = reflect.ValueOf(swap).Call([]reflect.Value{reflect.ValueOf(a), reflect.ValueOf(b)})
	fmt.Println(out[0].Index(1).Int(), out[1].Index(1).Int())
	fmt.Println(reflect.ValueOf(a).Index(69999).Int(), reflect.TypeOf(a).Size())

	type Pair struct{ L, R Small }
	ch := make(chan Small, 2)
	var sm Small
	sm[299] = 5
	ch <- sm
	sm[299] = 6
	ch <- sm
	got := <-ch
	got2, ok2 := <-ch
	fmt.Println(got[299], got2[299], ok2)
	close(ch)
	got3, ok3 := <-ch
	fmt.Println(got3[299], ok3)
	ch2 := make(chan Small)
	go func() {
		var z Small
		z[0] = 11
		ch2 <- z
		z[0] = 12
		ch2 <- z
		close(ch2)
	}()
	select {
	case v := <-ch2:
		fmt.Println("select", v[0])
	}
	for v := range ch2 {
		fmt.Println("range", v[0])
	}
	pr := Pair{L: sm}
	fmt.Println(pr.L[299], pr == Pair{L: sm})
}
