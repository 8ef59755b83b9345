package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Phi, math.Ln2)
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxUint8, math.MaxInt16, math.MinInt16, math.MaxUint16)
	fmt.Println(math.MaxInt32, math.MinInt32, math.MaxUint32)
	fmt.Println(math.MaxInt64, math.MinInt64)
	var u uint64 = math.MaxUint64
	fmt.Println(u)
	fmt.Println(math.MaxInt, math.MinInt)
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	var i8 int8 = math.MaxInt8
	i8++
	fmt.Println(i8)
	fmt.Printf("%T %T\n", math.Pi, math.MaxInt8)
	r := 2.0
	fmt.Printf("%.4f\n", math.Pi*r*r)
}
