package main

import (
	"fmt"
	"sync"
)

// A bounded queue with two condition variables.
type Queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	cap      int
}

func NewQueue(n int) *Queue {
	q := &Queue{cap: n}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	for len(q.items) == q.cap {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
	q.mu.Unlock()
}

func (q *Queue) Get() int {
	q.mu.Lock()
	for len(q.items) == 0 {
		q.notEmpty.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	q.mu.Unlock()
	return v
}

func main() {
	q := NewQueue(3)
	const n = 10000
	go func() {
		for i := 1; i <= n; i++ {
			q.Put(i)
		}
	}()
	sum := 0
	last := 0
	inOrder := true
	for i := 0; i < n; i++ {
		v := q.Get()
		if v != last+1 {
			inOrder = false
		}
		last = v
		sum += v
	}
	fmt.Println("sum", sum, "in order", inOrder)
}
