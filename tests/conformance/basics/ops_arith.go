package main

import "fmt"

func main() {
	a, b := 17, 5
	fmt.Println(a+b, a-b, a*b, a/b, a%b)
	fmt.Println(-a, +a, -(-a), ^a)
	fmt.Println(a&b, a|b, a^b, a&^b, a<<2, a>>1)
	x, y := 7.5, 2.0
	fmt.Println(x+y, x-y, x*y, x/y, -x)
	s, t := "foo", "bar"
	fmt.Println(s+t, s+" "+t)
	fmt.Println(a == b, a != b, a < b, a <= b, a > b, a >= b)
	fmt.Println(s == t, s < t, s > t)
	fmt.Println(x < y, x >= y)
	fmt.Println(2+3*4, (2+3)*4, 10-4-3, 2*3%4, 100/10/5, 1<<2+1, 1<<(2+1))
	fmt.Println(5&3|8, 5|3&8, 6^3&5)
	fmt.Println(-7/2, -7%2, -7>>1)
	var u uint = 3
	fmt.Println(u*u-1, u<<u)
	c := 'a'
	fmt.Println(c+1, c-'a', c*2)
	fmt.Println(3 == 3.0, 1e3 == 1000)
	var i8 int8 = 60
	fmt.Println(i8*2, i8*3, -i8-i8-i8)
}
