package main

import "fmt"

func main() {
	fmt.Printf("%d\n", "str")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%z\n", 3)
	fmt.Printf("%!\n")
	fmt.Printf("trailing %")
	fmt.Println()
	fmt.Printf("%t\n", 1)
	fmt.Printf("%x\n", true)
	fmt.Printf("%.2f\n", "f")
	fmt.Printf("%c\n", "c")
	fmt.Printf("no verbs\n", 1, "a")
	fmt.Printf("%[3]d\n", 1, 2)
	fmt.Printf("%[0]d\n", 1)
	fmt.Printf("%*d\n", 1.5, 2)
	fmt.Printf("%d %s\n", nil, nil)
	fmt.Println(fmt.Sprintf("%v %v", 1))
	fmt.Println(fmt.Sprintf("%q", 3.5))
	var np *int
	fmt.Printf("%d\n", np)
}
