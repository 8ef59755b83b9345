package main

import "fmt"

func gen(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 0; i < n; i++ {
			ch <- i
		}
	}()
	return ch
}

func square(in <-chan int) <-chan int {
	out := make(chan int, 4)
	go func() {
		for v := range in {
			out <- v * v
		}
		close(out)
	}()
	return out
}

func main() {
	for v := range gen(5) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	sum := 0
	for v := range square(square(gen(10))) {
		sum += v
	}
	fmt.Println("sum of fourth powers", sum)

	// Buffered values survive close.
	b := make(chan string, 3)
	b <- "a"
	b <- "b"
	close(b)
	fmt.Println(len(b), cap(b))
	for s := range b {
		fmt.Println(s)
	}
	v, ok := <-b
	fmt.Printf("%q %v\n", v, ok)

	// Range with break leaves the remaining values.
	c := make(chan int, 5)
	for i := 0; i < 5; i++ {
		c <- i
	}
	close(c)
	for v := range c {
		if v == 2 {
			break
		}
	}
	fmt.Println("left", len(c))
}
