// Go 1.19 twin of go122_range_int.go: same meaning under Go 1.22 rules.
package main

import "fmt"

type Small int8

func main() {
	for i := 0; i < 5; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 0
	for j := 0; j < 3; j++ {
		n++
	}
	fmt.Println("count", n)
	for i := 0; i < 0; i++ {
		fmt.Println("never", i)
	}
	neg := -4
	for i := 0; i < neg; i++ {
		fmt.Println("never", i)
	}
	var s Small = 4
	for i := Small(0); i < s; i++ {
		fmt.Printf("%T:%d ", i, i)
	}
	fmt.Println()
	var u uint8 = 3
	sum := uint8(0)
	for i := uint8(0); i < u; i++ {
		sum += i
	}
	fmt.Printf("%T %d\n", sum, sum)
	total := 0
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		if i > 7 {
			break
		}
		total += i
	}
	fmt.Println("total", total)
	limit := 3
	for i, end := 0, limit; i < end; i++ {
		limit = 100
		fmt.Print(i, " ")
	}
	fmt.Println(limit)
	var funcs []func() int
	for i0 := 0; i0 < 3; i0++ {
		i := i0
		funcs = append(funcs, func() int { return i * 10 })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	grid := ""
	for y := 0; y < 3; y++ {
		for x := 0; x < 4; x++ {
			if (x+y)%2 == 0 {
				grid += "#"
			} else {
				grid += "."
			}
		}
		grid += "\n"
	}
	fmt.Print(grid)
	const k = 2
	for i := 0; i < k; i++ {
		fmt.Printf("%T ", i)
	}
	fmt.Println()
}
