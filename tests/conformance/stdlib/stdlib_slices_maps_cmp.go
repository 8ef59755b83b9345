// The Go 1.21 generic packages slices, maps and cmp (golite's own Go source for them).
// go 1.19 has none of the three: regen.sh runs the twin stdlib_slices_maps_cmp.oracle.go,
// the same program with the functions it uses pasted in as local generic functions.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

type IDs []int

type Celsius float64

func sortedKeys[K cmp.Ordered, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func printMap[K cmp.Ordered, V any](name string, m map[K]V) {
	fmt.Printf("%s (len %d, nil %v):", name, len(m), m == nil)
	for _, k := range sortedKeys(m) {
		fmt.Printf(" %v=%v", k, m[k])
	}
	fmt.Println()
}

func catch(name string, f func()) {
	defer func() {
		fmt.Printf("%s: recovered %v\n", name, recover())
	}()
	f()
}

func byAge(a, b Person) int { return cmp.Compare(a.Age, b.Age) }

func main() {
	nan := math.NaN()
	negZero := math.Copysign(0, -1)
	inf := math.Inf(1)

	// --- cmp ---
	fmt.Println("cmp.Compare ints:", cmp.Compare(1, 2), cmp.Compare(2, 2), cmp.Compare(3, 2))
	fmt.Println("cmp.Compare strings:", cmp.Compare("apple", "banana"), cmp.Compare("b", "a"), cmp.Compare("", ""))
	fmt.Println("cmp.Compare NaN:", cmp.Compare(nan, 1.0), cmp.Compare(1.0, nan), cmp.Compare(nan, nan), cmp.Compare(nan, -inf))
	fmt.Println("cmp.Compare zeros:", cmp.Compare(negZero, 0.0), cmp.Compare(-inf, inf))
	fmt.Println("cmp.Less:", cmp.Less(1, 2), cmp.Less(2, 1), cmp.Less(nan, -inf), cmp.Less(-inf, nan), cmp.Less(nan, nan), cmp.Less(negZero, 0.0))
	fmt.Println("cmp.Compare Celsius, uint8:", cmp.Compare(Celsius(-3.5), Celsius(2)), cmp.Compare(uint8(200), uint8(100)))

	// --- slices: comparing and searching ---
	a := []int{1, 2, 3, 4, 5}
	fmt.Println("Equal:", slices.Equal(a, []int{1, 2, 3, 4, 5}), slices.Equal(a, a[:4]), slices.Equal([]int{}, []int(nil)),
		slices.Equal([]float64{nan}, []float64{nan}))
	fmt.Println("EqualFunc:", slices.EqualFunc(a, []string{"1", "2", "3", "4", "5"}, func(n int, s string) bool { return fmt.Sprint(n) == s }))
	fmt.Println("Compare:", slices.Compare(a, []int{1, 2, 4}), slices.Compare(a, a[:3]), slices.Compare(a[:3], a), slices.Compare(a, a),
		slices.Compare([]float64{nan, 1}, []float64{nan, 2}))
	fmt.Println("CompareFunc:", slices.CompareFunc([]string{"a", "bb"}, []int{1, 2}, func(s string, n int) int { return cmp.Compare(len(s), n) }),
		slices.CompareFunc([]string{"a", "bbb"}, []int{1, 2}, func(s string, n int) int { return cmp.Compare(len(s), n) }))
	words := []string{"go", "rust", "zig", "c", "go"}
	fmt.Println("Index:", slices.Index(words, "go"), slices.Index(words, "zig"), slices.Index(words, "java"))
	fmt.Println("IndexFunc:", slices.IndexFunc(words, func(s string) bool { return len(s) > 2 }), slices.IndexFunc(words, func(s string) bool { return s == "" }))
	fmt.Println("Contains:", slices.Contains(words, "c"), slices.Contains(words, "d"), slices.Contains([]float64{nan}, nan))
	fmt.Println("ContainsFunc:", slices.ContainsFunc(words, func(s string) bool { return strings.HasPrefix(s, "ru") }))

	// --- slices: modifying ---
	s := []string{"a", "b", "c", "d"}
	s = slices.Insert(s, 1, "x", "y")
	fmt.Println("Insert:", s, len(s))
	s = slices.Insert(s, len(s), "end")
	fmt.Println("Insert at end:", s)
	s = slices.Delete(s, 1, 3)
	fmt.Println("Delete:", s)
	s = slices.Replace(s, 1, 3, "B", "C", "extra")
	fmt.Println("Replace (grow):", s)
	s = slices.Replace(s, 0, 4, "Z")
	fmt.Println("Replace (shrink):", s)
	nums := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	nums = slices.DeleteFunc(nums, func(n int) bool { return n%3 == 0 })
	fmt.Println("DeleteFunc:", nums)

	// Insert and Replace in place, with the values taken from the same array.
	buf := make([]int, 5, 10)
	for i := range buf {
		buf[i] = i + 1
	}
	in := slices.Insert(buf, 1, buf[2:5]...)
	fmt.Println("Insert aliased:", in, &in[0] == &buf[0])
	buf2 := []int{1, 2, 3, 4, 5, 6, 0, 0, 0}[:6]
	rp := slices.Replace(buf2, 1, 2, buf2[3:6]...)
	fmt.Println("Replace aliased:", rp)

	var nilSlice []int
	fmt.Println("Clone:", slices.Clone(a), slices.Clone(nilSlice) == nil, slices.Clone([]int{}) == nil)
	c := slices.Clone(a)
	c[0] = 100
	fmt.Println("Clone independent:", a[0], c[0])
	fmt.Println("Compact:", slices.Compact([]int{1, 1, 2, 3, 3, 3, 1, 4, 4}))
	fmt.Println("CompactFunc:", slices.CompactFunc([]string{"Go", "GO", "go", "Rust", "rust", "Go"}, strings.EqualFold))
	g := slices.Grow([]int{1, 2}, 10)
	fmt.Println("Grow:", g, len(g), cap(g) >= 12)
	clip := slices.Clip(make([]int, 3, 20))
	fmt.Println("Clip:", len(clip), cap(clip))
	r := []string{"one", "two", "three", "four"}
	slices.Reverse(r)
	fmt.Println("Reverse:", r)

	// --- slices: min and max ---
	fmt.Println("Min/Max:", slices.Min([]int{4, 2, 8, 1, 9}), slices.Max([]int{4, 2, 8, 1, 9}), slices.Min(words), slices.Max(words))
	fmt.Println("Min/Max NaN:", slices.Min([]float64{1, nan, -5}), slices.Max([]float64{1, 2, nan}))
	fmt.Println("Min/Max zeros:", slices.Min([]float64{0, negZero}), slices.Max([]float64{negZero, 0}), slices.Min([]float64{inf, -inf}))
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dave", 25}, {"Eve", 35}}
	fmt.Println("MinFunc/MaxFunc:", slices.MinFunc(people, byAge), slices.MaxFunc(people, byAge))
	fmt.Println("MaxFunc first of equals:", slices.MaxFunc(people[:4], byAge))
	catch("Min(empty)", func() { slices.Min([]int{}) })
	catch("Max(nil)", func() { slices.Max(nilSlice) })
	catch("MinFunc(empty)", func() { slices.MinFunc([]Person{}, byAge) })
	catch("MaxFunc(empty)", func() { slices.MaxFunc([]Person(nil), byAge) })

	// --- slices: bounds panics are the runtime's ---
	five := make([]int, 3, 5)
	catch("Insert(s, 4)", func() { slices.Insert(five, 4, 1) })
	catch("Delete(s, 2, 1)", func() { slices.Delete(five, 2, 1) })
	catch("Delete(s, 1, 4)", func() { slices.Delete(five, 1, 4) })
	catch("Delete(s, 0, 6)", func() { slices.Delete(five, 0, 6) })
	catch("Replace(s, 1, 4)", func() { slices.Replace(five, 1, 4, 9) })
	catch("Grow(s, -1)", func() { slices.Grow(five, -1) })

	// --- slices: sorting ---
	ints := []int{5, 2, 8, 1, 9, 3, 7, 3, 0, -4}
	slices.Sort(ints)
	fmt.Println("Sort ints:", ints, slices.IsSorted(ints))
	strs := []string{"pear", "apple", "fig", "banana", "cherry"}
	slices.Sort(strs)
	fmt.Println("Sort strings:", strs)
	floats := []float64{3.5, nan, -1, inf, 0, nan, -inf, 2}
	slices.Sort(floats)
	fmt.Println("Sort floats:", floats, slices.IsSorted(floats))
	temps := []Celsius{21.5, -3, 0, 37}
	slices.Sort(temps)
	fmt.Printf("Sort Celsius: %v %T\n", temps, temps)
	ids := IDs{42, 7, 19}
	slices.Sort(ids)
	more := slices.Insert(ids, 0, 1)
	fmt.Printf("IDs: %v %T\n", more, more)
	fmt.Println("IsSorted:", slices.IsSorted([]int{1, 3, 2}), slices.IsSortedFunc([]int{3, 2, 1}, func(x, y int) int { return y - x }))

	// SortFunc on many equal keys: where equal elements end up is pdqsort's.
	var crowd []Person
	for i := 0; i < 150; i++ {
		crowd = append(crowd, Person{fmt.Sprintf("p%03d", i), (i * 7919) % 11})
	}
	unstable := slices.Clone(crowd)
	calls := 0
	slices.SortFunc(unstable, func(x, y Person) int { calls++; return byAge(x, y) })
	fmt.Println("SortFunc head:", unstable[:12])
	fmt.Println("SortFunc tail:", unstable[138:])
	fmt.Println("SortFunc comparisons:", calls, slices.IsSortedFunc(unstable, byAge))
	viaSort := slices.Clone(crowd)
	sort.Slice(viaSort, func(i, j int) bool { return viaSort[i].Age < viaSort[j].Age })
	fmt.Println("SortFunc same order as sort.Slice:", slices.Equal(unstable, viaSort))

	stable := slices.Clone(crowd)
	slices.SortStableFunc(stable, byAge)
	fmt.Println("SortStableFunc head:", stable[:12])
	viaStable := slices.Clone(crowd)
	sort.SliceStable(viaStable, func(i, j int) bool { return viaStable[i].Age < viaStable[j].Age })
	fmt.Println("SortStableFunc same as sort.SliceStable:", slices.Equal(stable, viaStable))

	// Larger inputs: patterns that take pdqsort's other paths.
	big := make([]int, 3000)
	for i := range big {
		big[i] = (i * 104729) % 1013
	}
	desc := make([]int, 2000)
	for i := range desc {
		desc[i] = 2000 - i
	}
	slices.Sort(big)
	slices.Sort(desc)
	fmt.Println("Sort big:", big[:8], big[2992:], slices.IsSorted(big), "desc:", desc[:5], slices.IsSorted(desc))

	// --- slices: binary search ---
	sorted := []int{10, 20, 20, 30, 50}
	for _, t := range []int{5, 20, 25, 50, 60} {
		i, found := slices.BinarySearch(sorted, t)
		fmt.Printf("BinarySearch %d: %d %v\n", t, i, found)
	}
	i, found := slices.BinarySearch(floats, nan)
	fmt.Println("BinarySearch NaN:", i, found)
	byName := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}}
	i, found = slices.BinarySearchFunc(byName, "Bob", func(p Person, name string) int { return strings.Compare(p.Name, name) })
	fmt.Println("BinarySearchFunc Bob:", i, found)
	i, found = slices.BinarySearchFunc(byName, "Billy", func(p Person, name string) int { return strings.Compare(p.Name, name) })
	fmt.Println("BinarySearchFunc Billy:", i, found)

	// --- maps ---
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	printMap("m", m)
	mc := maps.Clone(m)
	mc["four"] = 4
	printMap("clone+four", mc)
	printMap("m after", m)
	var nilMap map[string]int
	fmt.Println("Clone(nil) == nil:", maps.Clone(nilMap) == nil)
	fmt.Println("Equal:", maps.Equal(m, map[string]int{"three": 3, "two": 2, "one": 1}), maps.Equal(m, mc),
		maps.Equal(nilMap, map[string]int{}), maps.Equal(map[int]float64{1: nan}, map[int]float64{1: nan}))
	fmt.Println("EqualFunc:", maps.EqualFunc(m, map[string]string{"one": "1", "two": "2", "three": "3"},
		func(n int, s string) bool { return fmt.Sprint(n) == s }))
	dst := map[string]int{"one": 100, "zero": 0}
	maps.Copy(dst, m)
	printMap("Copy", dst)
	maps.DeleteFunc(dst, func(k string, v int) bool { return v%2 == 1 || strings.HasPrefix(k, "z") })
	printMap("DeleteFunc", dst)
	nanKeys := map[float64]string{nan: "a", 1: "b"}
	nanKeys[nan] = "c"
	fmt.Println("Clone NaN keys:", len(maps.Clone(nanKeys)))
	ages := map[int][]string{}
	for _, p := range people {
		ages[p.Age] = append(ages[p.Age], p.Name)
	}
	printMap("ages", ages)
}
