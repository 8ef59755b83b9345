// Methods promoted through twelve levels of embedding are in the method sets that
// interfaces check (Go has no depth limit), and an embedding cycle through a pointer
// ends the walk.
package main

import "fmt"

type E0 struct{ v int }

func (e E0) Hello() string { return fmt.Sprint("hello ", e.v) }

func (e *E0) Set(v int) { e.v = v }

type E1 struct{ E0 }
type E2 struct{ E1 }
type E3 struct{ E2 }
type E4 struct{ E3 }
type E5 struct{ E4 }
type E6 struct{ E5 }
type E7 struct{ E6 }
type E8 struct{ E7 }
type E9 struct{ E8 }
type E10 struct{ E9 }
type E11 struct{ E10 }
type E12 struct{ E11 }

type Ring struct {
	*Ring
	name string
}

func (r Ring) Name() string { return r.name }

type Helloer interface{ Hello() string }

type Setter interface{ Set(int) }

type Namer interface{ Name() string }

func main() {
	var x E12
	x.Set(3)
	fmt.Println(x.Hello())
	var h Helloer = x
	fmt.Println(h.Hello())
	var s Setter = &x
	s.Set(5)
	fmt.Println(h.Hello(), x.Hello())
	var i interface{} = x
	_, ok := i.(Helloer)
	_, ok2 := i.(Setter)
	fmt.Println(ok, ok2)
	r := &Ring{name: "r"}
	r.Ring = r
	var nm Namer = r
	fmt.Println(nm.Name(), r.Ring.Ring.Name())
}
