package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	// Equal keys: where they end up depends on the exact algorithm (pdqsort).
	var people []Person
	for i := 0; i < 200; i++ {
		people = append(people, Person{fmt.Sprintf("p%03d", i), (i * 7919) % 13})
	}
	p1 := append([]Person(nil), people...)
	sort.Slice(p1, func(i, j int) bool { return p1[i].Age < p1[j].Age })
	fmt.Println(p1[:20])
	fmt.Println(p1[180:])
	p2 := append([]Person(nil), people...)
	sort.Sort(ByAge(p2))
	fmt.Println(p2[:20])
	p3 := append([]Person(nil), people...)
	sort.Stable(ByAge(p3))
	fmt.Println(p3[:20])
	p4 := append([]Person(nil), people...)
	sort.SliceStable(p4, func(i, j int) bool { return p4[i].Age > p4[j].Age })
	fmt.Println(p4[:10])
	p5 := append([]Person(nil), people...)
	sort.Sort(sort.Reverse(ByAge(p5)))
	fmt.Println(p5[:10], sort.IsSorted(ByAge(p5)), sort.IsSorted(sort.Reverse(ByAge(p5))))

	ints := []int{5, 2, 8, -1, 0, 2, 9, 100, -50, 7}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints), sort.SearchInts(ints, 7), sort.SearchInts(ints, 3))
	strs := []string{"pear", "apple", "fig", "Apple", "", "banana"}
	sort.Strings(strs)
	fmt.Println(strs, sort.SearchStrings(strs, "fig"))
	fl := []float64{3.5, -1, 2, 0, 1e10, -2.5}
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl))
	big := make([]int, 1000)
	for i := range big {
		big[i] = (i * 7777) % 1009
	}
	sort.Sort(sort.Reverse(sort.IntSlice(big)))
	fmt.Println(big[:10], big[990:])
	idx := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(idx)
	i, found := sort.Find(len(ints), func(i int) int { return 8 - ints[i] })
	fmt.Println(i, found)
	// Descending runs and many duplicates exercise the pattern-breaking paths.
	desc := make([]int, 300)
	for i := range desc {
		desc[i] = 300 - i
	}
	pairs := make([][2]int, 300)
	for i := range pairs {
		pairs[i] = [2]int{desc[i] % 5, i}
	}
	sort.Slice(pairs, func(i, j int) bool { return pairs[i][0] < pairs[j][0] })
	fmt.Println(pairs[:15], pairs[285:])
	fmt.Println(sort.SliceIsSorted(pairs, func(i, j int) bool { return pairs[i][0] < pairs[j][0] }))
}
