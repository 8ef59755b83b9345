package main

import "fmt"

type Pair [2]string

func main() {
	a := [3]int{1, 2, 3}
	b := [3]int{1, 2, 3}
	c := [3]int{1, 2, 4}
	fmt.Println(a == b, a == c, a != c)
	p1 := Pair{"a", "b"}
	p2 := Pair{"a", "b"}
	fmt.Println(p1 == p2, p1 == Pair{"b", "a"})
	nested1 := [2][2]float64{{1, 2}, {3, 4}}
	nested2 := [2][2]float64{{1, 2}, {3, 4}}
	fmt.Println(nested1 == nested2)
	nested2[1][1] = 4.0000001
	fmt.Println(nested1 == nested2)
	type S struct {
		n   int
		arr [2]string
	}
	fmt.Println(S{1, [2]string{"x", "y"}} == S{1, [2]string{"x", "y"}})
	var i1 interface{} = [2]int{1, 2}
	var i2 interface{} = [2]int{1, 2}
	fmt.Println(i1 == i2)
	m := map[[2]int]string{{1, 2}: "one-two"}
	fmt.Println(m[[2]int{1, 2}])
	var z [0]int
	var z2 [0]int
	fmt.Println(z == z2, len(z))
	bs1 := [4]byte{'a', 'b'}
	bs2 := [4]byte{'a', 'b', 0, 0}
	fmt.Println(bs1 == bs2)
}
