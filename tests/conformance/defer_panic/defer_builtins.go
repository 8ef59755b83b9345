package main

import "fmt"

func closeIt(ch chan int) {
	defer close(ch)
	ch <- 1
	ch <- 2
}

func deleteIt(m map[string]int) {
	defer delete(m, "tmp")
	m["tmp"] = 5
	fmt.Println("inside, len", len(m))
}

func copyIt(dst, src []int) {
	defer copy(dst, src)
	fmt.Println("inside copy, dst", dst)
}

func main() {
	ch := make(chan int, 2)
	closeIt(ch)
	for v := range ch {
		fmt.Println("got", v)
	}
	m := map[string]int{"keep": 1}
	deleteIt(m)
	fmt.Println("after, len", len(m), m["keep"])
	d := make([]int, 3)
	copyIt(d, []int{7, 8, 9})
	fmt.Println("after copy", d)
}
