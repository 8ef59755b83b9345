package main

import "fmt"

func main() {
	var one int = 1
	for _, s := range []uint{0, 1, 31, 32, 62, 63, 64, 65, 100, 1000} {
		fmt.Println("1<<", s, "=", one<<s)
	}
	var m int = -1
	for _, s := range []uint{0, 1, 8, 63, 64, 200} {
		fmt.Println("-1>>", s, "=", m>>s, " -1<<", s, "=", m<<s)
	}
	var neg int = -100
	for _, s := range []uint{1, 2, 3, 6, 7, 8} {
		fmt.Println("-100>>", s, "=", neg>>s)
	}
	var u8 uint8 = 0xff
	fmt.Println(u8<<1, u8<<4, u8<<7, u8<<8, u8<<9, u8>>1, u8>>7, u8>>8)
	var i8 int8 = -128
	fmt.Println(i8>>1, i8>>7, i8>>8, i8>>100, i8<<1)
	var i8b int8 = 1
	fmt.Println(i8b<<6, i8b<<7, i8b<<8)
	var u16 uint16 = 0x8001
	fmt.Println(u16<<1, u16>>1, u16>>15, u16>>16)
	var i32 int32 = -2147483648
	fmt.Println(i32>>31, i32>>32, i32<<1)
	var u32 uint32 = 1
	fmt.Println(u32<<31, u32<<32, u32<<33)
	var u64 uint64 = 1 << 63
	fmt.Println(u64>>63, u64>>64, u64<<1)
	// signed shift count (non-negative)
	var sc int = 3
	fmt.Println(5<<sc, 40>>sc)
	var sc8 int8 = 2
	var x int64 = 12345
	fmt.Println(x<<sc8, x>>sc8)
	// shift count of various unsigned types
	var c8 uint8 = 255
	fmt.Println(x>>c8, x<<c8)
	var c16 uint16 = 3
	fmt.Println(x<<c16)
	// constant shifts
	const big = 1 << 100
	fmt.Println(big>>98, big>>100)
	const k = 10
	fmt.Println(1<<k, 1<<(k+1)-1)
	var f float64 = 1 << 3
	fmt.Println(f)
	// shift assignment ops
	y := 1
	y <<= 10
	fmt.Println(y)
	y >>= 3
	fmt.Println(y)
	z := uint32(0xdeadbeef)
	z = z<<8 | z>>24
	fmt.Printf("%#x\n", z)
	// bit counting via shifts
	n := uint64(0xf0f0f0f0f0f0f0f0)
	cnt := 0
	for i := uint(0); i < 64; i++ {
		if n>>i&1 == 1 {
			cnt++
		}
	}
	fmt.Println("popcount:", cnt)
}
