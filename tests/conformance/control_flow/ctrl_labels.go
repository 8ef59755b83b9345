package main

import "fmt"

func main() {
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j == 3 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	found := false
search:
	for _, row := range [][]int{{1, 2}, {3, 4}, {5, 6}} {
		for _, v := range row {
			if v == 4 {
				found = true
				break search
			}
		}
	}
	fmt.Println("found", found)
	n := 0
loop:
	for {
		switch {
		case n >= 5:
			break loop
		case n%2 == 0:
			n += 3
			continue loop
		}
		n++
	}
	fmt.Println("n", n)
	count := 0
rows:
	for i := 0; i < 10; i++ {
	cols:
		for j := 0; j < 10; j++ {
			switch {
			case j > i:
				continue rows
			case j == 5:
				break cols
			}
			count++
		}
	}
	fmt.Println("count", count)
	x := 0
sel:
	switch {
	case x == 0:
		for i := 0; i < 10; i++ {
			if i == 2 {
				break sel
			}
			x++
		}
		x = 100
	}
	fmt.Println("x", x)
	m := map[string]int{"a": 1}
mloop:
	for range m {
		for k := 0; ; k++ {
			if k > 2 {
				break mloop
			}
		}
	}
	fmt.Println("done")
}
