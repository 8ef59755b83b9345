package main

import "fmt"

func bits(x uint16) string {
	s := ""
	for i := 15; i >= 0; i-- {
		if x&(1<<uint(i)) != 0 {
			s += "1"
		} else {
			s += "0"
		}
	}
	return s
}

func main() {
	var a, b uint16 = 0xF0F0, 0xFF00
	fmt.Println(bits(a & b))
	fmt.Println(bits(a | b))
	fmt.Println(bits(a ^ b))
	fmt.Println(bits(a &^ b))
	fmt.Println(bits(^a))
	fmt.Println(bits(a << 4))
	fmt.Println(bits(a >> 4))
	x := -1
	fmt.Println(x&0xff, x^0xff, x|0, ^x)
	y := 0x55
	fmt.Println(y&-y, y&(y-1))
	v := uint32(0x12345678)
	swapped := v>>24 | (v>>8)&0xff00 | (v<<8)&0xff0000 | v<<24
	fmt.Printf("%08x\n", swapped)
	var n uint64 = 1
	for i := 0; i < 10; i++ {
		n |= n << 7
	}
	fmt.Println(n)
	fmt.Println(7&^5, -8&^3, 6&^-1)
}
