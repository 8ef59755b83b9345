// Go 1.19 twin of go122_loopvar_closure.go: per-iteration copies made explicit.
package main

import "fmt"

func main() {
	var fs []func() string
	for i, s := range []string{"a", "b", "c"} {
		i, s := i, s
		fs = append(fs, func() string { return fmt.Sprint(i, s) })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ptrs []*int
	for _, v := range []int{10, 20, 30} {
		v := v
		ptrs = append(ptrs, &v)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	m := map[string]int{"x": 1}
	var mf []func() string
	for k, v := range m {
		k, v := k, v
		mf = append(mf, func() string { return fmt.Sprint(k, v) })
	}
	fmt.Println(mf[0]())
	var rs []func() rune
	for _, r := range "héy" {
		r := r
		rs = append(rs, func() rune { return r })
	}
	for _, f := range rs {
		fmt.Print(string(f()))
	}
	fmt.Println()
	counters := []func() int{}
	for _, start := range []int{0, 100} {
		start := start
		counters = append(counters, func() int { start++; return start })
	}
	fmt.Println(counters[0](), counters[0](), counters[1](), counters[0]())
}
