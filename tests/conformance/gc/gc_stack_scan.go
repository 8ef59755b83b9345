// Goroutine stacks are scanned concurrently, each before its goroutine runs again: a list
// held only in a parked goroutine's locals when a cycle starts survives however the
// goroutine hides it once it wakes mid-cycle (moved into an object allocated during the
// mark and dropped from its locals, handed to another goroutine through a channel),
// while 2,000 goroutines wake in turn, others allocate, and collections run back to back.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

type node struct {
	v    int
	next *node
}

type box struct {
	p   *node
	pad [3]*node
}

func mklist(seed, n int) *node {
	var h *node
	for i := 0; i < n; i++ {
		h = &node{seed*100 + i, h}
	}
	return h
}

func sum(h *node) int {
	s := 0
	for ; h != nil; h = h.next {
		s += h.v
	}
	return s
}

var sink []*box

func garbage(n int) {
	for i := 0; i < n; i++ {
		sink = append(sink, &box{})
		if len(sink) > 64 {
			sink = sink[:0]
		}
	}
}

// A goroutine that keeps its list in a local between wakes; when woken it moves the list
// into a fresh box, clears the local, allocates, and takes it back.
func keeper(id int, wake chan int, res chan int, wg *sync.WaitGroup) {
	defer wg.Done()
	l := mklist(id, 8)
	want := sum(l)
	for r := range wake {
		b := &box{}
		b.p = l
		l = nil
		garbage(r%7 + 1)
		l = b.p
		if got := sum(l); got != want {
			res <- -1
			continue
		}
		res <- want
	}
}

// Pairs of goroutines pass a list back and forth: the sender drops its own reference.
func passer(id int, in, out chan *node, rounds int, res chan int, wg *sync.WaitGroup) {
	defer wg.Done()
	for r := 0; r < rounds; r++ {
		l := <-in
		garbage(3)
		res <- sum(l)
		out <- l
		l = nil
	}
}

func main() {
	const n = 2000
	const rounds = 6
	// A live heap of pointers, so cycles mark concurrently rather than in one pause.
	live := make([]*node, 0, 20000)
	for i := 0; i < 20000; i++ {
		live = append(live, &node{v: i})
	}
	var wg sync.WaitGroup
	wakes := make([]chan int, n)
	res := make(chan int, n)
	for i := 0; i < n; i++ {
		wakes[i] = make(chan int)
		wg.Add(1)
		go keeper(i, wakes[i], res, &wg)
	}
	stop := make(chan bool)
	cycles := make(chan int)
	go func() {
		k := 0
		for {
			select {
			case <-stop:
				cycles <- k
				return
			default:
				runtime.GC()
				k++
				time.Sleep(200 * time.Microsecond)
			}
		}
	}()
	total := 0
	bad := 0
	for r := 0; r < rounds; r++ {
		for i := 0; i < n; i++ {
			wakes[(i*7+r)%n] <- r
			v := <-res
			if v < 0 {
				bad++
			}
			total += v
		}
	}
	for i := 0; i < n; i++ {
		close(wakes[i])
	}
	wg.Wait()

	a, b := make(chan *node), make(chan *node)
	pres := make(chan int, 1000)
	wg.Add(2)
	go passer(1, a, b, 200, pres, &wg)
	go passer(2, b, a, 200, pres, &wg)
	a <- mklist(7, 30)
	ptotal := 0
	for i := 0; i < 400; i++ {
		ptotal += <-pres
	}
	close(stop)
	k := <-cycles
	<-a
	wg.Wait()
	fmt.Println("keepers:", total, "bad:", bad)
	fmt.Println("passers:", ptotal)
	fmt.Println("live:", sum(live[0]), len(live), k > 0)
}
