package main

import "fmt"

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	_
	Sticky
)

const (
	a0 = iota
	_
	a2
	_
	a4
)

const (
	e0 = iota * iota
	e1
	e2
	e3 = 7
	e4
	e5 = iota - 1
	e6
)

func (p Perm) String() string {
	s := ""
	if p&Read != 0 {
		s += "r"
	} else {
		s += "-"
	}
	if p&Write != 0 {
		s += "w"
	} else {
		s += "-"
	}
	if p&Exec != 0 {
		s += "x"
	} else {
		s += "-"
	}
	return s
}

func main() {
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(uint8(Read), uint8(Write), uint8(Exec), uint8(Sticky))
	fmt.Println(Read|Exec, Read|Write|Exec, Perm(0))
	fmt.Println(a0, a2, a4)
	fmt.Println(e0, e1, e2, e3, e4, e5, e6)
	var p Perm = Read | Write
	p &^= Write
	fmt.Println(p, p|Exec)
}
