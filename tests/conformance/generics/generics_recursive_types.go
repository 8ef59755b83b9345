package main

import (
	"fmt"
	"strings"
)

// A rose tree: children are of the same instantiation.
type Rose[T any] struct {
	Val      T
	Children []*Rose[T]
}

func (r *Rose[T]) Add(v T) *Rose[T] {
	c := &Rose[T]{Val: v}
	r.Children = append(r.Children, c)
	return c
}

func (r *Rose[T]) Render(depth int, sb *strings.Builder) {
	fmt.Fprintf(sb, "%s%v\n", strings.Repeat("  ", depth), r.Val)
	for _, c := range r.Children {
		c.Render(depth+1, sb)
	}
}

func Fold[T, A any](r *Rose[T], acc A, f func(A, T) A) A {
	acc = f(acc, r.Val)
	for _, c := range r.Children {
		acc = Fold(c, acc, f)
	}
	return acc
}

// Self-referential constraint: T must be comparable to itself via a method.
type Lesser[T any] interface {
	Less(T) bool
}

type Age int

func (a Age) Less(b Age) bool { return a < b }

type Word string

func (w Word) Less(v Word) bool { return len(w) < len(v) }

func MinOf[T Lesser[T]](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x.Less(m) {
			m = x
		}
	}
	return m
}

// Mutually recursive generic types.
type Expr[T any] struct {
	Lit  *T
	Call *Call[T]
}

type Call[T any] struct {
	Op   string
	Args []Expr[T]
}

func Eval(e Expr[int]) int {
	if e.Lit != nil {
		return *e.Lit
	}
	r := 0
	if e.Call.Op == "*" {
		r = 1
	}
	for _, a := range e.Call.Args {
		if e.Call.Op == "+" {
			r += Eval(a)
		} else {
			r *= Eval(a)
		}
	}
	return r
}

func Lit[T any](v T) Expr[T] { return Expr[T]{Lit: &v} }

func main() {
	root := &Rose[string]{Val: "root"}
	a := root.Add("a")
	a.Add("a1")
	a.Add("a2")
	root.Add("b").Add("b1").Add("b11")
	var sb strings.Builder
	root.Render(0, &sb)
	fmt.Print(sb.String())
	fmt.Println(Fold(root, 0, func(n int, _ string) int { return n + 1 }))
	fmt.Println(Fold(root, "", func(s string, v string) string { return s + v + "," }))
	fmt.Printf("%T %T\n", root, root.Children)

	nums := &Rose[int]{Val: 1}
	nums.Add(2).Add(3)
	nums.Add(4)
	fmt.Println(Fold(nums, 0, func(s, v int) int { return s + v }))
	fmt.Println(Fold(nums, []int{}, func(s []int, v int) []int { return append(s, v*v) }))

	fmt.Println(MinOf[Age](30, 12, 45))
	fmt.Println(MinOf(Word("banana"), Word("fig"), Word("apple")))
	fmt.Printf("%T\n", MinOf(Age(1)))

	e := Expr[int]{Call: &Call[int]{"+", []Expr[int]{
		Lit(1),
		{Call: &Call[int]{"*", []Expr[int]{Lit(2), Lit(3), Lit(4)}}},
		Lit(5),
	}}}
	fmt.Println(Eval(e))
	fmt.Printf("%T %T\n", e, e.Call)
}
