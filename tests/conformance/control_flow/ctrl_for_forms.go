package main

import "fmt"

func main() {
	for i := 0; i < 5; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println("while:", n)
	k := 0
	for {
		k++
		if k == 7 {
			break
		}
	}
	fmt.Println("infinite with break:", k)
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ":", j, " ")
	}
	fmt.Println()
	sum := 0
	for i := 0; i < 20; i++ {
		if i%3 == 0 {
			continue
		}
		sum += i
	}
	fmt.Println("sum non-multiples of 3:", sum)
	var i int
	for i = 10; i > 0; i -= 3 {
	}
	fmt.Println("after loop i =", i)
	cnt := 0
	for ; cnt < 4; {
		cnt++
	}
	fmt.Println(cnt)
	x := 0
	for x < 3 {
		x++
		defer0 := x * 2
		fmt.Print(defer0, " ")
	}
	fmt.Println()
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j > i {
				break
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	total := 0
	for i := 1; i <= 1000000; i++ {
		total += i & 7
	}
	fmt.Println(total)
}
