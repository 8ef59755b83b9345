package main

import (
	"errors"
	"fmt"
)

func double(x int) (result int) {
	defer func() { result *= 2 }()
	result = x
	return
}

func addThenDouble(x int) (result int) {
	defer func() { result *= 2 }()
	defer func() { result += 3 }()
	return x
}

func wrapErr(fail bool) (n int, err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %w", err)
			n = -1
		}
	}()
	if fail {
		return 5, errors.New("bad thing")
	}
	return 5, nil
}

func readOnly() (s string) {
	defer func() { fmt.Println("defer read s =", s) }()
	s = "set in body"
	return "set by return"
}

func main() {
	fmt.Println(double(4))
	fmt.Println(addThenDouble(4))
	fmt.Println(wrapErr(false))
	n, err := wrapErr(true)
	fmt.Println(n, err, errors.Unwrap(err))
	fmt.Println(readOnly())
}
