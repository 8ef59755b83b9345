package main

type I interface {
	I
	M()
}

func main() {}
