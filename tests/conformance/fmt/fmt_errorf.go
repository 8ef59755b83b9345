package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func lookup(k string) error {
	if k == "" {
		return fmt.Errorf("lookup %q: %w", k, ErrNotFound)
	}
	return nil
}

func parse() error {
	return fmt.Errorf("parse failed: %w", &ParseError{3, "bad token"})
}

func main() {
	e := fmt.Errorf("simple %d %s", 42, "text")
	fmt.Println(e)
	fmt.Printf("%T\n", errors.Unwrap(e) == nil)
	w := lookup("")
	fmt.Println(w)
	fmt.Println(errors.Is(w, ErrNotFound), errors.Unwrap(w) == ErrNotFound)
	fmt.Println(lookup("x") == nil)
	p := parse()
	fmt.Println(p)
	var pe *ParseError
	if errors.As(p, &pe) {
		fmt.Println("line", pe.Line, pe.Msg)
	}
	e2 := fmt.Errorf("outer: %w", fmt.Errorf("middle: %w", ErrNotFound))
	fmt.Println(e2, errors.Is(e2, ErrNotFound))
	e3 := fmt.Errorf("no wrap: %v", ErrNotFound)
	fmt.Println(e3, errors.Is(e3, ErrNotFound))
	fmt.Println(errors.New("a") == errors.New("a"))
	fmt.Printf("%v|%s|%q\n", ErrNotFound, ErrNotFound, ErrNotFound)
	errs := []error{nil, ErrNotFound, e}
	for _, er := range errs {
		if er != nil {
			fmt.Println("err:", er.Error())
		} else {
			fmt.Println("no error")
		}
	}
}
