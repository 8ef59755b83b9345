package main

import "fmt"

type Big struct {
	ID   int
	Data [70000]int
	Name string
}

var global Big

var table = [100000]int{1: 2}

type T struct {
	buf [1 << 17]byte
	n   int
}

var tv = T{n: 3}

func use(x any) int {
	p, _ := x.(*Big)
	return p.Data[69999]
}

func main() {
	var a, b [100000]int
	b[5] = 3
	a = b
	b[5] = 4
	fmt.Println(a[5], b[5])
	p := &Big{ID: 1, Name: "big"}
	p.Data[69999] = 9
	x := *p
	x.Data[69999] = 10
	fmt.Println(x.ID, x.Name, x.Data[69999], p.Data[69999])
	global = x
	fmt.Println(global.Data[69999])
	var i any = *p
	fmt.Println(use(&global), i != nil)
	c := a
	fmt.Println(c[5])
	lit := [100000]int{7: 7, 99999: c[5]}
	*p = Big{ID: 2, Name: "lit"}
	var boxed any = Big{ID: 3}
	fmt.Println(lit[7], lit[99999], p.ID, p.Name, p.Data[69999], boxed.(interface{}) != nil, table[1], tv.n)
	var arr *[10]int
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(&arr[0])
	}()
	var np *Big
	defer func() { fmt.Println("recovered:", recover()) }()
	y := *np
	fmt.Println(y.ID)
}
