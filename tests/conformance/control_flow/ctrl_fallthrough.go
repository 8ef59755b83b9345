package main

import "fmt"

func levels(n int) []string {
	var out []string
	switch {
	case n >= 3:
		out = append(out, "three")
		fallthrough
	case n >= 2:
		out = append(out, "two")
		fallthrough
	case n >= 1:
		out = append(out, "one")
	default:
		out = append(out, "none")
	}
	return out
}

func main() {
	for i := 0; i <= 4; i++ {
		fmt.Println(i, levels(i))
	}
	switch x := 1; x {
	case 1:
		fmt.Println("case 1")
		fallthrough
	case 2:
		fmt.Println("case 2 (falls in even though x != 2)")
		fallthrough
	default:
		fmt.Println("default")
	case 3:
		fmt.Println("case 3")
	}
	switch 5 {
	case 5:
		fmt.Println("five")
		fallthrough
	case 6:
		fmt.Println("six")
	case 7:
		fmt.Println("seven")
	}
	switch "a" {
	default:
		fmt.Println("default")
		fallthrough
	case "b":
		fmt.Println("b via fallthrough")
	}
}
