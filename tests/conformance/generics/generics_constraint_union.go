package main

import "fmt"

type MyInt int
type MyString string
type MyFloat float64

func Add[T int | float64](a, b T) T {
	return a + b
}

func Concat[T ~int | ~string](a, b T) T {
	return a + b
}

func Neg[T ~int | ~int8 | ~float64](x T) T {
	return -x
}

func Half[T ~int | ~float64](x T) T {
	return x / 2
}

func Bits[T ~uint8 | ~uint16 | ~uint32](x T) int {
	n := 0
	for x != 0 {
		n += int(x & 1)
		x >>= 1
	}
	return n
}

func Less[T ~int | ~string | ~float64](a, b T) bool {
	return a < b
}

type Flags uint16

func main() {
	fmt.Println(Add(1, 2), Add(1.5, 2.25))
	fmt.Printf("%T %T\n", Add(1, 2), Add(1.5, 2.25))
	fmt.Println(Add[float64](1, 2))

	fmt.Println(Concat(1, 2), Concat("a", "b"))
	fmt.Println(Concat(MyInt(40), 2), Concat(MyString("go"), "lang"))
	fmt.Printf("%T %T\n", Concat(MyInt(40), 2), Concat(MyString("go"), "lang"))
	var ms MyString = "x"
	r := Concat(ms, ms)
	fmt.Printf("%T %q\n", r, r)

	fmt.Println(Neg(5), Neg(int8(-128)), Neg(2.5), Neg(MyInt(3)), Neg(MyFloat(-0.25)))
	fmt.Printf("%T %T\n", Neg(MyInt(3)), Neg(MyFloat(-0.25)))

	fmt.Println(Half(7), Half(7.0), Half(MyInt(-7)), Half(MyFloat(7)))

	fmt.Println(Bits(uint8(255)), Bits(uint16(0x0101)), Bits(uint32(0xF0F0F0F0)), Bits(Flags(7)))

	fmt.Println(Less(1, 2), Less("b", "a"), Less(MyString("a"), "b"), Less(MyFloat(2), 1))

	// overflow wraps per instantiated type
	fmt.Println(Add[int](1<<62, 1<<62) < 0)
	var i8 int8 = 127
	fmt.Println(Neg(i8), Neg(Neg(i8)))
}
