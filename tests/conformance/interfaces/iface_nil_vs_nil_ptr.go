package main

import (
	"errors"
	"fmt"
)

type MyErr struct{}

func (e *MyErr) Error() string { return "my error" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p // non-nil interface even when p is nil!
}

func correct(fail bool) error {
	if fail {
		return &MyErr{}
	}
	return nil
}

type Speaker interface{ Speak() string }
type Robot struct{ name string }

func (r *Robot) Speak() string {
	if r == nil {
		return "nil robot speaking"
	}
	return r.name
}

func main() {
	e1 := mayFail(false)
	fmt.Println(e1 == nil, e1 != nil)
	e2 := correct(false)
	fmt.Println(e2 == nil)
	fmt.Printf("%T %T\n", e1, e2)
	var r *Robot
	var s Speaker = r
	fmt.Println(s == nil, s.Speak())
	s = nil
	fmt.Println(s == nil)
	var i interface{}
	fmt.Println(i == nil)
	var np *int
	i = np
	fmt.Println(i == nil, i == (*int)(nil))
	fmt.Println(i)
	var err error
	fmt.Println(err == nil, errors.Is(err, nil))
	var me *MyErr
	err = me
	fmt.Println(err == nil, err.Error())
	var e3 error = mayFail(true)
	fmt.Println(e3)
}
