package main

import (
	"fmt"
	"hash/maphash"
)

func main() {
	seed := maphash.MakeSeed()
	var h1, h2 maphash.Hash
	h1.SetSeed(seed)
	h2.SetSeed(seed)
	h1.WriteString("hello world")
	h2.WriteString("hello ")
	h2.WriteString("world")
	fmt.Println(h1.Sum64() == h2.Sum64())
	h2.Reset()
	h2.WriteString("hello worle")
	fmt.Println(h1.Sum64() == h2.Sum64())
	var h3 maphash.Hash
	h3.WriteByte('x')
	fmt.Println(h3.Size(), h3.BlockSize())
}
