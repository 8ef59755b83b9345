package main

import "fmt"

func loop() {
	for i := 0; i < 4; i++ {
		defer fmt.Println("loop defer arg", i)
	}
	for i := 0; i < 3; i++ {
		i := i
		defer func() { fmt.Println("loop defer closure copy", i) }()
	}
	for _, s := range []string{"a", "b", "c"} {
		defer func(v string) { fmt.Println("loop defer param", v) }(s)
	}
	fmt.Println("loop body done")
}

func sum(n int) (total int) {
	for i := 1; i <= n; i++ {
		v := i
		defer func() { total += v }()
	}
	return 0
}

func main() {
	loop()
	fmt.Println(sum(10))
	fmt.Println(sum(1000))
}
