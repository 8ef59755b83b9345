package main

import "fmt"

func main() {
	m := map[string]int{"zero": 0, "one": 1}
	v, ok := m["zero"]
	fmt.Println(v, ok)
	v, ok = m["missing"]
	fmt.Println(v, ok)
	if _, ok := m["one"]; ok {
		fmt.Println("one present")
	}
	delete(m, "one")
	_, ok = m["one"]
	fmt.Println(ok, len(m))
	delete(m, "never-there")
	fmt.Println(len(m))
	var nilm map[string]int
	delete(nilm, "x")
	v, ok = nilm["x"]
	fmt.Println(v, ok, len(nilm))
	ms := map[int]string{}
	s, ok := ms[5]
	fmt.Printf("%q %v\n", s, ok)
	for i := 0; i < 10; i++ {
		ms[i] = fmt.Sprint(i)
	}
	for i := 0; i < 10; i += 3 {
		delete(ms, i)
	}
	fmt.Println(ms, len(ms))
	mi := map[string]interface{}{"n": nil}
	val, ok := mi["n"]
	fmt.Println(val, ok)
	val, ok = mi["x"]
	fmt.Println(val, ok)
	mp := map[string]*int{}
	p, ok := mp["x"]
	fmt.Println(p == nil, ok)
	for k := range ms {
		delete(ms, k)
	}
	fmt.Println(len(ms), ms)
}
