package main

import "fmt"

type Base[T any] struct {
	ID T
}

func (b Base[T]) Ident() string { return fmt.Sprintf("id:%v", b.ID) }
func (b *Base[T]) SetID(id T)   { b.ID = id }

type Named struct {
	Name string
}

func (n Named) Hello() string { return "hello " + n.Name }

// generic type embedding an instantiated generic type and a plain type
type Entity[T any] struct {
	Base[T]
	Named
	Tags []string
}

// non-generic type embedding an instance
type User struct {
	Base[int]
	Email string
}

// generic type embedding a pointer to a generic type
type Wrapper[T any] struct {
	*Base[T]
	Extra T
}

// generic interface and a generic type embedding it
type Getter[T any] interface {
	Get() T
}

type constGetter[T any] struct{ v T }

func (c constGetter[T]) Get() T { return c.v }

type Logged[T any] struct {
	Getter[T]
	calls int
}

func (l *Logged[T]) Get() T {
	l.calls++
	return l.Getter.Get()
}

// generic interface embedding another generic interface
type GetSetter[T any] interface {
	Getter[T]
	Set(T)
}

type cell[T any] struct{ v T }

func (c *cell[T]) Get() T  { return c.v }
func (c *cell[T]) Set(v T) { c.v = v }

func Bump[T int | float64](gs GetSetter[T]) {
	gs.Set(gs.Get() + 1)
}

func main() {
	e := Entity[string]{Base[string]{"e-1"}, Named{"ent"}, []string{"x"}}
	fmt.Printf("%T\n%+v\n", e, e)
	fmt.Println(e.ID, e.Ident(), e.Hello(), e.Base.ID, e.Name)
	e.SetID("e-2")
	fmt.Println(e.Ident())

	u := User{Base: Base[int]{7}, Email: "u@x"}
	fmt.Printf("%T %+v %s\n", u, u, u.Ident())
	u.SetID(8)
	fmt.Println(u.ID)

	w := Wrapper[float64]{&Base[float64]{1.5}, 2.5}
	fmt.Println(w.Ident(), w.Extra)
	w.SetID(3.5)
	fmt.Println(w.ID, w.Base.ID)

	l := &Logged[string]{Getter: constGetter[string]{"const"}}
	fmt.Println(l.Get(), l.Get(), l.calls)
	var g Getter[string] = l
	fmt.Printf("%T %v %d\n", g, g.Get(), l.calls)
	fmt.Printf("%T\n", l.Getter)

	c := &cell[int]{41}
	Bump[int](c)
	fmt.Println(c.Get())
	var gs GetSetter[float64] = &cell[float64]{0.5}
	Bump(gs)
	Bump(gs)
	fmt.Println(gs.Get())
	var gi Getter[float64] = gs
	fmt.Printf("%T %v\n", gi, gi.Get())
	_, ok := gi.(GetSetter[float64])
	_, ok2 := gi.(interface{ Set(int) })
	fmt.Println(ok, ok2)
}
