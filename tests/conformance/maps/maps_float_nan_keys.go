package main

import (
	"fmt"
	"math"
)

func main() {
	m := map[float64]string{}
	m[1.5] = "one and a half"
	m[0.1+0.2] = "point three-ish"
	m[0.3] = "point three"
	fmt.Println(len(m), m[1.5], m[0.3])
	pz := 0.0
	nz := math.Copysign(0, -1)
	m[pz] = "zero"
	m[nz] = "negative zero" // same key as +0
	fmt.Println(len(m), m[0])
	nan := math.NaN()
	m[nan] = "nan1"
	m[nan] = "nan2"
	m[math.NaN()] = "nan3"
	fmt.Println(len(m))
	_, ok := m[nan]
	fmt.Println("lookup NaN:", ok)
	cnt := 0
	for k, v := range m {
		if k != k {
			cnt++
			_ = v
		}
	}
	fmt.Println("NaN entries:", cnt)
	delete(m, nan)
	fmt.Println("after delete NaN:", len(m))
	m[math.Inf(1)] = "inf"
	m[math.Inf(-1)] = "-inf"
	fmt.Println(m[math.Inf(1)], m[math.Inf(-1)])
	f32 := map[float32]int{0.1: 1}
	fmt.Println(f32[0.1], f32[float32(0.1)])
	im := map[interface{}]int{}
	im[nan] = 1
	im[nan] = 2
	fmt.Println(len(im))
	small := map[float64]int{2: 1, 1: 2, -1: 3, 0.5: 4}
	fmt.Println(small)
	withNaN := map[float64]int{math.NaN(): 1, 1: 2, math.Inf(-1): 3}
	fmt.Println(withNaN)
}
