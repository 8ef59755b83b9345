package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(255, 16), strconv.FormatInt(-255, 36), strconv.FormatInt(0, 8))
	fmt.Println(strconv.FormatUint(18446744073709551615, 10), strconv.FormatUint(255, 16))
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"ff", 16, 64}, {"-101", 2, 8}, {"777", 8, 16}, {"128", 10, 8}, {"-129", 10, 8}, {"0x1f", 0, 64}, {"0b101", 0, 64}, {"0o17", 0, 64}, {"017", 0, 64}, {"zz", 36, 64}, {"12", 2, 64}} {
		v, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println(c.s, v, err)
	}
	u, err := strconv.ParseUint("42", 10, 8)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
	for _, s := range []string{"3.14", "-0.5", "1e10", "1E-3", "inf", "-Inf", "NaN", ".5", "1.", "abc", "1e400", "0x1p-2", ""} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f32, err)
	f32, _ = strconv.ParseFloat("0.1", 32)
	fmt.Println(f32)
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(3.14159, 'e', 3, 64), strconv.FormatFloat(3.14159, 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(1e21, 'f', -1, 64), strconv.FormatFloat(0.1, 'f', -1, 32), strconv.FormatFloat(100, 'E', -1, 64))
	for _, s := range []string{"true", "false", "1", "0", "t", "F", "TRUE", "True", "yes", ""} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))
	fmt.Println(string(strconv.AppendInt([]byte("n="), -5, 10)))
}
