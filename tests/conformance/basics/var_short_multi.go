package main

import "fmt"

func pair() (int, string) { return 7, "seven" }

func main() {
	a := 1
	b, c := 2, 3
	fmt.Println(a, b, c)
	a, d := 10, 4
	fmt.Println(a, d)
	b, c = c, b
	fmt.Println("swap:", b, c)
	x, y, z := 1, 2, 3
	x, y, z = z, x, y
	fmt.Println("rotate:", x, y, z)
	n, s := pair()
	fmt.Println(n, s)
	_, s2 := pair()
	fmt.Println(s2)
	arr := []int{1, 2, 3}
	i := 0
	i, arr[i] = 1, 9
	fmt.Println(i, arr)
	arr[0], arr[2] = arr[2], arr[0]
	fmt.Println(arr)
	{
		a := "shadow"
		fmt.Println(a)
	}
	fmt.Println(a)
	if a := 5; a > 3 {
		fmt.Println("inner a", a)
	}
	fmt.Println("outer a", a)
	m := map[string]int{}
	m["k"], m["j"] = 1, 2
	fmt.Println(m["k"], m["j"])
	f1, f2 := 1.5, 2.5
	f1, f2 = f2*2, f1*2
	fmt.Println(f1, f2)
	p, q := 0, 1
	for k := 0; k < 10; k++ {
		p, q = q, p+q
	}
	fmt.Println("fib:", p, q)
	type pt struct{ x, y int }
	v := pt{1, 2}
	v.x, v.y = v.y, v.x
	fmt.Println(v)
	var e, f = "e", 'f'
	fmt.Println(e, f)
}
