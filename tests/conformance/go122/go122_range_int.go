// Go 1.22 feature: range over an integer. Go 1.19 rejects this program, so its expected
// output comes from the twin go122_range_int.oracle.go (same meaning under Go 1.22 rules).
package main

import "fmt"

type Small int8

func main() {
	for i := range 5 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 0
	for range 3 {
		n++
	}
	fmt.Println("count", n)
	for i := range 0 {
		fmt.Println("never", i)
	}
	neg := -4
	for i := range neg {
		fmt.Println("never", i)
	}
	var s Small = 4
	for i := range s {
		fmt.Printf("%T:%d ", i, i)
	}
	fmt.Println()
	var u uint8 = 3
	sum := uint8(0)
	for i := range u {
		sum += i
	}
	fmt.Printf("%T %d\n", sum, sum)
	total := 0
	for i := range 10 {
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
	for i := range limit {
		limit = 100 // the range expression is evaluated once
		fmt.Print(i, " ")
	}
	fmt.Println(limit)
	var funcs []func() int
	for i := range 3 {
		funcs = append(funcs, func() int { return i * 10 })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	grid := ""
	for y := range 3 {
		for x := range 4 {
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
	for i := range k {
		fmt.Printf("%T ", i)
	}
	fmt.Println()
}
