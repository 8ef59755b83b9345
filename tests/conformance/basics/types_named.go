package main

import "fmt"

type Meters float64
type Feet float64
type ID int
type Name string
type Names []string
type Lookup map[string]int
type Op func(int, int) int

func (m Meters) ToFeet() Feet { return Feet(m * 3.28084) }
func (n Name) Greet() string   { return "hi " + string(n) }
func (ns Names) Len() int      { return len(ns) }
func (id ID) Next() ID         { return id + 1 }

func main() {
	m := Meters(10)
	fmt.Println(m, m.ToFeet())
	fmt.Printf("%T %T\n", m, m.ToFeet())
	var id ID = 41
	fmt.Println(id.Next(), id.Next().Next())
	n := Name("bob")
	fmt.Println(n.Greet(), len(n), n[0])
	ns := Names{"a", "b", "c"}
	ns = append(ns, "d")
	fmt.Println(ns, ns.Len())
	fmt.Printf("%T\n", ns)
	l := Lookup{"x": 1}
	l["y"] = 2
	fmt.Println(len(l), l["y"])
	var add Op = func(a, b int) int { return a + b }
	fmt.Println(add(2, 3))
	raw := []string(ns)
	fmt.Println(raw)
	fmt.Println(Meters(Feet(3)))
	type local struct{ a, b int }
	type other struct{ a, b int }
	o := other(local{1, 2})
	fmt.Println(o)
	const c ID = 5
	fmt.Printf("%v %T\n", c*2, c*2)
}
