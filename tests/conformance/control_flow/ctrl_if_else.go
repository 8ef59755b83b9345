package main

import (
	"fmt"
	"strconv"
)

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n < 10 {
		return "small"
	} else {
		return "large"
	}
}

func main() {
	for _, n := range []int{-5, 0, 3, 42} {
		fmt.Println(n, classify(n))
	}
	if v, err := strconv.Atoi("123"); err != nil {
		fmt.Println("error", err)
	} else if v > 100 {
		fmt.Println("big", v)
	} else {
		fmt.Println("small", v)
	}
	if v, err := strconv.Atoi("x"); err != nil {
		fmt.Println("error:", err, v)
	}
	x := 10
	if x := 5; x < 10 {
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)
	if m := map[string]int{"a": 1}; m["a"] == 1 {
		fmt.Println("map init ok")
	}
	if n := len("hello"); n > 3 && n < 10 {
		fmt.Println("len in range", n)
	}
	if true {
		if false {
			fmt.Println("never")
		} else {
			fmt.Println("nested else")
		}
	}
	flag := false
	if !flag {
		fmt.Println("not flag")
	}
}
