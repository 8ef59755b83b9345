package main

import "fmt"

func main() {
	var x int64 = 0x123456789abcdef0
	fmt.Println(int8(x), uint8(x), int16(x), uint16(x), int32(x), uint32(x), uint64(x))
	var n int64 = -1
	fmt.Println(uint8(n), uint16(n), uint32(n), uint64(n), uint(n))
	var i8 int8 = -5
	fmt.Println(int16(i8), int32(i8), int64(i8), uint8(i8), uint16(i8), uint32(i8), uint64(i8))
	var u8 uint8 = 250
	fmt.Println(int8(u8), int16(u8), int(u8))
	var u32 uint32 = 0x80000000
	fmt.Println(int32(u32), int64(u32), int(int32(u32)))
	var v int = 1000
	fmt.Println(byte(v), int8(v), rune(v))
	bigv := 70000
	fmt.Println(int8(127+int(i8)+5), uint16(bigv))
	var big uint64 = 1<<64 - 1
	fmt.Println(int64(big), int32(big), int(big>>1))
	type Celsius float64
	type MyInt int
	var m MyInt = 7
	fmt.Println(int(m)*2, MyInt(3)+m)
	var c Celsius = 36.6
	fmt.Println(float64(c), int(c))
	a := 300
	var b8 = uint8(a)
	fmt.Println(b8, b8+b8)
	mask := uint32(^uint32(0) >> 4)
	fmt.Println(mask)
	var neg int32 = -1
	fmt.Println(uint64(uint32(neg)), uint64(neg))
}
