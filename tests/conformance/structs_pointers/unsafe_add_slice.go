package main

import (
	"fmt"
	"unsafe"
)

type pair struct{ a, b int64 }

func main() {
	arr := [4]int32{10, 20, 30, 40}
	p := unsafe.Pointer(&arr[0])
	fmt.Println(*(*int32)(unsafe.Add(p, 8)), *(*int32)(unsafe.Add(p, uintptr(12))), *(*int32)(unsafe.Add(unsafe.Add(p, 12), -4)))
	s := unsafe.Slice(&arr[1], 3)
	fmt.Println(s, len(s), cap(s))
	s[0] = 99
	fmt.Println(arr)
	ps := []pair{{1, 2}, {3, 4}}
	v := unsafe.Slice(&ps[0].a, uint8(4))
	fmt.Println(v)
	var np *int
	fmt.Println(unsafe.Slice(np, 0) == nil)
	bs := []byte("hello")
	fmt.Println(string(unsafe.Slice(&bs[1], 3)))
	for _, n := range []int{-1, 1} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			if n < 0 {
				_ = unsafe.Slice(&arr[0], n)
			} else {
				_ = unsafe.Slice(np, n)
			}
		}()
	}
}
