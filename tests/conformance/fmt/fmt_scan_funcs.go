package main

import (
	"fmt"
	"strings"
)

func main() {
	var a, b int
	var s string
	var f float64
	var ok bool
	n, err := fmt.Sscan("10 20 hello 3.5 true", &a, &b, &s, &f, &ok)
	fmt.Println(n, err, a, b, s, f, ok)
	n, err = fmt.Sscan("1", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscan("x", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("age=42 name=bob", "age=%d name=%s", &a, &s)
	fmt.Println(n, err, a, s)
	n, err = fmt.Sscanf("7,8", "%d,%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("7;8", "%d,%d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("5 6\n7", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("5\n6", &a, &b)
	fmt.Println(n, err)
	var r rune
	n, err = fmt.Sscanf("é", "%c", &r)
	fmt.Println(n, err, r, string(r))
	var x8 int8
	n, err = fmt.Sscan("1000", &x8)
	fmt.Println(n, err, x8)
	var bs []byte
	n, err = fmt.Sscan("bytes!", &bs)
	fmt.Println(n, err, string(bs))
	rd := strings.NewReader("1 2 3\n4 5 6\n")
	sum := 0
	for {
		var v int
		_, err := fmt.Fscan(rd, &v)
		if err != nil {
			fmt.Println("stop:", err)
			break
		}
		sum += v
	}
	fmt.Println("sum", sum)
	n, err = fmt.Sscanf("0x1f 017 0b11", "%v %v %v", &a, &b, &x8)
	fmt.Println(n, err, a, b, x8)
	var q string
	n, err = fmt.Sscanf(`"a b\tc"`, "%q", &q)
	fmt.Printf("%d %v %q\n", n, err, q)
}
