// A read through unsafe from an address nothing is mapped at: Go's fatal fault
// ("unexpected fault address", "fatal error: fault", the signal line, the traceback),
// status 2, with what the program printed before it.
package main

import (
	"fmt"
	"unsafe"
)

func read(p uintptr) int { return *(*int)(unsafe.Pointer(p)) }

func main() {
	fmt.Println("before the fault")
	fmt.Println(read(0xdead0000))
	fmt.Println("not reached")
}
