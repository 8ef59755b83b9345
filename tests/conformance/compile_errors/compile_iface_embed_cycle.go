package main

type A interface {
	F()
	B
}

type B interface {
	G()
	A
}

func main() {
	var a A
	_ = a
}
