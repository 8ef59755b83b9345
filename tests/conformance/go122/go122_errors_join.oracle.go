package main

// Go 1.19 has no errors.Join and its Is/As do not follow Unwrap() []error: the same
// meaning written out.

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
)

type codeErr struct{ code int }

func (e *codeErr) Error() string { return fmt.Sprint("code ", e.code) }

type multi struct{ errs []error }

func (m multi) Error() string   { return "multi" }
func (m multi) Unwrap() []error { return m.errs }

type joinError struct{ errs []error }

func (e *joinError) Error() string {
	var s []string
	for _, err := range e.errs {
		s = append(s, err.Error())
	}
	return strings.Join(s, "\n")
}
func (e *joinError) Unwrap() []error { return e.errs }

func join(errs ...error) error {
	var out []error
	for _, e := range errs {
		if e != nil {
			out = append(out, e)
		}
	}
	if out == nil {
		return nil
	}
	return &joinError{out}
}

func is(err, target error) bool {
	for err != nil {
		if errors.Is(err, target) {
			return true
		}
		if m, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range m.Unwrap() {
				if is(e, target) {
					return true
				}
			}
			return false
		}
		err = errors.Unwrap(err)
	}
	return false
}

func main() {
	a := errors.New("a")
	c := &codeErr{7}
	j := join(a, nil, fmt.Errorf("wrapped: %w", c))
	fmt.Printf("%q\n", j.Error())
	fmt.Println(is(j, a), is(j, c), is(j, fs.ErrNotExist))
	var ce *codeErr
	ok := errors.As(j.(*joinError).errs[1], &ce)
	fmt.Println(ok, ce.code)
	fmt.Println(join() == nil, join(nil, nil) == nil)
	m := multi{[]error{os.ErrPermission, fmt.Errorf("x: %w", fs.ErrNotExist)}}
	fmt.Println(is(m, fs.ErrNotExist), is(m, fs.ErrExist))
	var pe *fs.PathError
	fmt.Println(errors.As(m, &pe))
}
