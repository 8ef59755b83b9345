package main

import (
	"fmt"
	"os"
)

func helper(n int) {
	if n == 3 {
		fmt.Println("exit from helper at", n)
		os.Exit(0)
	}
}

func main() {
	for i := 0; i < 10; i++ {
		fmt.Println("i =", i)
		helper(i)
	}
	fmt.Println("not reached")
}
