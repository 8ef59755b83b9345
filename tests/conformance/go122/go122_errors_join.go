package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type codeErr struct{ code int }

func (e *codeErr) Error() string { return fmt.Sprint("code ", e.code) }

type multi struct{ errs []error }

func (m multi) Error() string   { return "multi" }
func (m multi) Unwrap() []error { return m.errs }

func main() {
	a := errors.New("a")
	c := &codeErr{7}
	j := errors.Join(a, nil, fmt.Errorf("wrapped: %w", c))
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Is(j, a), errors.Is(j, c), errors.Is(j, fs.ErrNotExist))
	var ce *codeErr
	fmt.Println(errors.As(j, &ce), ce.code)
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	m := multi{[]error{os.ErrPermission, fmt.Errorf("x: %w", fs.ErrNotExist)}}
	fmt.Println(errors.Is(m, fs.ErrNotExist), errors.Is(m, fs.ErrExist))
	var pe *fs.PathError
	fmt.Println(errors.As(m, &pe))
}
