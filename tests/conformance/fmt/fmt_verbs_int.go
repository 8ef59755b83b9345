package main

import "fmt"

func main() {
	for _, v := range []int{0, 7, -7, 255, -255, 1 << 40} {
		fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o|%O|%b|%08b\n", v, v, v, v, v, v, v, v, v, v, v, v, v, v)
	}
	var u8 uint8 = 200
	var i8 int8 = -100
	var u64 uint64 = 18446744073709551615
	fmt.Printf("%d %x %d %x %d %x\n", u8, u8, i8, i8, u64, u64)
	fmt.Printf("%c %c %q %U %#U\n", 65, 0x4e16, 'x', 0x1F600, 'é')
	fmt.Printf("%v %v %v\n", int16(-300), uint32(70000), int64(-1))
	fmt.Printf("%.3d|%8.3d|%-8.3d|%+.3d\n", 7, 7, 7, 7)
	fmt.Printf("%x %X %#X\n", -255, -255, 3054)
	fmt.Printf("%5x|%-5x|%05x\n", 255, 255, 255)
	fmt.Printf("%d %d\n", []int{1, 2}, [2]int8{-1, 1})
	fmt.Printf("%x %X\n", []int{10, 11}, []uint8{10, 255})
	fmt.Printf("%08.3d|\n", 42)
	fmt.Printf("%+05d|% 05d\n", 42, 42)
	type ID int
	fmt.Printf("%d %v %x\n", ID(12), ID(12), ID(12))
	fmt.Printf("%t %v\n", true, false)
	fmt.Printf("%d%%\n", 50)
}
