package main

import (
	"errors"
	"fmt"
)

var ErrEmpty = errors.New("empty input")
var ErrTooLong = errors.New("input too long")

func validate(s string) error {
	switch {
	case s == "":
		return ErrEmpty
	case len(s) > 5:
		return ErrTooLong
	}
	return nil
}

type TempErr struct{ Code int }

func (t TempErr) Error() string { return fmt.Sprintf("temporary error %d", t.Code) }

func main() {
	for _, in := range []string{"", "ok", "toolong"} {
		err := validate(in)
		if err != nil {
			fmt.Printf("%q -> %v (is empty: %v)\n", in, err, err == ErrEmpty)
		} else {
			fmt.Printf("%q -> ok\n", in)
		}
	}
	e1 := errors.New("x")
	e2 := errors.New("x")
	fmt.Println(e1 == e2, e1.Error() == e2.Error())
	var err error = TempErr{503}
	fmt.Println(err)
	if te, ok := err.(TempErr); ok {
		fmt.Println("code", te.Code)
	}
	wrapped := fmt.Errorf("ctx: %w", err)
	fmt.Println(errors.Is(wrapped, TempErr{503}), errors.Is(wrapped, TempErr{500}))
	fmt.Println(errors.Unwrap(wrapped) == err, errors.Unwrap(err) == nil)
	var target TempErr
	fmt.Println(errors.As(wrapped, &target), target.Code)
	fmt.Printf("%T\n", e1)
}
