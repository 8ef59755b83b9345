// A field read through a pointer unsafe made from a small integer (the first page, never
// mapped): Go's nil-pointer panic with the signal line, status 2.
package main

import (
	"fmt"
	"unsafe"
)

type T struct{ a, b int }

func main() {
	fmt.Println("before the fault")
	p := (*T)(unsafe.Pointer(uintptr(8)))
	fmt.Println(p.b)
}
