package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Println("argc:", len(os.Args))
	for i, a := range os.Args[1:] {
		fmt.Printf("arg %d: %q\n", i+1, a)
	}
	fmt.Println(strings.Join(os.Args[1:], "+"))
	prog := os.Args[0]
	fmt.Println("program name non-empty:", prog != "")
}
