package main

import (
	"fmt"
	"unsafe"
)

func main() {
	b := []byte("hello, world")
	s := unsafe.String(&b[0], 5)
	fmt.Println(s, len(s))
	p := unsafe.StringData("xyz")
	fmt.Println(*p, string(*p))
	nums := []int{7, 8, 9}
	fmt.Println(*unsafe.SliceData(nums), unsafe.SliceData([]int(nil)) == nil)
	fmt.Println(unsafe.String(nil, 0) == "")
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = unsafe.String(nil, 3)
}
