package main

import "fmt"

type Stack[T any] struct {
	items []T
}

// Receiver renames the type parameter.
func (s *Stack[U]) Push(v U) {
	s.items = append(s.items, v)
}

func (s *Stack[E]) Pop() (E, bool) {
	var zero E
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s Stack[T]) Peek() (T, bool) {
	if len(s.items) == 0 {
		var zero T
		return zero, false
	}
	return s.items[len(s.items)-1], true
}

// Receiver with blank type parameter name.
func (s Stack[_]) Len() int { return len(s.items) }

func NewStack[T any](xs ...T) *Stack[T] {
	s := &Stack[T]{}
	for _, x := range xs {
		s.Push(x)
	}
	return s
}

type IntStack = Stack[int]

type Frame struct {
	Fn   string
	Line int
}

func main() {
	var s IntStack
	fmt.Printf("%T %v len=%d\n", s, s, s.Len())
	for i := 1; i <= 5; i++ {
		s.Push(i * i)
		top, _ := s.Peek()
		fmt.Println("push", i*i, "top", top, "len", s.Len())
	}
	for {
		v, ok := s.Pop()
		if !ok {
			fmt.Println("empty", v, ok)
			break
		}
		fmt.Println("pop", v)
	}

	var t Stack[int] = s
	fmt.Printf("%T %v\n", t, t.Len())

	ss := NewStack("a", "b", "c")
	fmt.Printf("%T %v\n", ss, *ss)
	top, _ := ss.Peek()
	fmt.Println(top, ss.Len())
	ss.Pop()
	fmt.Printf("%+v\n", *ss)

	fs := NewStack(Frame{"main", 10}, Frame{"f", 20})
	f, _ := fs.Pop()
	fmt.Printf("%T %+v\n", f, f)
	fmt.Printf("%T\n", fs)

	nested := NewStack[*Stack[int]](NewStack(1, 2), NewStack(3))
	inner, _ := nested.Pop()
	fmt.Printf("%T %v\n", inner, inner.items)
	inner, _ = nested.Pop()
	fmt.Println(inner.items, nested.Len())

	var fl Stack[float64]
	v, ok := fl.Pop()
	fmt.Println(v, ok)
	push := fl.Push
	push(1.5)
	push(2.5)
	fmt.Printf("%T %v\n", push, fl.items)
	pop := (*Stack[float64]).Pop
	fmt.Printf("%T\n", pop)
	fmt.Println(pop(&fl))
}
