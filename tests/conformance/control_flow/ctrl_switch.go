package main

import "fmt"

func grade(score int) string {
	switch score / 10 {
	case 10, 9:
		return "A"
	case 8:
		return "B"
	case 7:
		return "C"
	case 6:
		return "D"
	default:
		return "F"
	}
}

func count() int {
	fmt.Print("[count]")
	return 2
}

func main() {
	for _, s := range []int{100, 95, 85, 72, 61, 30} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	switch x := 5; x {
	case 1:
		fmt.Println("one")
	case 5:
		fmt.Println("five")
	}
	switch s := "go"; s + "lang" {
	case "golang":
		fmt.Println("golang!")
	default:
		fmt.Println("other")
	}
	switch count() {
	case 1:
		fmt.Println("1")
	case 1 + 1:
		fmt.Println("2")
	}
	c := 'x'
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		fmt.Println("vowel")
	default:
		fmt.Println("consonant")
	}
	switch {
	}
	switch x := 3; {
	case x > 2:
		fmt.Println("x>2")
	}
	var f float64 = 2.5
	switch f {
	case 2.5:
		fmt.Println("2.5")
	}
	type P struct{ a, b int }
	switch (P{1, 2}) {
	case P{2, 1}:
		fmt.Println("21")
	case P{1, 2}:
		fmt.Println("12")
	}
	for i := 0; i < 4; i++ {
		switch i {
		case 0:
			continue
		case 2:
			break
		default:
			fmt.Print("i=", i, " ")
		}
	}
	fmt.Println()
	switch default_ := 0; default_ {
	default:
		fmt.Println("default first")
	case 1:
		fmt.Println("one")
	}
	evaluated := 0
	val := func(n int) int { evaluated++; return n }
	switch 3 {
	case val(1), val(2), val(3), val(4):
		fmt.Println("matched after", evaluated, "evaluations")
	}
}
