package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("about to exit")
	fmt.Fprintln(os.Stderr, "exiting with status 3")
	os.Exit(3)
	fmt.Println("never printed")
}
