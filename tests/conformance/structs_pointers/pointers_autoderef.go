package main

import "fmt"

type Vec struct{ X, Y float64 }

func (v Vec) Len2() float64 { return v.X*v.X + v.Y*v.Y }
func (v *Vec) Scale(k float64) {
	v.X *= k
	v.Y *= k
}

type Box struct {
	Min, Max *Vec
	Inner    struct{ Tag string }
}

func main() {
	v := Vec{3, 4}
	pv := &v
	fmt.Println(pv.X, pv.Len2())
	v.Scale(2) // (&v).Scale
	fmt.Println(v)
	pv.Scale(0.5)
	fmt.Println(*pv)
	b := &Box{Min: &Vec{0, 0}, Max: &Vec{1, 1}}
	b.Max.X = 10
	b.Inner.Tag = "t"
	fmt.Println(*b.Min, *b.Max, b.Inner.Tag)
	arrp := &[3]int{1, 2, 3}
	arrp[0] = 10
	fmt.Println(arrp[0], len(arrp), arrp[1:])
	for i, x := range arrp {
		fmt.Print(i, x, ";")
	}
	fmt.Println()
	ppv := &pv
	(*ppv).X = 100
	fmt.Println(v.X)
	vs := []Vec{{1, 0}, {0, 2}}
	vs[1].Scale(3)
	fmt.Println(vs)
	m := map[string]*Vec{"a": {1, 1}}
	m["a"].Scale(5)
	fmt.Println(*m["a"], m["a"].Len2())
}
