package main

import "fmt"

func helper() interface{} {
	return recover() // not called directly by the deferred function
}

func viaHelper() (res string) {
	defer func() {
		r := recover()
		res = fmt.Sprint("outer recovered: ", r)
	}()
	defer func() {
		fmt.Println("helper got:", helper())
	}()
	panic("p1")
}

func nestedLiteral() (res string) {
	defer func() { res = fmt.Sprint("outer recovered: ", recover()) }()
	defer func() {
		func() {
			fmt.Println("nested literal got:", recover())
		}()
	}()
	panic("p2")
}

func deferredHelper() (res string) {
	defer func() { res = fmt.Sprint("outer recovered: ", recover()) }()
	defer helperDirect()
	panic("p3")
}

func helperDirect() {
	// deferred directly: this recover works
	fmt.Println("directly deferred function got:", recover())
}

func main() {
	fmt.Println(viaHelper())
	fmt.Println(nestedLiteral())
	fmt.Println(deferredHelper())
}
