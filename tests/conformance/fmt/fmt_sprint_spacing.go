package main

import (
	"errors"
	"fmt"
)

type S struct{}

func (S) String() string { return "S!" }

func main() {
	fmt.Println(fmt.Sprint("a", "b"))
	fmt.Println(fmt.Sprint(1, 2))
	fmt.Println(fmt.Sprint(1, "a", 2))
	fmt.Println(fmt.Sprint("a", 1, "b"))
	fmt.Println(fmt.Sprint(1.5, 2))
	fmt.Println(fmt.Sprint(true, false))
	fmt.Println(fmt.Sprint(S{}, S{}))
	fmt.Println(fmt.Sprint(errors.New("e1"), errors.New("e2")))
	fmt.Println(fmt.Sprint([]int{1}, []int{2}))
	fmt.Println(fmt.Sprint(nil, 1))
	fmt.Println(fmt.Sprint('a', 'b'))
	fmt.Println(fmt.Sprint("", 1, "", 2))
	fmt.Printf("%q\n", fmt.Sprintln("a", "b"))
	fmt.Printf("%q\n", fmt.Sprintln())
	fmt.Printf("%q\n", fmt.Sprintln(1, 2))
	var ip *int
	fmt.Println(fmt.Sprint(ip, ip))
}
