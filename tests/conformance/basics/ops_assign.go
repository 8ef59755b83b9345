package main

import "fmt"

func main() {
	x := 100
	x += 5
	fmt.Println(x)
	x -= 15
	fmt.Println(x)
	x *= 3
	fmt.Println(x)
	x /= 7
	fmt.Println(x)
	x %= 7
	fmt.Println(x)
	x <<= 4
	fmt.Println(x)
	x >>= 2
	fmt.Println(x)
	x &= 0xc
	fmt.Println(x)
	x |= 0x31
	fmt.Println(x)
	x ^= 0xff
	fmt.Println(x)
	x &^= 0x80
	fmt.Println(x)
	s := "a"
	s += "b"
	s += s
	fmt.Println(s)
	f := 1.0
	f += 0.5
	f *= f
	f /= 0.25
	f -= 1
	fmt.Println(f)
	arr := []int{1, 2, 3}
	arr[1] += 10
	arr[2] *= arr[1]
	fmt.Println(arr)
	m := map[string]int{}
	m["a"] += 3
	m["a"] *= 4
	m["b"]--
	fmt.Println(m["a"], m["b"])
	type P struct{ n int }
	p := &P{5}
	p.n <<= 3
	p.n -= 1
	fmt.Println(p.n)
	i := 0
	idx := func() int { i++; return i - 1 }
	a := []int{10, 20, 30}
	a[idx()] += 100
	fmt.Println(a, i)
	var u8 uint8 = 200
	u8 += 100
	fmt.Println(u8)
}
