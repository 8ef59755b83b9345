package main

import "fmt"

type Address struct {
	Street string
	City   string
}

type Person struct {
	Name    string
	Age     int
	Addr    *Address
	Friends []*Person
	Meta    map[string]interface{}
}

type Team struct {
	Lead    Person
	Members []Person
	Scores  map[string][]int
	Tags    [2]string
}

func main() {
	a := &Address{"Main St", "Springfield"}
	p := Person{Name: "Homer", Age: 39, Addr: a, Meta: map[string]interface{}{"job": "safety", "kids": 3}}
	fmt.Println(p.Addr)
	fmt.Printf("%v\n", *a)
	fmt.Printf("%+v\n", a)
	q := &Person{Name: "Marge", Age: 36}
	fmt.Println(q.Name, q.Friends == nil)
	fmt.Printf("%v\n", Person{Name: "Bart"})
	fmt.Printf("%+v\n", Person{Name: "Lisa", Meta: map[string]interface{}{"iq": 159}})
	t := Team{Lead: Person{Name: "Ned"}, Members: []Person{{Name: "Rod"}, {Name: "Todd", Age: 8}},
		Scores: map[string][]int{"b": {2, 3}, "a": {1}}, Tags: [2]string{"x", "y"}}
	fmt.Printf("%v\n", t)
	fmt.Printf("%+v\n", t)
	ptrs := []*Address{a, {"Elm", "Shelbyville"}}
	fmt.Printf("%v\n", *ptrs[1])
	m := map[string]*Address{"home": a}
	fmt.Printf("%v\n", len(m))
	deep := map[string]map[string][]map[string]int{"l1": {"l2": {{"z": 1, "a": 2}, {}}}}
	fmt.Println(deep)
	fmt.Printf("%v\n", []interface{}{[]int{1}, map[int]bool{1: true}, struct{ S []string }{[]string{"s"}}})
	fmt.Printf("%v\n", &struct{ A, B int }{1, 2})
	fmt.Printf("%+v\n", &[]int{1, 2})
	fmt.Printf("%v\n", &[2]string{"a", "b"})
	fmt.Printf("%v\n", &map[string]int{"k": 1})
	fmt.Printf("%#v\n", Address{"S", "C"})
	fmt.Printf("%v\n", [][]string{{"a"}, {"b", "c"}})
}
