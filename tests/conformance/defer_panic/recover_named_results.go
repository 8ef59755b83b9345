package main

import (
	"errors"
	"fmt"
	"strconv"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("safeDiv(%d, %d): %v", a, b, r)
		}
	}()
	q = -1
	q = a / b
	return q, nil
}

func partial() (steps []string, n int) {
	defer func() {
		recover()
		steps = append(steps, "deferred")
	}()
	steps = append(steps, "one")
	n = 1
	steps = append(steps, "two")
	n = 2
	panic("stop")
}

func unnamedResult() int {
	defer func() { recover() }()
	panic("zero value returned")
}

func parse(s string) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New(fmt.Sprint(r))
		}
	}()
	n, e := strconv.Atoi(s)
	if e != nil {
		panic("bad number " + strconv.Quote(s))
	}
	return n * 2, nil
}

func main() {
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	fmt.Println(partial())
	fmt.Println(unnamedResult())
	fmt.Println(parse("21"))
	fmt.Println(parse("x1"))
}
