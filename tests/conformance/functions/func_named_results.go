package main

import "fmt"

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func counter() (n int) {
	for i := 0; i < 5; i++ {
		n += i
	}
	return
}

func shadowed() (result string) {
	result = "outer"
	{
		result := "inner"
		_ = result
	}
	return
}

func explicit() (a int, b string) {
	a, b = 1, "x"
	return 99, "override"
}

func zero() (i int, s string, p *int, sl []int, e error) { return }

func parse(s string) (n int, ok bool) {
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	ok = true
	return
}

func main() {
	fmt.Println(split(17))
	fmt.Println(counter())
	fmt.Println(shadowed())
	fmt.Println(explicit())
	i, s, p, sl, e := zero()
	fmt.Println(i, s == "", p == nil, sl == nil, e == nil)
	fmt.Println(parse("12345"))
	fmt.Println(parse("12a45"))
}
