package main

import "fmt"

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	s := base[2:5:7]
	fmt.Println(s, len(s), cap(s))
	s = append(s, 100)
	fmt.Println(base)
	s = append(s, 200)
	fmt.Println(base)
	s = append(s, 300) // exceeds cap 5: reallocates
	s[0] = -1
	fmt.Println(base, s, len(s))
	t := base[:0:0]
	t = append(t, 42)
	fmt.Println(base[0], t)
	u := base[3:3:10]
	fmt.Println(len(u), cap(u))
	arr := [6]string{"a", "b", "c", "d", "e", "f"}
	v := arr[1:3:4]
	fmt.Println(v, len(v), cap(v))
	v = v[:cap(v)]
	fmt.Println(v)
	str := "hello world"
	fmt.Println(str[6:], str[:5], str[3:8])
	w := base[5:]
	fmt.Println(w[:2:3], cap(w[:2:3]), cap(w[1:]))
	p := &arr
	fmt.Println(p[2:4], p[:2:2])
}
