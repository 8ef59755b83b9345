package main

import "fmt"

type Registry struct {
	items map[string]int
}

func main() {
	var r Registry
	fmt.Println("lookup on nil map is fine:", r.items["x"], len(r.items))
	r.items["x"] = 1
	fmt.Println("unreachable")
}
