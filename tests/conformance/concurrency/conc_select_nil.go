package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for i := 10; i < 13; i++ {
			b <- i
		}
		close(b)
	}()
	sum := 0
	n := 0
	// Disable a case by setting its channel to nil once closed.
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sum += v
			n++
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sum += v
			n++
		}
	}
	fmt.Println("n", n, "sum", sum)

	var nilc chan int
	select {
	case <-nilc:
		fmt.Println("nil receive")
	case nilc <- 1:
		fmt.Println("nil send")
	default:
		fmt.Println("default: nil channels are never ready")
	}

	// A select where only the non-nil case can proceed.
	ready := make(chan int, 1)
	ready <- 5
	select {
	case v := <-nilc:
		fmt.Println("nil", v)
	case v := <-ready:
		fmt.Println("ready", v)
	}
}
