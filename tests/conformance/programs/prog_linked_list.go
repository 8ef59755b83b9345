package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	Head *Node
	Len  int
}

func (l *List) PushFront(v int) {
	l.Head = &Node{v, l.Head}
	l.Len++
}

func (l *List) PushBack(v int) {
	n := &Node{Val: v}
	l.Len++
	if l.Head == nil {
		l.Head = n
		return
	}
	p := l.Head
	for p.Next != nil {
		p = p.Next
	}
	p.Next = n
}

func (l *List) Remove(v int) bool {
	for pp := &l.Head; *pp != nil; pp = &(*pp).Next {
		if (*pp).Val == v {
			*pp = (*pp).Next
			l.Len--
			return true
		}
	}
	return false
}

func (l *List) Reverse() {
	var prev *Node
	cur := l.Head
	for cur != nil {
		next := cur.Next
		cur.Next = prev
		prev, cur = cur, next
	}
	l.Head = prev
}

func (l *List) String() string {
	parts := []string{}
	for n := l.Head; n != nil; n = n.Next {
		parts = append(parts, fmt.Sprint(n.Val))
	}
	return "[" + strings.Join(parts, " -> ") + "]"
}

func mergeSorted(a, b *Node) *Node {
	dummy := &Node{}
	t := dummy
	for a != nil && b != nil {
		if a.Val <= b.Val {
			t.Next, a = a, a.Next
		} else {
			t.Next, b = b, b.Next
		}
		t = t.Next
	}
	if a != nil {
		t.Next = a
	} else {
		t.Next = b
	}
	return dummy.Next
}

func mergeSort(h *Node) *Node {
	if h == nil || h.Next == nil {
		return h
	}
	slow, fast := h, h.Next
	for fast != nil && fast.Next != nil {
		slow, fast = slow.Next, fast.Next.Next
	}
	mid := slow.Next
	slow.Next = nil
	return mergeSorted(mergeSort(h), mergeSort(mid))
}

type DNode struct {
	Key        string
	Prev, Next *DNode
}

type Deque struct{ head, tail *DNode }

func (d *Deque) PushBack(k string) {
	n := &DNode{Key: k, Prev: d.tail}
	if d.tail != nil {
		d.tail.Next = n
	} else {
		d.head = n
	}
	d.tail = n
}

func (d *Deque) PopFront() (string, bool) {
	if d.head == nil {
		return "", false
	}
	n := d.head
	d.head = n.Next
	if d.head == nil {
		d.tail = nil
	} else {
		d.head.Prev = nil
	}
	return n.Key, true
}

func main() {
	l := &List{}
	for _, v := range []int{5, 3, 8} {
		l.PushBack(v)
	}
	l.PushFront(1)
	l.PushFront(9)
	fmt.Println(l, l.Len)
	fmt.Println(l.Remove(8), l.Remove(42), l, l.Len)
	l.Reverse()
	fmt.Println(l)
	l.Head = mergeSort(l.Head)
	fmt.Println("sorted", l)
	big := &List{}
	x := 12345
	for i := 0; i < 1000; i++ {
		x = (x*1103515245 + 12345) % 2147483648
		big.PushFront(x % 1000)
	}
	big.Head = mergeSort(big.Head)
	ok := true
	cnt := 0
	for n := big.Head; n != nil && n.Next != nil; n = n.Next {
		if n.Val > n.Next.Val {
			ok = false
		}
		cnt++
	}
	fmt.Println("big sorted:", ok, cnt+1, big.Head.Val)
	d := &Deque{}
	for _, k := range []string{"a", "b", "c"} {
		d.PushBack(k)
	}
	for {
		k, ok := d.PopFront()
		if !ok {
			break
		}
		fmt.Print(k, " ")
	}
	fmt.Println()
}
