package main

import "fmt"

type Color string

const (
	Red   Color = "red"
	Green Color = "green"
)

const TypedInt int32 = 100
const TypedF float32 = 1.5
const UntypedF = 1.5
const MaxU8 uint8 = 255

func describe(c Color) string { return "color:" + string(c) }

func main() {
	fmt.Println(describe(Red), describe(Green), describe("blue"))
	fmt.Printf("%T %T %T\n", TypedInt, TypedF, UntypedF)
	var x int64 = int64(TypedInt) * 3
	fmt.Println(x)
	fmt.Println(TypedF*2, UntypedF*2)
	fmt.Println(MaxU8, MaxU8/2)
	const c = 'A'
	var r rune = c
	var b byte = c
	var f float64 = c
	fmt.Println(r, b, f)
	const big = 1 << 40
	var i64 int64 = big
	var fl float32 = big
	fmt.Println(i64, fl)
	const typedStr string = "hi"
	fmt.Println(len(typedStr), typedStr+"!")
	const d = 5 / 2
	const e = 5.0 / 2
	fmt.Println(d, e)
	const bigDiv = (1 << 70) / (1 << 68)
	fmt.Println(bigDiv)
	const t = true
	type B bool
	var bb B = t
	fmt.Printf("%v %T\n", bb, bb)
}
