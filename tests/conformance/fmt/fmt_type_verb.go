package main

import (
	"errors"
	"fmt"
)

type MyInt int
type S struct{ A int }
type I interface{ M() }

func (S) M() {}

func main() {
	vals := []interface{}{1, int8(1), uint(1), 1.5, float32(1.5), "s", 'r', byte(1), true, nil,
		[]int{}, [3]string{}, map[string]bool{}, MyInt(1), S{}, &S{}, []S{}, map[S][]*S{},
		func() {}, func(int, string) (bool, error) { return false, nil }, errors.New("e"),
		struct{ X, Y int }{}, new(int), [][]byte{}, []interface{}{}, uintptr(0), int64(0), uint16(0)}
	for _, v := range vals {
		fmt.Printf("%T\n", v)
	}
	var i I = S{}
	fmt.Printf("%T %T\n", i, &i)
	var e error
	fmt.Printf("%T\n", e)
	fmt.Printf("%10T|%-10T|\n", 1, "s")
	fmt.Println(fmt.Sprintf("%T", map[int][]string{}))
}
