package main

import (
	"fmt"
	"strings"
)

type Tree[T any] struct {
	root *node[T]
	less func(a, b T) bool
	size int
}

type node[T any] struct {
	val         T
	left, right *node[T]
}

func NewTree[T any](less func(a, b T) bool) *Tree[T] {
	return &Tree[T]{less: less}
}

func (t *Tree[T]) Insert(v T) bool {
	p := &t.root
	for *p != nil {
		switch {
		case t.less(v, (*p).val):
			p = &(*p).left
		case t.less((*p).val, v):
			p = &(*p).right
		default:
			return false
		}
	}
	*p = &node[T]{val: v}
	t.size++
	return true
}

func (t *Tree[T]) Contains(v T) bool {
	n := t.root
	for n != nil {
		if t.less(v, n.val) {
			n = n.left
		} else if t.less(n.val, v) {
			n = n.right
		} else {
			return true
		}
	}
	return false
}

func (n *node[T]) walk(f func(T)) {
	if n == nil {
		return
	}
	n.left.walk(f)
	f(n.val)
	n.right.walk(f)
}

func (n *node[T]) height() int {
	if n == nil {
		return 0
	}
	l, r := n.left.height(), n.right.height()
	if l > r {
		return l + 1
	}
	return r + 1
}

func (t *Tree[T]) InOrder() []T {
	var out []T
	t.root.walk(func(v T) { out = append(out, v) })
	return out
}

type Person struct {
	Name string
	Age  int
}

func main() {
	it := NewTree(func(a, b int) bool { return a < b })
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 30, 50} {
		fmt.Print(it.Insert(v), " ")
	}
	fmt.Println()
	fmt.Println(it.InOrder(), it.size, it.root.height())
	fmt.Println(it.Contains(60), it.Contains(65))
	fmt.Printf("%T %T\n", it, it.root)

	rev := NewTree(func(a, b string) bool { return a > b })
	for _, w := range strings.Fields("the quick brown fox jumps over the lazy dog") {
		rev.Insert(w)
	}
	fmt.Println(rev.InOrder(), rev.size)

	byLen := NewTree(func(a, b string) bool { return len(a) < len(b) })
	for _, w := range strings.Fields("a bb ccc dd e ffff") {
		fmt.Print(byLen.Insert(w), " ")
	}
	fmt.Println(byLen.InOrder())

	people := NewTree(func(a, b Person) bool {
		if a.Age != b.Age {
			return a.Age < b.Age
		}
		return a.Name < b.Name
	})
	people.Insert(Person{"Ann", 30})
	people.Insert(Person{"Bob", 25})
	people.Insert(Person{"Cid", 30})
	people.Insert(Person{"Ann", 30})
	fmt.Printf("%+v %d\n", people.InOrder(), people.size)
	fmt.Println(people.Contains(Person{"Cid", 30}), people.Contains(Person{"Cid", 31}))

	ft := NewTree[float64](func(a, b float64) bool { return a < b })
	for i := 10; i > 0; i-- {
		ft.Insert(float64(i) / 4)
	}
	fmt.Println(ft.InOrder(), ft.root.height())
}
