// Goroutines parked across several collections (their native stacks taken out of memory
// while they wait) wake with their state intact, however they parked: a channel receive,
// a send, select, sync.Mutex, sync.WaitGroup, sync.Cond, time.Sleep, and inside a
// callback from sort.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"
)

type state struct {
	id    int
	words []string
	m     map[int]string
}

func mkstate(id int) *state {
	s := &state{id: id, m: map[int]string{}}
	for k := 0; k < 5; k++ {
		w := strings.Repeat(string(rune('a'+(id+k)%26)), k+1)
		s.words = append(s.words, w)
		s.m[k] = w
	}
	return s
}

func (s *state) sum() int {
	n := s.id
	for k, w := range s.words {
		if s.m[k] != w {
			return -1
		}
		n += len(w) * (k + 1)
	}
	return n
}

func collect() {
	for i := 0; i < 4; i++ {
		runtime.GC()
		time.Sleep(20 * time.Millisecond)
	}
}

func main() {
	const n = 400
	results := make(chan int, 8*n)
	release := make(chan struct{})
	var mu sync.Mutex
	var wgGate sync.WaitGroup
	cond := sync.NewCond(&sync.Mutex{})
	condOpen := false
	sendTo := make(chan string)
	var started sync.WaitGroup

	mu.Lock()
	wgGate.Add(1)
	for i := 0; i < n; i++ {
		started.Add(8)
		go func(i int) { // receive
			s := mkstate(i)
			started.Done()
			<-release
			results <- s.sum()
		}(i)
		go func(i int) { // send
			s := mkstate(i + n)
			started.Done()
			sendTo <- s.words[4]
			results <- s.sum()
		}(i)
		go func(i int) { // select
			s := mkstate(i + 2*n)
			started.Done()
			select {
			case <-release:
			case <-time.After(time.Hour):
			}
			results <- s.sum()
		}(i)
		go func(i int) { // mutex
			s := mkstate(i + 3*n)
			started.Done()
			mu.Lock()
			mu.Unlock()
			results <- s.sum()
		}(i)
		go func(i int) { // waitgroup
			s := mkstate(i + 4*n)
			started.Done()
			wgGate.Wait()
			results <- s.sum()
		}(i)
		go func(i int) { // cond
			s := mkstate(i + 5*n)
			cond.L.Lock()
			started.Done()
			for !condOpen {
				cond.Wait()
			}
			cond.L.Unlock()
			results <- s.sum()
		}(i)
		go func(i int) { // sleep
			s := mkstate(i + 6*n)
			started.Done()
			time.Sleep(300 * time.Millisecond)
			results <- s.sum()
		}(i)
		go func(i int) { // in a callback from a native
			s := mkstate(i + 7*n)
			xs := []int{3, 1, 2}
			first := true
			sort.Slice(xs, func(a, b int) bool {
				if first {
					first = false
					started.Done()
					<-release
				}
				return xs[a] < xs[b]
			})
			results <- s.sum() + xs[0]
		}(i)
	}
	started.Wait()
	collect()
	close(release)
	mu.Unlock()
	wgGate.Done()
	cond.L.Lock()
	condOpen = true
	cond.Broadcast()
	cond.L.Unlock()
	got := 0
	for i := 0; i < n; i++ {
		got += len(<-sendTo)
	}
	total := 0
	for i := 0; i < 8*n; i++ {
		total += <-results
	}
	fmt.Println("sent", got, "total", total)
}
