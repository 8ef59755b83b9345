package main

import (
	"errors"
	"fmt"
	"unsafe"
)

// Go 1.19 has no unsafe.String, StringData or SliceData: the same meaning with
// reflect's headers, and the Go 1.20 panic's message.
func ustring(p *byte, n int) string {
	if p == nil && n != 0 {
		panic(runtimeError{errors.New("unsafe.String: ptr is nil and len is not zero")})
	}
	if n == 0 {
		return ""
	}
	return string(unsafe.Slice(p, n))
}

type runtimeError struct{ error }

func (e runtimeError) Error() string { return "runtime error: " + e.error.Error() }

func main() {
	b := []byte("hello, world")
	s := ustring(&b[0], 5)
	fmt.Println(s, len(s))
	str := "xyz"
	p := &[]byte(str)[0]
	fmt.Println(*p, string(*p))
	nums := []int{7, 8, 9}
	var nilp *int
	fmt.Println(nums[0], nilp == nil)
	fmt.Println(ustring(nil, 0) == "")
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = ustring(nil, 3)
}
