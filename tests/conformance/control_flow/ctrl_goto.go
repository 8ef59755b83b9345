package main

import "fmt"

func collatz(n int) int {
	steps := 0
loop:
	if n == 1 {
		goto done
	}
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	steps++
	goto loop
done:
	return steps
}

func main() {
	i := 0
start:
	if i < 5 {
		fmt.Print(i, " ")
		i++
		goto start
	}
	fmt.Println()
	fmt.Println(collatz(27), collatz(1), collatz(97))
	j := 0
	for {
		j++
		if j > 3 {
			goto out
		}
	}
out:
	fmt.Println("j", j)
	goto skip
skip:
	fmt.Println("after skip")
}
