// Go 1.22 semantics: each iteration of a for-range loop has its own loop variables, so
// closures capture per-iteration copies. Go 1.19 shares one variable; the expected output
// comes from the twin go122_loopvar_closure.oracle.go (explicit copies, same meaning).
package main

import "fmt"

func main() {
	var fs []func() string
	for i, s := range []string{"a", "b", "c"} {
		fs = append(fs, func() string { return fmt.Sprint(i, s) })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ptrs []*int
	for _, v := range []int{10, 20, 30} {
		ptrs = append(ptrs, &v)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	m := map[string]int{"x": 1}
	var mf []func() string
	for k, v := range m {
		mf = append(mf, func() string { return fmt.Sprint(k, v) })
	}
	fmt.Println(mf[0]())
	var rs []func() rune
	for _, r := range "héy" {
		rs = append(rs, func() rune { return r })
	}
	for _, f := range rs {
		fmt.Print(string(f()))
	}
	fmt.Println()
	counters := []func() int{}
	for _, start := range []int{0, 100} {
		counters = append(counters, func() int { start++; return start })
	}
	fmt.Println(counters[0](), counters[0](), counters[1](), counters[0]())
}
