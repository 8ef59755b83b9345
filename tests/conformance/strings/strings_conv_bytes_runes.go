package main

import "fmt"

func main() {
	s := "héllo"
	bs := []byte(s)
	rs := []rune(s)
	fmt.Println(len(s), len(bs), len(rs))
	fmt.Println(bs)
	fmt.Println(rs)
	bs[0] = 'H'
	fmt.Println(s, string(bs))
	rs[1] = 'e'
	fmt.Println(string(rs))
	fmt.Println(string([]byte{0x67, 0x6f}), string([]rune{0x4e16, 0x754c}))
	fmt.Println(string([]byte{}), string([]rune(nil)) == "")
	invalid := "a\xffb"
	fmt.Println([]rune(invalid), len([]rune(invalid)))
	fmt.Println(string([]rune(invalid)) == "a\uFFFDb")
	rev := func(s string) string {
		r := []rune(s)
		for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
			r[i], r[j] = r[j], r[i]
		}
		return string(r)
	}
	fmt.Println(rev("Hello, 世界"))
	type MyBytes []byte
	mb := MyBytes("xyz")
	fmt.Println(string(mb), mb)
	fmt.Println(string([]rune{-1, 0x110000, 'A'}))
}
