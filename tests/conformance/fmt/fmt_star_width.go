package main

import "fmt"

func main() {
	rows := [][]string{{"name", "qty", "price"}, {"apple", "3", "1.25"}, {"watermelon", "10", "13.5"}}
	widths := make([]int, 3)
	for _, r := range rows {
		for i, c := range r {
			if len(c) > widths[i] {
				widths[i] = len(c)
			}
		}
	}
	for _, r := range rows {
		fmt.Printf("|%-*s|%*s|%*s|\n", widths[0], r[0], widths[1], r[1], widths[2], r[2])
	}
	for p := 0; p <= 4; p++ {
		fmt.Printf("%.*f\n", p, 2.0/3)
	}
	fmt.Printf("[%*s]\n", 0, "z")
	fmt.Printf("[%-*d]\n", 4, 1)
	fmt.Printf("[%*d]\n", "x", 5)
	fmt.Printf("[%.*d]\n", 4, 7)
	for i := 0; i < 4; i++ {
		fmt.Printf("%*s%s\n", 3-i, "", "*")
	}
}
