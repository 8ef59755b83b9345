package main

import "fmt"

type P struct {
	A int
	B string
}

func main() {
	fmt.Printf("%+d %+d %+d\n", 5, -5, 0)
	fmt.Printf("% d|% d|% d\n", 5, -5, 0)
	fmt.Printf("%-6d|%-+6d|%+-6d|\n", 5, 5, 5)
	fmt.Printf("%06d|%-06d|%+06d|% 06d\n", -42, -42, 42, 42)
	fmt.Printf("%#x %#X %#o %#b %#v\n", 255, 255, 8, 5, 255)
	fmt.Printf("%#v %#v %#v %#v\n", "str", 1.5, true, 'x')
	fmt.Printf("%#v\n", []string{"a"})
	fmt.Printf("%#v\n", P{1, "x"})
	fmt.Printf("%#v\n", &P{2, "y"})
	fmt.Printf("%#v\n", map[string]int{"z": 1})
	fmt.Printf("%#v\n", [2]bool{true})
	fmt.Printf("%#v %#v\n", []int(nil), interface{}(nil))
	fmt.Printf("%#v\n", struct {
		X []int
		Y map[int]string
	}{})
	fmt.Printf("%+v\n", P{3, "z"})
	fmt.Printf("%+v\n", []P{{1, "a"}})
	fmt.Printf("%+.2f|%+.2e\n", 1.005, 12345.678)
	fmt.Printf("% x|% X|%# x\n", "abc", []byte{1, 2}, "hi")
	fmt.Printf("%+q|%#q\n", "héllo", "hello")
	fmt.Printf("%#o %#x %#X\n", 0, 0, 0)
	fmt.Printf("%x|%#x|%# x\n", -1, -1, -255)
	fmt.Printf("%#U\n", 'A')
	type E int
	fmt.Printf("%#v %#v %#v\n", E(5), uint8(7), int64(-3))
	fmt.Printf("%#v %#v\n", float32(2.5), 1e21)
}
