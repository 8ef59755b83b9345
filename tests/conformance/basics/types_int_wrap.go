package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println("int8 127+1 =", a)
	a = -128
	a--
	fmt.Println("int8 -128-1 =", a)
	var b int8 = 100
	b *= 3
	fmt.Println("int8 100*3 =", b)
	b = -128
	b = -b
	fmt.Println("int8 -(-128) =", b)

	var c int16 = 32767
	c += 10
	fmt.Println("int16 32767+10 =", c)
	c = 300
	c *= 300
	fmt.Println("int16 300*300 =", c)

	var d int32 = 2147483647
	d++
	fmt.Println("int32 max+1 =", d)
	d = 65536
	d *= 65536
	fmt.Println("int32 65536*65536 =", d)
	d = 123456789
	d *= 1000
	fmt.Println("int32 123456789*1000 =", d)

	var e int64 = 9223372036854775807
	e++
	fmt.Println("int64 max+1 =", e)
	e = -9223372036854775808
	e--
	fmt.Println("int64 min-1 =", e)

	var u8 uint8 = 255
	u8++
	fmt.Println("uint8 255+1 =", u8)
	u8 = 0
	u8--
	fmt.Println("uint8 0-1 =", u8)
	u8 = 16
	u8 *= 17
	fmt.Println("uint8 16*17 =", u8)

	var u16 uint16 = 65535
	u16 += 2
	fmt.Println("uint16 65535+2 =", u16)
	u16 = 0
	u16 -= 1
	fmt.Println("uint16 0-1 =", u16)

	var u32 uint32 = 4294967295
	u32++
	fmt.Println("uint32 max+1 =", u32)
	u32 = 3000000000
	u32 += 3000000000
	fmt.Println("uint32 3e9+3e9 =", u32)

	var u64 uint64 = 18446744073709551615
	u64++
	fmt.Println("uint64 max+1 =", u64)
	u64 = 0
	u64--
	fmt.Println("uint64 0-1 =", u64)
	u64 = 1 << 63
	u64 *= 2
	fmt.Println("uint64 2^63*2 =", u64)

	var ui uint = 0
	ui--
	fmt.Println("uint 0-1 =", ui)
	var i int = 9223372036854775807
	i += 1
	fmt.Println("int max+1 =", i)

	var up uintptr = 0
	up--
	fmt.Println("uintptr 0-1 =", up)

	// wrapping in loops
	var acc uint8
	for k := 0; k < 1000; k++ {
		acc += uint8(k)
	}
	fmt.Println("uint8 sum 0..999 =", acc)
	var acc16 int16
	for k := 0; k < 1000; k++ {
		acc16 += int16(k * 7)
	}
	fmt.Println("int16 sum 7k =", acc16)
	var h uint32 = 2166136261
	for _, ch := range []byte("hello world") {
		h ^= uint32(ch)
		h *= 16777619
	}
	fmt.Println("fnv32 =", h)
	var h64 uint64 = 14695981039346656037
	for _, ch := range []byte("hello world") {
		h64 ^= uint64(ch)
		h64 *= 1099511628211
	}
	fmt.Println("fnv64 =", h64)
}
