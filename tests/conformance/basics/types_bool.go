package main

import "fmt"

func t(name string, v bool) bool {
	fmt.Println("eval", name)
	return v
}

func main() {
	var b bool
	fmt.Println(b, !b, true && false, true || false, !true)
	fmt.Println(t("a", false) && t("b", true))
	fmt.Println(t("c", true) || t("d", true))
	fmt.Println(t("e", true) && t("f", true) || t("g", false))
	x := 5
	isPos := x > 0
	isEven := x%2 == 0
	fmt.Println(isPos, isEven, isPos == isEven, isPos != isEven)
	fmt.Printf("%v %t %5t|%-6t|\n", b, true, false, true)
	m := map[bool]int{true: 1, false: 0}
	fmt.Println(m[true], m[false], m)
	type Flag bool
	var f Flag = true
	fmt.Println(f, !f)
	fmt.Printf("%T\n", f)
	cnt := 0
	for _, v := range []bool{true, false, true, true} {
		if v {
			cnt++
		}
	}
	fmt.Println(cnt)
	c := 3 < 4 == true
	fmt.Println(c)
}
