package main

import "fmt"

func main() {
	var a uint8 = 0b10101100
	var b uint8 = 0b11110000
	fmt.Printf("%08b %08b %08b %08b %08b %08b\n", a&b, a|b, a^b, a&^b, ^a, -a)
	var x uint32 = 0xdeadbeef
	fmt.Printf("%x %x %x %x\n", x&0xffff, x|0xf, x^0xffffffff, ^x)
	var y uint64 = 12345
	fmt.Println(^y, -y, y&^0xff)
	var s int = -6
	fmt.Println(^s, s&3, s|1, s^-1, s&^1)
	c := uint16(1)
	for i := 0; i < 20; i++ {
		c = c*3 + 1
	}
	fmt.Println(c)
	var z uint = 5
	z -= 10
	fmt.Println(z > 5, z)
	k := uint8(7)
	k &^= 2
	fmt.Println(k)
	k |= 0x80
	fmt.Println(k)
	k ^= 0xff
	fmt.Println(k)
	three, five := 3, 5
	fmt.Println(uint8(three)-uint8(five), uint16(three)-uint16(five), uint32(three)-uint32(five))
	// unsigned comparisons
	var m uint32 = 1 << 31
	fmt.Println(m > 1, int32(m) > 1)
}
