package main

import "fmt"

func main() {
	m := make(map[string]int)
	m["a"] = 1
	m["b"] = 2
	m["c"] = 3
	fmt.Println(len(m), m["a"], m["b"], m["zzz"])
	m["a"] = 100
	fmt.Println(m)
	lit := map[int]string{1: "one", 2: "two", 3: "three"}
	fmt.Println(lit, len(lit))
	m2 := map[string][]int{}
	m2["x"] = append(m2["x"], 1)
	m2["x"] = append(m2["x"], 2)
	m2["y"] = append(m2["y"], 3)
	fmt.Println(m2)
	alias := m
	alias["new"] = 7
	fmt.Println(m["new"], len(m))
	sized := make(map[int]int, 100)
	for i := 0; i < 50; i++ {
		sized[i%10] += i
	}
	fmt.Println(sized, len(sized))
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	fmt.Printf("%v\n", map[string]bool{"t": true, "f": false})
	nested := map[string]map[string]int{}
	if nested["outer"] == nil {
		nested["outer"] = map[string]int{}
	}
	nested["outer"]["inner"] = 5
	fmt.Println(nested)
	type Pt struct{ X, Y int }
	pm := map[string]*Pt{"p": {1, 2}}
	pm["p"].X = 10
	fmt.Println(*pm["p"])
	sm := map[string]Pt{"q": {3, 4}}
	v := sm["q"]
	v.X = 30
	sm["q"] = v
	fmt.Println(sm)
	big := map[int]int{}
	for i := 0; i < 100000; i++ {
		big[i] = i
	}
	for i := 0; i < 100000; i += 2 {
		delete(big, i)
	}
	s := 0
	for k := range big {
		s += k
	}
	fmt.Println(len(big), s)
}
