package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
)

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + " not found" }

type Temporary interface{ Temporary() bool }

type tempErr struct{}

func (tempErr) Error() string   { return "temporary" }
func (tempErr) Temporary() bool { return true }

var ErrBase = errors.New("base")

type isErr struct{}

func (isErr) Error() string          { return "isErr" }
func (isErr) Is(target error) bool { return target == ErrBase }

func main() {
	e1 := &NotFound{"file.txt"}
	w1 := fmt.Errorf("open: %w", e1)
	w2 := fmt.Errorf("layer2: %w", w1)
	fmt.Println(w2)
	var nf *NotFound
	fmt.Println(errors.As(w2, &nf), nf.Name)
	fmt.Println(errors.Is(w2, e1), errors.Is(w2, ErrBase), errors.Unwrap(w2) == w1)
	var tmp Temporary
	fmt.Println(errors.As(fmt.Errorf("x: %w", tempErr{}), &tmp), tmp != nil && tmp.Temporary())
	fmt.Println(errors.Is(fmt.Errorf("y: %w", isErr{}), ErrBase))
	fmt.Println(errors.Is(nil, nil), errors.Is(ErrBase, nil), errors.Unwrap(ErrBase))
	noWrap := fmt.Errorf("no wrap %v", e1)
	fmt.Println(noWrap, errors.Unwrap(noWrap) == nil)
	bad := fmt.Errorf("bad %w", "not an error")
	fmt.Println(bad)
	two := fmt.Errorf("%w and %w", e1, ErrBase)
	fmt.Println(two, errors.Unwrap(two) == nil)
	_, err := strconv.Atoi("12a")
	var numErr *strconv.NumError
	fmt.Println(errors.As(err, &numErr), numErr.Func, numErr.Num, errors.Is(err, strconv.ErrSyntax))
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(err, errors.Is(err, strconv.ErrRange))
	_, err = os.Open("/nonexistent/file")
	fmt.Println(err, errors.Is(err, os.ErrNotExist), os.IsNotExist(err))
	var pe *os.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path)
	fmt.Println(errors.Is(fmt.Errorf("eof: %w", io.EOF), io.EOF))
	fmt.Printf("%T %T\n", w1, errors.New("x"))
}
