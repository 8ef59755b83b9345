package main

import "fmt"

type Person struct {
	Name string
	Age  int
	Tags []string
}

type Point struct{ X, Y int }

type Line struct {
	From, To Point
	Label    string
}

func main() {
	p1 := Person{"Alice", 30, []string{"admin"}}
	p2 := Person{Name: "Bob"}
	p3 := Person{Age: 5, Name: "Carl"}
	var p4 Person
	fmt.Println(p1, p2, p3, p4)
	fmt.Printf("%+v\n", p1)
	fmt.Printf("%+v\n", p4)
	l := Line{Point{1, 2}, Point{3, 4}, "diag"}
	fmt.Println(l, l.From.X, l.To.Y)
	l2 := Line{To: Point{Y: 9}}
	fmt.Printf("%+v\n", l2)
	pts := []Point{{1, 2}, {X: 3}, {}}
	fmt.Println(pts)
	mp := map[string]Point{"a": {1, 1}}
	fmt.Println(mp)
	pp := &Point{5, 6}
	fmt.Println(pp.X, (*pp).Y, *pp)
	anon := struct {
		A int
		B string
	}{1, "b"}
	fmt.Println(anon, anon.B)
	arrOfStruct := [2]Point{{1, 1}, {2, 2}}
	fmt.Println(arrOfStruct)
	ptrs := []*Point{{7, 8}, {9, 10}}
	fmt.Println(*ptrs[0], ptrs[1].Y)
	p2.Age = 40
	p2.Tags = append(p2.Tags, "x", "y")
	fmt.Println(p2)
	type Empty struct{}
	fmt.Println(Empty{}, struct{}{})
}
