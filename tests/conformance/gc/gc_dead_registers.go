// Registers the function will not read again do not keep objects alive: the collector
// scans a frame by its liveness map, as Go scans a stack by its stack maps.
package main

import (
	"fmt"
	"runtime"
	"time"
)

var sink []byte

func heapMB() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc >> 20
}

func report(what string, mb uint64) {
	if mb < 40 {
		fmt.Println(what, "freed")
	} else {
		fmt.Println(what, "still live:", mb, "MB")
	}
}

// A local slice read for the last time before the collection.
func deadLocal() {
	big := make([]byte, 100<<20)
	big[7] = 1
	n := len(big) + int(big[7])
	report("dead local", heapMB())
	fmt.Println(n)
}

// Appending to a global in a loop leaves the old backing arrays in temporaries.
func appendLoop() {
	for i := 0; i < 8; i++ {
		sink = append(sink, make([]byte, 16<<20)...)
	}
	sink = nil
	report("append temporaries", heapMB())
}

func makeBig() []int64 { return make([]int64, 16<<20) }

// A call's result consumed within an expression.
func consumedResult() {
	n := len(makeBig()) / 1024
	report("consumed result", heapMB())
	fmt.Println(n)
}

type node struct {
	next *node
	pad  [1 << 16]byte
}

// A list walked to its end: the cursor no longer points at the head.
func walkedList() {
	var head *node
	for i := 0; i < 1000; i++ {
		head = &node{next: head}
	}
	count := 0
	for p := head; p != nil; p = p.next {
		count++
	}
	head = nil
	report("walked list", heapMB())
	fmt.Println(count)
}

// A loop that parks on a channel: the value received last iteration is dead while it waits.
func parkedReceiver() {
	ch := make(chan []byte)
	done := make(chan bool)
	go func() {
		for b := range ch {
			_ = b[0]
		}
		done <- true
	}()
	ch <- make([]byte, 100<<20)
	time.Sleep(10 * time.Millisecond)
	report("received value", heapMB())
	close(ch)
	<-done
}

type res struct{ buf []byte }

// A finalizer runs once the only pointer sits in a dead register.
func finalized() {
	done := make(chan bool, 1)
	r := &res{buf: make([]byte, 1<<20)}
	runtime.SetFinalizer(r, func(*res) { done <- true })
	runtime.GC()
	select {
	case <-done:
		fmt.Println("finalizer ran")
	case <-time.After(2 * time.Second):
		fmt.Println("finalizer did not run")
	}
}

func main() {
	deadLocal()
	appendLoop()
	consumedResult()
	walkedList()
	parkedReceiver()
	finalized()
}
