package main

import "fmt"

const (
	A = iota
	B
	C
	D
)

const (
	X = iota * 10
	Y
	Z
)

const Single = iota

const (
	p, q = iota, iota + 100
	r, s
	t, u
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}[d]
}

const (
	first = "a"
	second
	third = iota
	fourth
)

func main() {
	fmt.Println(A, B, C, D)
	fmt.Println(X, Y, Z)
	fmt.Println(Single)
	fmt.Println(p, q, r, s, t, u)
	fmt.Println(Sunday, Wednesday, Saturday)
	fmt.Printf("%d %v %T\n", Friday, Friday, Friday)
	fmt.Println(first, second, third, fourth)
	for d := Sunday; d <= Saturday; d++ {
		fmt.Print(d, " ")
	}
	fmt.Println()
	const (
		local0 = iota + 1
		local1
	)
	fmt.Println(local0, local1)
}
