package main

import "fmt"

func main() {
	i := 0
	i++
	i++
	i--
	fmt.Println(i)
	f := 1.5
	f++
	fmt.Println(f)
	var u uint8 = 255
	u++
	fmt.Println(u)
	u--
	fmt.Println(u)
	s := []int{1, 2, 3}
	s[0]++
	s[2]--
	fmt.Println(s)
	m := map[string]int{}
	m["x"]++
	m["x"]++
	m["y"]--
	fmt.Println(m["x"], m["y"], len(m))
	type C struct{ n int }
	c := C{}
	c.n++
	pc := &c
	pc.n++
	fmt.Println(c.n)
	p := new(int)
	*p++
	*p++
	fmt.Println(*p)
	arr := [3]int{}
	for k := 0; k < 3; k++ {
		arr[k]++
		arr[k] += k
	}
	fmt.Println(arr)
	var r rune = 'a'
	r++
	fmt.Println(string(r))
}
