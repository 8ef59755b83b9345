package main

import (
	"errors"
	"fmt"
)

type Flaky struct{ fail bool }

func (f Flaky) Error() string {
	if f.fail {
		panic("Error() exploded")
	}
	return "flaky but fine"
}

func describe(err error) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("describe recovered: ", r)
		}
	}()
	return "error is: " + err.Error()
}

func main() {
	fmt.Println(describe(Flaky{false}))
	fmt.Println(describe(Flaky{true}))
	fmt.Println(Flaky{true})
	fmt.Printf("%v / %s\n", Flaky{true}, Flaky{false})
	wrapped := fmt.Errorf("ctx: %w", Flaky{false})
	fmt.Println(wrapped, errors.Unwrap(wrapped) == Flaky{false})
}
