// Go 1.22 semantics: a three-clause for loop gets a fresh copy of its variable in each
// iteration (the copy is made before the post statement). Go 1.19 shares one variable; the
// expected output comes from the twin go122_loopvar_3clause.oracle.go (same meaning).
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 4; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	fmt.Println(*ps[0], *ps[1], *ps[2], ps[0] != ps[1])
	// the body may change the variable; the change carries into the next iteration
	var seen []func() int
	for i := 0; i < 10; i++ {
		seen = append(seen, func() int { return i })
		i += 2
	}
	for _, f := range seen {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	// two variables
	var pairs []func() string
	for a, b := 0, 10; a < 3; a, b = a+1, b-1 {
		pairs = append(pairs, func() string { return fmt.Sprint(a, ":", b) })
	}
	for _, f := range pairs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	// closures that modify their own iteration's copy
	var incs []func() int
	for i := 0; i < 3; i++ {
		incs = append(incs, func() int { i += 100; return i })
	}
	fmt.Println(incs[0](), incs[1](), incs[2](), incs[0]())
}
