package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	lines := []string{"first", "second", "third"}
	for _, l := range lines {
		fmt.Println(strings.ToUpper(l))
	}
	fmt.Fprintln(os.Stderr, "fatal: giving up")
	os.Exit(5)
}
