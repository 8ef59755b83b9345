package main

import "fmt"

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Float interface {
	~float32 | ~float64
}

// Constraints embedding constraints.
type Number interface {
	Integer | Float
}

type Signed interface {
	Integer
}

func SumOf[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Mean[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(SumOf(xs)) / float64(len(xs))
}

func Abs[T Signed | Float](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

func Pow[T Number](base T, n int) T {
	r := T(1)
	for i := 0; i < n; i++ {
		r *= base
	}
	return r
}

func Mod[T Integer](a, b T) T {
	return a % b
}

type Meters float64
type Count int16

func main() {
	ints := []int{1, 2, 3, 4}
	fmt.Println(SumOf(ints), Mean(ints))
	fmt.Println(SumOf([]float32{0.5, 0.25}), Mean([]float32{0.5, 0.25}))
	fmt.Println(SumOf([]Meters{1.5, 2.5}), Mean([]Meters{1.5, 2.5}))
	fmt.Printf("%T %T\n", SumOf([]Meters{1}), SumOf([]Count{1}))
	fmt.Println(SumOf([]Count{100, 200, 300}))
	fmt.Println(SumOf([]int8{100, 100}))
	fmt.Println(Mean([]int64{}))

	fmt.Println(Abs(-3), Abs(3), Abs(-2.5), Abs(Meters(-1.25)), Abs(Count(-7)))
	fmt.Println(Abs(int8(-128)))

	fmt.Println(Pow(2, 10), Pow(1.5, 2), Pow(Count(3), 4), Pow(int8(2), 7))
	fmt.Println(Pow(Meters(10), 3), Pow[float32](0.5, 3))

	fmt.Println(Mod(17, 5), Mod(-17, 5), Mod(int8(7), 3), Mod(Count(100), 7))
	fmt.Printf("%T\n", Mod(Count(100), 7))
}
