package main

import "fmt"

func sign(x int) string {
	switch {
	case x < 0:
		return "-"
	case x > 0:
		return "+"
	}
	return "0"
}

func fizz(i int) string {
	switch {
	case i%15 == 0:
		return "FizzBuzz"
	case i%3 == 0:
		return "Fizz"
	case i%5 == 0:
		return "Buzz"
	default:
		return fmt.Sprint(i)
	}
}

func main() {
	fmt.Println(sign(-3), sign(0), sign(9))
	for i := 1; i <= 20; i++ {
		fmt.Print(fizz(i), " ")
	}
	fmt.Println()
	age := 25
	switch {
	case age < 13:
		fmt.Println("child")
	case age < 20:
		fmt.Println("teen")
	case age < 65:
		fmt.Println("adult")
	default:
		fmt.Println("senior")
	}
	s := "hello"
	switch l := len(s); {
	case l > 10:
		fmt.Println("long")
	case l > 3:
		fmt.Println("medium", l)
	default:
		fmt.Println("short")
	}
	switch true {
	case 1 > 2:
		fmt.Println("no")
	case 2 > 1:
		fmt.Println("yes")
	}
}
