package main

import (
	"fmt"
	"os"
)

func cleanup() {
	defer fmt.Println("MUST NOT APPEAR: inner defer")
	fmt.Println("cleanup body, exiting")
	os.Exit(3)
}

func main() {
	defer fmt.Println("MUST NOT APPEAR: main defer")
	fmt.Println("start")
	cleanup()
	fmt.Println("MUST NOT APPEAR: after exit")
}
