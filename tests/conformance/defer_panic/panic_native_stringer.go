package main

import (
	"fmt"
	"strings"
)

type Boom struct{}

func (Boom) String() string { panic("boom") }

type BadErr struct{}

func (BadErr) Error() string { panic("bad error") }

type NilSafe struct{ s string }

func (p *NilSafe) String() string { return p.s } // nil receiver dereference

type ErrPanic struct{}

func (ErrPanic) String() string { panic(fmt.Errorf("err value")) }

func main() {
	fmt.Println(Boom{})
	fmt.Println("mixed", Boom{}, 1)
	fmt.Printf("%s|%v|%d\n", Boom{}, Boom{}, Boom{})
	fmt.Println(BadErr{})
	var np *NilSafe
	fmt.Println(np)
	fmt.Printf("[%v]\n", np)
	fmt.Println(ErrPanic{})
	s := fmt.Sprint(Boom{})
	fmt.Println(strings.Contains(s, "PANIC"), len(s))
	fmt.Println("still running")
}
