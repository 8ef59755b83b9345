package main

import (
	"fmt"
	"strings"
)

type Tree struct {
	Left, Right *Tree
	Key         string
	Count       int
}

func (t *Tree) Insert(k string) *Tree {
	if t == nil {
		return &Tree{Key: k, Count: 1}
	}
	switch {
	case k < t.Key:
		t.Left = t.Left.Insert(k)
	case k > t.Key:
		t.Right = t.Right.Insert(k)
	default:
		t.Count++
	}
	return t
}

func (t *Tree) Walk(f func(*Tree)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t)
	t.Right.Walk(f)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	l, r := t.Left.Height(), t.Right.Height()
	if l > r {
		return l + 1
	}
	return r + 1
}

func (t *Tree) Find(k string) (*Tree, int) {
	depth := 0
	for t != nil {
		if k == t.Key {
			return t, depth
		}
		if k < t.Key {
			t = t.Left
		} else {
			t = t.Right
		}
		depth++
	}
	return nil, depth
}

func (t *Tree) String() string {
	if t == nil {
		return "()"
	}
	if t.Left == nil && t.Right == nil {
		return t.Key
	}
	return "(" + t.Left.String() + " " + t.Key + " " + t.Right.String() + ")"
}

type IntTree struct {
	Left, Right *IntTree
	Val         int
}

func insertInt(t *IntTree, v int) *IntTree {
	if t == nil {
		return &IntTree{Val: v}
	}
	if v < t.Val {
		t.Left = insertInt(t.Left, v)
	} else {
		t.Right = insertInt(t.Right, v)
	}
	return t
}

func levels(t *IntTree) [][]int {
	var out [][]int
	q := []*IntTree{t}
	for len(q) > 0 {
		var next []*IntTree
		var lvl []int
		for _, n := range q {
			if n == nil {
				continue
			}
			lvl = append(lvl, n.Val)
			next = append(next, n.Left, n.Right)
		}
		if len(lvl) > 0 {
			out = append(out, lvl)
		}
		q = next
	}
	return out
}

func main() {
	var root *Tree
	for _, w := range strings.Fields("the quick brown fox jumps over the lazy dog the end") {
		root = root.Insert(w)
	}
	root.Walk(func(t *Tree) { fmt.Printf("%s:%d ", t.Key, t.Count) })
	fmt.Println()
	fmt.Println("height", root.Height())
	fmt.Println(root)
	for _, k := range []string{"fox", "the", "cat"} {
		n, d := root.Find(k)
		fmt.Println(k, n != nil, d)
	}
	var it *IntTree
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		it = insertInt(it, v)
	}
	fmt.Println(levels(it))
	var sum func(*IntTree) int
	sum = func(t *IntTree) int {
		if t == nil {
			return 0
		}
		return t.Val + sum(t.Left) + sum(t.Right)
	}
	fmt.Println("sum", sum(it))
	var deep *IntTree
	for i := 0; i < 3000; i++ {
		deep = insertInt(deep, i)
	}
	fmt.Println("degenerate levels", len(levels(deep)))
}
