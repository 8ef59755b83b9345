package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, n := range []int{0, 7, -42, 1234567890, -9223372036854775808} {
		fmt.Println(strconv.Itoa(n))
	}
	for _, s := range []string{"0", "123", "-456", "+789", "  1", "1.5", "abc", "", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "0x10", "1_000"} {
		v, err := strconv.Atoi(s)
		if err != nil {
			fmt.Printf("Atoi(%q) error: %v\n", s, err)
		} else {
			fmt.Printf("Atoi(%q) = %d\n", s, v)
		}
	}
	_, err := strconv.Atoi("bad")
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err, ne.Err == strconv.ErrSyntax)
	}
	_, err = strconv.Atoi("99999999999999999999")
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Err == strconv.ErrRange)
	}
	s := strconv.Itoa(12) + strconv.Itoa(34)
	n, _ := strconv.Atoi(s)
	fmt.Println(n + 1)
}
