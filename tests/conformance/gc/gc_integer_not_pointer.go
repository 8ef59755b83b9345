// Precise frame maps: a register holding an integer is not a root, even when the integer
// equals an object's address. The address is obtained without unsafe (via %p and
// strconv), kept in a live local across the collections, and the object is still
// finalized; a live pointer local, by contrast, keeps its object alive.
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"time"
)

type box struct {
	id  int
	pad [8]int
}

var finalized = make(chan int, 10)

// addressOnly allocates a finalizable object and returns only its address, as an integer.
func addressOnly(id int) uint64 {
	b := &box{id: id}
	runtime.SetFinalizer(b, func(b *box) { finalized <- b.id })
	a, err := strconv.ParseUint(fmt.Sprintf("%p", b)[2:], 16, 64)
	if err != nil {
		panic(err)
	}
	return a
}

func main() {
	addr := addressOnly(1)
	got := 0
	timeout := time.After(5 * time.Second)
wait:
	for got == 0 {
		runtime.GC()
		select {
		case id := <-finalized:
			got = id
		case <-timeout:
			break wait
		case <-time.After(10 * time.Millisecond):
		}
	}
	fmt.Println("finalized:", got, addr != 0)

	kept := &box{id: 2}
	runtime.SetFinalizer(kept, func(b *box) { finalized <- b.id })
	for i := 0; i < 5; i++ {
		runtime.GC()
		time.Sleep(5 * time.Millisecond)
	}
	fmt.Println("still alive:", len(finalized), kept.id*4)
}
