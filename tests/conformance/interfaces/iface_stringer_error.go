package main

import (
	"errors"
	"fmt"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Point struct{ X, Y int }

func (p *Point) String() string { return fmt.Sprintf("P(%d,%d)", p.X, p.Y) }

type NotFound struct{ Name string }

func (e NotFound) Error() string { return "not found: " + e.Name }

type Both struct{}

func (Both) Error() string  { return "error wins" }
func (Both) String() string { return "string loses" }

func find(name string) error {
	if name == "x" {
		return nil
	}
	return NotFound{name}
}

func main() {
	c := Celsius(21.55)
	fmt.Println(c)
	fmt.Printf("%v %s %d\n", c, c, 5)
	fmt.Printf("%.2f\n", c)
	p := Point{1, 2}
	fmt.Println(p, &p)
	fmt.Printf("%v %+v %s\n", &p, &p, &p)
	fmt.Println([]Celsius{1, 2})
	fmt.Println(map[string]Celsius{"a": 3})
	fmt.Println(struct{ T Celsius }{4})
	err := find("y")
	fmt.Println(err)
	fmt.Printf("%v | %s | %q\n", err, err, err)
	fmt.Println(find("x"))
	fmt.Println(Both{})
	fmt.Printf("[%10s] [%-10v]\n", c, c)
	e := errors.New("plain")
	fmt.Println(e, e.Error())
	var nf NotFound
	if errors.As(find("z"), &nf) {
		fmt.Println("as:", nf.Name)
	}
	fmt.Println(fmt.Sprint(c, " ", err))
}
