package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer fmt.Println("main defer runs on Goexit")
	fmt.Println("calling Goexit in main")
	runtime.Goexit()
}
