// Builtins applied to a call with several results: complex(f()), append(f()) with the
// slice and its new elements from one call, print and copy of such calls.
package main

import "fmt"

func parts() (float64, float64)          { return 5, 7 }
func parts32() (float32, float32)        { return 1.5, -2 }
func words() ([]string, string, string)  { return []string{"a"}, "b", "c" }
func bytesAnd() ([]byte, byte)           { return []byte("xy"), 'z' }
func onlySlice() []int                   { return []int{1, 2} }
func ptrs() ([]*int, *int)               { v := 9; return nil, &v }
func dstSrc() ([]byte, string)           { return make([]byte, 3), "hello" }

func main() {
	c := complex(parts())
	c32 := complex(parts32())
	fmt.Println(c, c32, real(c32))
	s := append(words())
	fmt.Println(s, len(s), cap(s) >= 3)
	b := append(bytesAnd())
	fmt.Println(string(b))
	fmt.Println(append(onlySlice()))
	p := append(ptrs())
	fmt.Println(len(p), *p[0])
	d, src := dstSrc()
	n := copy(d, src)
	fmt.Println(n, string(d))
}
