package main

type List struct {
	next List
	val  int
}

func main() {
	var l List
	_ = l
}
