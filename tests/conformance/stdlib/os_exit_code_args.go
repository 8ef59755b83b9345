package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	code, err := strconv.Atoi(os.Args[1])
	if err != nil {
		fmt.Println("bad arg")
		os.Exit(1)
	}
	fmt.Println("exiting with", code)
	os.Exit(code)
}
