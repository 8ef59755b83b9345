package main

import "fmt"

func plain() {
	fmt.Println("recover in normal call:", recover())
}

func deferredNoPanic() {
	defer func() { fmt.Println("recover in defer without panic:", recover()) }()
	fmt.Println("returning normally")
}

func afterRecovered() {
	defer func() { fmt.Println("later defer after recovery:", recover()) }()
	defer func() { fmt.Println("first defer recovers:", recover()) }()
	panic("only once")
}

func main() {
	fmt.Println("recover in main:", recover())
	plain()
	deferredNoPanic()
	afterRecovered()
	r := recover()
	fmt.Println(r == nil)
}
