package main

import "fmt"

type Node[T any] struct {
	Val  T
	Next *Node[T]
}

type List[T any] struct {
	head *Node[T]
	tail *Node[T]
	size int
}

func (l *List[T]) PushBack(v T) {
	n := &Node[T]{Val: v}
	if l.tail == nil {
		l.head = n
	} else {
		l.tail.Next = n
	}
	l.tail = n
	l.size++
}

func (l *List[T]) PushFront(v T) {
	l.head = &Node[T]{Val: v, Next: l.head}
	if l.tail == nil {
		l.tail = l.head
	}
	l.size++
}

func (l *List[T]) Each(f func(int, T)) {
	i := 0
	for n := l.head; n != nil; n = n.Next {
		f(i, n.Val)
		i++
	}
}

func (l *List[T]) Slice() []T {
	out := make([]T, 0, l.size)
	l.Each(func(_ int, v T) { out = append(out, v) })
	return out
}

func (l *List[T]) Reverse() {
	var prev *Node[T]
	l.tail = l.head
	for n := l.head; n != nil; {
		next := n.Next
		n.Next = prev
		prev = n
		n = next
	}
	l.head = prev
}

func FromSlice[T any](xs []T) *List[T] {
	l := &List[T]{}
	for _, x := range xs {
		l.PushBack(x)
	}
	return l
}

func MapList[T, U any](l *List[T], f func(T) U) *List[U] {
	out := &List[U]{}
	l.Each(func(_ int, v T) { out.PushBack(f(v)) })
	return out
}

func main() {
	var l List[int]
	fmt.Println(l.size, l.head == nil, l.Slice())
	for i := 0; i < 4; i++ {
		l.PushBack(i * 10)
	}
	l.PushFront(-1)
	fmt.Println(l.size, l.Slice())
	l.Each(func(i int, v int) { fmt.Printf("[%d]=%d ", i, v) })
	fmt.Println()
	l.Reverse()
	fmt.Println(l.Slice(), l.head.Val, l.tail.Val)

	sl := FromSlice([]string{"x", "y", "z"})
	fmt.Printf("%T %T %v\n", sl, sl.head, sl.Slice())
	fmt.Printf("%T %v\n", sl.head.Val, sl.head.Next.Val)

	lens := MapList(sl, func(s string) int { return len(s) * 100 })
	fmt.Printf("%T %v\n", lens, lens.Slice())
	strs := MapList(&l, func(i int) string { return fmt.Sprintf("<%d>", i) })
	fmt.Println(strs.Slice(), strs.size)

	n := &Node[float64]{Val: 1.5, Next: &Node[float64]{Val: 2.5}}
	fmt.Printf("%T %v %v %v\n", n, n.Val, n.Next.Val, n.Next.Next == nil)

	pairs := FromSlice([][2]int{{1, 2}, {3, 4}})
	pairs.Reverse()
	fmt.Println(pairs.Slice())
}
