package main

import "fmt"

var global = 10
var (
	g1, g2 = 1, "two"
	g3     float64
	g4     []int
	g5     map[string]int
	g6     *int
	g7     struct{ a, b int }
	g8     [3]string
	g9     error
	g10    func()
)

var initOrder = compute()

func compute() int { return global * 2 }

func main() {
	var a int
	var b string
	var c bool
	var d float64
	var e rune
	fmt.Println(a, b == "", c, d, e)
	fmt.Printf("%q\n", b)
	var x, y, z = 1, 2.5, "three"
	fmt.Println(x, y, z)
	var p, q int = 3, 4
	fmt.Println(p, q)
	fmt.Println(global, g1, g2, g3, g4 == nil, g5 == nil, g6 == nil, g7, g8, g9 == nil, g10 == nil)
	fmt.Println(len(g4), len(g5), len(g8))
	fmt.Printf("%q\n", g8)
	fmt.Println(initOrder)
	global = 20
	fmt.Println(global, compute())
	var (
		la = 1
		lb = la + 1
	)
	fmt.Println(la, lb)
	var arr [5]int
	var sl []string
	var m map[int]bool
	var ptr *string
	var iface interface{}
	fmt.Println(arr, sl, m, ptr, iface)
	fmt.Println(m[5], len(sl), iface == nil)
}
