package main

import "fmt"

func main() {
	fmt.Println(1+2*3-4/2)
	fmt.Println(1<<3*2, 1<<(3*2))
	fmt.Println(10-2-3, 10-(2-3))
	fmt.Println(2*3+4*5, 2*(3+4)*5)
	fmt.Println(7&3+1, 7&(3+1))
	fmt.Println(1|2^3&4, (1|2)^(3&4))
	fmt.Println(-2*-3, - -2, -(-2)*3)
	fmt.Println(100/10*2, 100/(10*2))
	fmt.Println(17%5*2, 17%(5*2))
	a, b, c := true, false, true
	fmt.Println(a || b && c, (a || b) && c, !a || c, !(a || c))
	fmt.Println(1 < 2 == true, 3+4 > 5 && 2*2 == 4)
	x := 5
	fmt.Println(x*x+2*x+1 == (x+1)*(x+1))
	fmt.Println(^1+1, ^(1 + 1))
	fmt.Println(8>>1<<2, 8>>(1<<2))
}
