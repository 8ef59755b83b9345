// Go 1.19 twin of go122_loopvar_3clause.go: per-iteration copies made explicit; the value
// at the end of each body is copied back before the post statement, as Go 1.22 does.
package main

import "fmt"

func main() {
	var fs []func() int
	for i0 := 0; i0 < 4; i0++ {
		i := i0
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ps []*int
	for i0 := 0; i0 < 3; i0++ {
		i := i0
		ps = append(ps, &i)
	}
	fmt.Println(*ps[0], *ps[1], *ps[2], ps[0] != ps[1])
	var seen []func() int
	for i0 := 0; i0 < 10; i0++ {
		i := i0
		seen = append(seen, func() int { return i })
		i += 2
		i0 = i
	}
	for _, f := range seen {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var pairs []func() string
	for a0, b0 := 0, 10; a0 < 3; a0, b0 = a0+1, b0-1 {
		a, b := a0, b0
		pairs = append(pairs, func() string { return fmt.Sprint(a, ":", b) })
	}
	for _, f := range pairs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var incs []func() int
	for i0 := 0; i0 < 3; i0++ {
		i := i0
		incs = append(incs, func() int { i += 100; return i })
	}
	fmt.Println(incs[0](), incs[1](), incs[2](), incs[0]())
}
