// Go 1.19 twin of stdlib_slices_maps_cmp.go: the same program, with golite's Go source
// for the Go 1.21 packages cmp, slices and maps (stdlib/go/{cmp,slices,maps}) pasted in
// below as local generic functions, pkg.Name renamed pkgName (slices.Sort is slicesSort,
// cmp.Ordered is cmpOrdered), so that go 1.19 can run it.
package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

type IDs []int

type Celsius float64

func sortedKeys[K cmpOrdered, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slicesSort(keys)
	return keys
}

func printMap[K cmpOrdered, V any](name string, m map[K]V) {
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

func byAge(a, b Person) int { return cmpCompare(a.Age, b.Age) }

func main() {
	nan := math.NaN()
	negZero := math.Copysign(0, -1)
	inf := math.Inf(1)

	// --- cmp ---
	fmt.Println("cmp.Compare ints:", cmpCompare(1, 2), cmpCompare(2, 2), cmpCompare(3, 2))
	fmt.Println("cmp.Compare strings:", cmpCompare("apple", "banana"), cmpCompare("b", "a"), cmpCompare("", ""))
	fmt.Println("cmp.Compare NaN:", cmpCompare(nan, 1.0), cmpCompare(1.0, nan), cmpCompare(nan, nan), cmpCompare(nan, -inf))
	fmt.Println("cmp.Compare zeros:", cmpCompare(negZero, 0.0), cmpCompare(-inf, inf))
	fmt.Println("cmp.Less:", cmpLess(1, 2), cmpLess(2, 1), cmpLess(nan, -inf), cmpLess(-inf, nan), cmpLess(nan, nan), cmpLess(negZero, 0.0))
	fmt.Println("cmp.Compare Celsius, uint8:", cmpCompare(Celsius(-3.5), Celsius(2)), cmpCompare(uint8(200), uint8(100)))

	// --- slices: comparing and searching ---
	a := []int{1, 2, 3, 4, 5}
	fmt.Println("Equal:", slicesEqual(a, []int{1, 2, 3, 4, 5}), slicesEqual(a, a[:4]), slicesEqual([]int{}, []int(nil)),
		slicesEqual([]float64{nan}, []float64{nan}))
	fmt.Println("EqualFunc:", slicesEqualFunc(a, []string{"1", "2", "3", "4", "5"}, func(n int, s string) bool { return fmt.Sprint(n) == s }))
	fmt.Println("Compare:", slicesCompare(a, []int{1, 2, 4}), slicesCompare(a, a[:3]), slicesCompare(a[:3], a), slicesCompare(a, a),
		slicesCompare([]float64{nan, 1}, []float64{nan, 2}))
	fmt.Println("CompareFunc:", slicesCompareFunc([]string{"a", "bb"}, []int{1, 2}, func(s string, n int) int { return cmpCompare(len(s), n) }),
		slicesCompareFunc([]string{"a", "bbb"}, []int{1, 2}, func(s string, n int) int { return cmpCompare(len(s), n) }))
	words := []string{"go", "rust", "zig", "c", "go"}
	fmt.Println("Index:", slicesIndex(words, "go"), slicesIndex(words, "zig"), slicesIndex(words, "java"))
	fmt.Println("IndexFunc:", slicesIndexFunc(words, func(s string) bool { return len(s) > 2 }), slicesIndexFunc(words, func(s string) bool { return s == "" }))
	fmt.Println("Contains:", slicesContains(words, "c"), slicesContains(words, "d"), slicesContains([]float64{nan}, nan))
	fmt.Println("ContainsFunc:", slicesContainsFunc(words, func(s string) bool { return strings.HasPrefix(s, "ru") }))

	// --- slices: modifying ---
	s := []string{"a", "b", "c", "d"}
	s = slicesInsert(s, 1, "x", "y")
	fmt.Println("Insert:", s, len(s))
	s = slicesInsert(s, len(s), "end")
	fmt.Println("Insert at end:", s)
	s = slicesDelete(s, 1, 3)
	fmt.Println("Delete:", s)
	s = slicesReplace(s, 1, 3, "B", "C", "extra")
	fmt.Println("Replace (grow):", s)
	s = slicesReplace(s, 0, 4, "Z")
	fmt.Println("Replace (shrink):", s)
	nums := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	nums = slicesDeleteFunc(nums, func(n int) bool { return n%3 == 0 })
	fmt.Println("DeleteFunc:", nums)

	// Insert and Replace in place, with the values taken from the same array.
	buf := make([]int, 5, 10)
	for i := range buf {
		buf[i] = i + 1
	}
	in := slicesInsert(buf, 1, buf[2:5]...)
	fmt.Println("Insert aliased:", in, &in[0] == &buf[0])
	buf2 := []int{1, 2, 3, 4, 5, 6, 0, 0, 0}[:6]
	rp := slicesReplace(buf2, 1, 2, buf2[3:6]...)
	fmt.Println("Replace aliased:", rp)

	var nilSlice []int
	fmt.Println("Clone:", slicesClone(a), slicesClone(nilSlice) == nil, slicesClone([]int{}) == nil)
	c := slicesClone(a)
	c[0] = 100
	fmt.Println("Clone independent:", a[0], c[0])
	fmt.Println("Compact:", slicesCompact([]int{1, 1, 2, 3, 3, 3, 1, 4, 4}))
	fmt.Println("CompactFunc:", slicesCompactFunc([]string{"Go", "GO", "go", "Rust", "rust", "Go"}, strings.EqualFold))
	g := slicesGrow([]int{1, 2}, 10)
	fmt.Println("Grow:", g, len(g), cap(g) >= 12)
	clip := slicesClip(make([]int, 3, 20))
	fmt.Println("Clip:", len(clip), cap(clip))
	r := []string{"one", "two", "three", "four"}
	slicesReverse(r)
	fmt.Println("Reverse:", r)

	// --- slices: min and max ---
	fmt.Println("Min/Max:", slicesMin([]int{4, 2, 8, 1, 9}), slicesMax([]int{4, 2, 8, 1, 9}), slicesMin(words), slicesMax(words))
	fmt.Println("Min/Max NaN:", slicesMin([]float64{1, nan, -5}), slicesMax([]float64{1, 2, nan}))
	fmt.Println("Min/Max zeros:", slicesMin([]float64{0, negZero}), slicesMax([]float64{negZero, 0}), slicesMin([]float64{inf, -inf}))
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dave", 25}, {"Eve", 35}}
	fmt.Println("MinFunc/MaxFunc:", slicesMinFunc(people, byAge), slicesMaxFunc(people, byAge))
	fmt.Println("MaxFunc first of equals:", slicesMaxFunc(people[:4], byAge))
	catch("Min(empty)", func() { slicesMin([]int{}) })
	catch("Max(nil)", func() { slicesMax(nilSlice) })
	catch("MinFunc(empty)", func() { slicesMinFunc([]Person{}, byAge) })
	catch("MaxFunc(empty)", func() { slicesMaxFunc([]Person(nil), byAge) })

	// --- slices: bounds panics are the runtime's ---
	five := make([]int, 3, 5)
	catch("Insert(s, 4)", func() { slicesInsert(five, 4, 1) })
	catch("Delete(s, 2, 1)", func() { slicesDelete(five, 2, 1) })
	catch("Delete(s, 1, 4)", func() { slicesDelete(five, 1, 4) })
	catch("Delete(s, 0, 6)", func() { slicesDelete(five, 0, 6) })
	catch("Replace(s, 1, 4)", func() { slicesReplace(five, 1, 4, 9) })
	catch("Grow(s, -1)", func() { slicesGrow(five, -1) })

	// --- slices: sorting ---
	ints := []int{5, 2, 8, 1, 9, 3, 7, 3, 0, -4}
	slicesSort(ints)
	fmt.Println("Sort ints:", ints, slicesIsSorted(ints))
	strs := []string{"pear", "apple", "fig", "banana", "cherry"}
	slicesSort(strs)
	fmt.Println("Sort strings:", strs)
	floats := []float64{3.5, nan, -1, inf, 0, nan, -inf, 2}
	slicesSort(floats)
	fmt.Println("Sort floats:", floats, slicesIsSorted(floats))
	temps := []Celsius{21.5, -3, 0, 37}
	slicesSort(temps)
	fmt.Printf("Sort Celsius: %v %T\n", temps, temps)
	ids := IDs{42, 7, 19}
	slicesSort(ids)
	more := slicesInsert(ids, 0, 1)
	fmt.Printf("IDs: %v %T\n", more, more)
	fmt.Println("IsSorted:", slicesIsSorted([]int{1, 3, 2}), slicesIsSortedFunc([]int{3, 2, 1}, func(x, y int) int { return y - x }))

	// SortFunc on many equal keys: where equal elements end up is pdqsort's.
	var crowd []Person
	for i := 0; i < 150; i++ {
		crowd = append(crowd, Person{fmt.Sprintf("p%03d", i), (i * 7919) % 11})
	}
	unstable := slicesClone(crowd)
	calls := 0
	slicesSortFunc(unstable, func(x, y Person) int { calls++; return byAge(x, y) })
	fmt.Println("SortFunc head:", unstable[:12])
	fmt.Println("SortFunc tail:", unstable[138:])
	fmt.Println("SortFunc comparisons:", calls, slicesIsSortedFunc(unstable, byAge))
	viaSort := slicesClone(crowd)
	sort.Slice(viaSort, func(i, j int) bool { return viaSort[i].Age < viaSort[j].Age })
	fmt.Println("SortFunc same order as sort.Slice:", slicesEqual(unstable, viaSort))

	stable := slicesClone(crowd)
	slicesSortStableFunc(stable, byAge)
	fmt.Println("SortStableFunc head:", stable[:12])
	viaStable := slicesClone(crowd)
	sort.SliceStable(viaStable, func(i, j int) bool { return viaStable[i].Age < viaStable[j].Age })
	fmt.Println("SortStableFunc same as sort.SliceStable:", slicesEqual(stable, viaStable))

	// Larger inputs: patterns that take pdqsort's other paths.
	big := make([]int, 3000)
	for i := range big {
		big[i] = (i * 104729) % 1013
	}
	desc := make([]int, 2000)
	for i := range desc {
		desc[i] = 2000 - i
	}
	slicesSort(big)
	slicesSort(desc)
	fmt.Println("Sort big:", big[:8], big[2992:], slicesIsSorted(big), "desc:", desc[:5], slicesIsSorted(desc))

	// --- slices: binary search ---
	sorted := []int{10, 20, 20, 30, 50}
	for _, t := range []int{5, 20, 25, 50, 60} {
		i, found := slicesBinarySearch(sorted, t)
		fmt.Printf("BinarySearch %d: %d %v\n", t, i, found)
	}
	i, found := slicesBinarySearch(floats, nan)
	fmt.Println("BinarySearch NaN:", i, found)
	byName := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}}
	i, found = slicesBinarySearchFunc(byName, "Bob", func(p Person, name string) int { return strings.Compare(p.Name, name) })
	fmt.Println("BinarySearchFunc Bob:", i, found)
	i, found = slicesBinarySearchFunc(byName, "Billy", func(p Person, name string) int { return strings.Compare(p.Name, name) })
	fmt.Println("BinarySearchFunc Billy:", i, found)

	// --- maps ---
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	printMap("m", m)
	mc := mapsClone(m)
	mc["four"] = 4
	printMap("clone+four", mc)
	printMap("m after", m)
	var nilMap map[string]int
	fmt.Println("Clone(nil) == nil:", mapsClone(nilMap) == nil)
	fmt.Println("Equal:", mapsEqual(m, map[string]int{"three": 3, "two": 2, "one": 1}), mapsEqual(m, mc),
		mapsEqual(nilMap, map[string]int{}), mapsEqual(map[int]float64{1: nan}, map[int]float64{1: nan}))
	fmt.Println("EqualFunc:", mapsEqualFunc(m, map[string]string{"one": "1", "two": "2", "three": "3"},
		func(n int, s string) bool { return fmt.Sprint(n) == s }))
	dst := map[string]int{"one": 100, "zero": 0}
	mapsCopy(dst, m)
	printMap("Copy", dst)
	mapsDeleteFunc(dst, func(k string, v int) bool { return v%2 == 1 || strings.HasPrefix(k, "z") })
	printMap("DeleteFunc", dst)
	nanKeys := map[float64]string{nan: "a", 1: "b"}
	nanKeys[nan] = "c"
	fmt.Println("Clone NaN keys:", len(mapsClone(nanKeys)))
	ages := map[int][]string{}
	for _, p := range people {
		ages[p.Age] = append(ages[p.Age], p.Name)
	}
	printMap("ages", ages)
}

// ---- package cmp ----

type cmpOrdered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64 |
		~string
}

func cmpLess[T cmpOrdered](x, y T) bool {
	return (isNaN(x) && !isNaN(y)) || x < y
}

func cmpCompare[T cmpOrdered](x, y T) int {
	xNaN := isNaN(x)
	yNaN := isNaN(y)
	switch {
	case xNaN && yNaN:
		return 0
	case xNaN || x < y:
		return -1
	case yNaN || x > y:
		return +1
	}
	return 0
}

// ---- package slices ----

func slicesEqual[S ~[]E, E comparable](s1, s2 S) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i := range s1 {
		if s1[i] != s2[i] {
			return false
		}
	}
	return true
}

func slicesEqualFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, eq func(E1, E2) bool) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i, v1 := range s1 {
		if !eq(v1, s2[i]) {
			return false
		}
	}
	return true
}

func slicesCompare[S ~[]E, E cmpOrdered](s1, s2 S) int {
	for i, v1 := range s1 {
		if i >= len(s2) {
			return +1
		}
		if c := cmpCompare(v1, s2[i]); c != 0 {
			return c
		}
	}
	if len(s1) < len(s2) {
		return -1
	}
	return 0
}

func slicesCompareFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, cmp func(E1, E2) int) int {
	for i, v1 := range s1 {
		if i >= len(s2) {
			return +1
		}
		if c := cmp(v1, s2[i]); c != 0 {
			return c
		}
	}
	if len(s1) < len(s2) {
		return -1
	}
	return 0
}

func slicesIndex[S ~[]E, E comparable](s S, v E) int {
	for i := range s {
		if v == s[i] {
			return i
		}
	}
	return -1
}

func slicesIndexFunc[S ~[]E, E any](s S, f func(E) bool) int {
	for i := range s {
		if f(s[i]) {
			return i
		}
	}
	return -1
}

func slicesContains[S ~[]E, E comparable](s S, v E) bool {
	return slicesIndex(s, v) >= 0
}

func slicesContainsFunc[S ~[]E, E any](s S, f func(E) bool) bool {
	return slicesIndexFunc(s, f) >= 0
}

func slicesInsert[S ~[]E, E any](s S, i int, v ...E) S {
	_ = s[i:] // bounds check: i must be in [0, len(s)]

	m := len(v)
	if m == 0 {
		return s
	}
	n := len(s)
	if i == n {
		return append(s, v...)
	}
	if n+m > cap(s) {
		r := append(s[:i], make(S, n+m-i)...)
		copy(r[i:], v)
		copy(r[i+m:], s[i:])
		return r
	}
	s = s[:n+m]
	copy(s[n:], v)
	rotateRight(s[i:], m)
	return s
}

func slicesDelete[S ~[]E, E any](s S, i, j int) S {
	_ = s[i:j] // bounds check

	return append(s[:i], s[j:]...)
}

func slicesDeleteFunc[S ~[]E, E any](s S, del func(E) bool) S {
	i := slicesIndexFunc(s, del)
	if i < 0 {
		return s
	}
	for j := i + 1; j < len(s); j++ {
		if v := s[j]; !del(v) {
			s[i] = v
			i++
		}
	}
	return s[:i]
}

func slicesReplace[S ~[]E, E any](s S, i, j int, v ...E) S {
	_ = s[i:j] // verify that i:j is a valid subslice

	if i == j {
		return slicesInsert(s, i, v...)
	}
	if j == len(s) {
		return append(s[:i], v...)
	}

	tot := len(s[:i]) + len(v) + len(s[j:])
	if tot > cap(s) {
		r := append(s[:i], make(S, tot-i)...)
		copy(r[i:], v)
		copy(r[i+len(v):], s[j:])
		return r
	}

	r := s[:tot]
	if i+len(v) <= j {
		copy(r[i:], v)
		if i+len(v) != j {
			copy(r[i+len(v):], s[j:])
		}
		return r
	}
	saved := make(S, len(v))
	copy(saved, v)
	copy(r[i+len(v):], s[j:])
	copy(r[i:], saved)
	return r
}

func slicesClone[S ~[]E, E any](s S) S {
	return append(s[:0:0], s...)
}

func slicesCompact[S ~[]E, E comparable](s S) S {
	if len(s) < 2 {
		return s
	}
	w := 1
	for k := 1; k < len(s); k++ {
		if s[k] != s[k-1] {
			if w != k {
				s[w] = s[k]
			}
			w++
		}
	}
	return s[:w]
}

func slicesCompactFunc[S ~[]E, E any](s S, eq func(E, E) bool) S {
	if len(s) < 2 {
		return s
	}
	w := 1
	for k := 1; k < len(s); k++ {
		if !eq(s[k], s[k-1]) {
			if w != k {
				s[w] = s[k]
			}
			w++
		}
	}
	return s[:w]
}

func slicesGrow[S ~[]E, E any](s S, n int) S {
	if n < 0 {
		panic("cannot be negative")
	}
	if n -= cap(s) - len(s); n > 0 {
		s = append(s[:cap(s)], make([]E, n)...)[:len(s)]
	}
	return s
}

func slicesClip[S ~[]E, E any](s S) S {
	return s[:len(s):len(s)]
}

func slicesReverse[S ~[]E, E any](s S) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func rotateRight[E any](s []E, r int) {
	rotateLeft(s, len(s)-r)
}

func rotateLeft[E any](s []E, r int) {
	for r != 0 && r != len(s) {
		if 2*r <= len(s) {
			swapBlocks(s[:r], s[len(s)-r:])
			s = s[:len(s)-r]
		} else {
			k := len(s) - r
			swapBlocks(s[:k], s[r:])
			s, r = s[k:], r-k
		}
	}
}

func swapBlocks[E any](x, y []E) {
	for i := range x {
		x[i], y[i] = y[i], x[i]
	}
}

func slicesSort[S ~[]E, E cmpOrdered](x S) {
	n := len(x)
	pdqsortOrdered(x, 0, n, bitLen(uint(n)))
}

func slicesSortFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	n := len(x)
	pdqsortCmpFunc(x, 0, n, bitLen(uint(n)), cmp)
}

func slicesSortStableFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	stableCmpFunc(x, len(x), cmp)
}

func slicesIsSorted[S ~[]E, E cmpOrdered](x S) bool {
	for i := len(x) - 1; i > 0; i-- {
		if slicesCmpLess(x[i], x[i-1]) {
			return false
		}
	}
	return true
}

func slicesIsSortedFunc[S ~[]E, E any](x S, cmp func(a, b E) int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp(x[i], x[i-1]) < 0 {
			return false
		}
	}
	return true
}

func slicesMin[S ~[]E, E cmpOrdered](x S) E {
	if len(x) < 1 {
		panic("slices.Min: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		m = min2(m, x[i])
	}
	return m
}

func slicesMinFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MinFunc: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if cmp(x[i], m) < 0 {
			m = x[i]
		}
	}
	return m
}

func slicesMax[S ~[]E, E cmpOrdered](x S) E {
	if len(x) < 1 {
		panic("slices.Max: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		m = max2(m, x[i])
	}
	return m
}

func slicesMaxFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MaxFunc: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if cmp(x[i], m) > 0 {
			m = x[i]
		}
	}
	return m
}

func slicesBinarySearch[S ~[]E, E cmpOrdered](x S, target E) (int, bool) {
	n := len(x)
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1) // no overflow; i <= h < j
		if slicesCmpLess(x[h], target) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && (x[i] == target || (isNaN(x[i]) && isNaN(target)))
}

func slicesBinarySearchFunc[S ~[]E, E, T any](x S, target T, cmp func(E, T) int) (int, bool) {
	n := len(x)
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp(x[h], target) < 0 {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && cmp(x[i], target) == 0
}

func isNaN[T cmpOrdered](x T) bool {
	return x != x
}

func slicesCmpLess[T cmpOrdered](x, y T) bool {
	return (isNaN(x) && !isNaN(y)) || x < y
}

func min2[T cmpOrdered](x, y T) T {
	switch {
	case isNaN(x):
		return x
	case isNaN(y), y < x:
		return y
	case y == x && isNegZero(y):
		return y
	}
	return x
}

func max2[T cmpOrdered](x, y T) T {
	switch {
	case isNaN(x):
		return x
	case isNaN(y), y > x:
		return y
	case y == x && isNegZero(x):
		return y
	}
	return x
}

func isNegZero[T cmpOrdered](x T) bool {
	switch v := any(x).(type) {
	case float64:
		return v == 0 && 1/v < 0
	case float32:
		return v == 0 && 1/v < 0
	}
	return false
}

func bitLen(x uint) int {
	n := 0
	for ; x != 0; x >>= 1 {
		n++
	}
	return n
}

type sortedHint int

const (
	unknownHint sortedHint = iota
	increasingHint
	decreasingHint
)

type xorshift uint64

func (r *xorshift) Next() uint64 {
	*r ^= *r << 13
	*r ^= *r >> 17
	*r ^= *r << 5
	return uint64(*r)
}

func nextPowerOfTwo(length int) uint {
	return 1 << uint(bitLen(uint(length)))
}

func breakPatterns[E any](data []E, a, b int) {
	length := b - a
	if length < 8 {
		return
	}
	random := xorshift(length)
	modulus := nextPowerOfTwo(length)
	middle := a + (length/4)*2
	for idx := middle - 1; idx <= middle+1; idx++ {
		other := int(uint(random.Next()) & (modulus - 1))
		if other >= length {
			other -= length
		}
		data[idx], data[a+other] = data[a+other], data[idx]
	}
}

func reverseRange[E any](data []E, a, b int) {
	for i, j := a, b-1; i < j; i, j = i+1, j-1 {
		data[i], data[j] = data[j], data[i]
	}
}

func swapRange[E any](data []E, a, b, n int) {
	for i := 0; i < n; i++ {
		data[a+i], data[b+i] = data[b+i], data[a+i]
	}
}

func rotate[E any](data []E, a, m, b int) {
	i := m - a
	j := b - m
	for i != j {
		if i > j {
			swapRange(data, m-i, m, j)
			i -= j
		} else {
			swapRange(data, m-i, m+j-i, i)
			j -= i
		}
	}
	swapRange(data, m-i, m, i)
}

func insertionSortCmpFunc[E any](data []E, a, b int, cmp func(a, b E) int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && cmp(data[j], data[j-1]) < 0; j-- {
			data[j], data[j-1] = data[j-1], data[j]
		}
	}
}

func siftDownCmpFunc[E any](data []E, lo, hi, first int, cmp func(a, b E) int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && cmp(data[first+child], data[first+child+1]) < 0 {
			child++
		}
		if !(cmp(data[first+root], data[first+child]) < 0) {
			return
		}
		data[first+root], data[first+child] = data[first+child], data[first+root]
		root = child
	}
}

func heapSortCmpFunc[E any](data []E, a, b int, cmp func(a, b E) int) {
	first := a
	hi := b - a
	for i := (hi - 1) / 2; i >= 0; i-- {
		siftDownCmpFunc(data, i, hi, first, cmp)
	}
	for i := hi - 1; i >= 0; i-- {
		data[first], data[first+i] = data[first+i], data[first]
		siftDownCmpFunc(data, 0, i, first, cmp)
	}
}

func pdqsortCmpFunc[E any](data []E, a, b, limit int, cmp func(a, b E) int) {
	const maxInsertion = 12

	balanced := true    // was the last partition reasonably balanced?
	partitioned := true // was the range already partitioned around the last pivot?

	for {
		length := b - a
		if length <= maxInsertion {
			insertionSortCmpFunc(data, a, b, cmp)
			return
		}
		if limit == 0 {
			heapSortCmpFunc(data, a, b, cmp)
			return
		}
		if !balanced {
			breakPatterns(data, a, b)
			limit--
		}

		pivot, hint := choosePivotCmpFunc(data, a, b, cmp)
		if hint == decreasingHint {
			reverseRange(data, a, b)
			pivot = (b - 1) - (pivot - a)
			hint = increasingHint
		}
		if balanced && partitioned && hint == increasingHint {
			if partialInsertionSortCmpFunc(data, a, b, cmp) {
				return
			}
		}
		if a > 0 && !(cmp(data[a-1], data[pivot]) < 0) {
			a = partitionEqualCmpFunc(data, a, b, pivot, cmp)
			continue
		}

		mid, already := partitionCmpFunc(data, a, b, pivot, cmp)
		partitioned = already
		left, right := mid-a, b-mid
		threshold := length / 8
		if left < right {
			balanced = left >= threshold
			pdqsortCmpFunc(data, a, mid, limit, cmp)
			a = mid + 1
		} else {
			balanced = right >= threshold
			pdqsortCmpFunc(data, mid+1, b, limit, cmp)
			b = mid
		}
	}
}

func partitionCmpFunc[E any](data []E, a, b, pivot int, cmp func(a, b E) int) (mid int, already bool) {
	data[a], data[pivot] = data[pivot], data[a] // the pivot waits at data[a]
	i, j := a+1, b-1                            // data[i..j] (inclusive) is unexamined

	for i <= j && cmp(data[i], data[a]) < 0 {
		i++
	}
	for i <= j && !(cmp(data[j], data[a]) < 0) {
		j--
	}
	if i > j {
		data[j], data[a] = data[a], data[j]
		return j, true
	}
	data[i], data[j] = data[j], data[i]
	i++
	j--

	for {
		for i <= j && cmp(data[i], data[a]) < 0 {
			i++
		}
		for i <= j && !(cmp(data[j], data[a]) < 0) {
			j--
		}
		if i > j {
			break
		}
		data[i], data[j] = data[j], data[i]
		i++
		j--
	}
	data[j], data[a] = data[a], data[j]
	return j, false
}

func partitionEqualCmpFunc[E any](data []E, a, b, pivot int, cmp func(a, b E) int) int {
	data[a], data[pivot] = data[pivot], data[a]
	i, j := a+1, b-1

	for {
		for i <= j && !(cmp(data[a], data[i]) < 0) {
			i++
		}
		for i <= j && cmp(data[a], data[j]) < 0 {
			j--
		}
		if i > j {
			return i
		}
		data[i], data[j] = data[j], data[i]
		i++
		j--
	}
}

func partialInsertionSortCmpFunc[E any](data []E, a, b int, cmp func(a, b E) int) bool {
	const (
		maxSteps         = 5
		shortestShifting = 50
	)
	i := a + 1
	for step := 0; step < maxSteps; step++ {
		for i < b && !(cmp(data[i], data[i-1]) < 0) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < shortestShifting {
			return false
		}
		data[i], data[i-1] = data[i-1], data[i]
		if i-a >= 2 {
			for k := i - 1; k >= 1; k-- {
				if !(cmp(data[k], data[k-1]) < 0) {
					break
				}
				data[k], data[k-1] = data[k-1], data[k]
			}
		}
		if b-i >= 2 {
			for k := i + 1; k < b; k++ {
				if !(cmp(data[k], data[k-1]) < 0) {
					break
				}
				data[k], data[k-1] = data[k-1], data[k]
			}
		}
	}
	return false
}

func choosePivotCmpFunc[E any](data []E, a, b int, cmp func(a, b E) int) (int, sortedHint) {
	const (
		shortestNinther = 50
		maxSwaps        = 4 * 3
	)
	l := b - a
	swaps := 0
	i := a + l/4*1
	j := a + l/4*2
	k := a + l/4*3

	if l >= 8 {
		if l >= shortestNinther {
			i = medianAdjacentCmpFunc(data, i, &swaps, cmp)
			j = medianAdjacentCmpFunc(data, j, &swaps, cmp)
			k = medianAdjacentCmpFunc(data, k, &swaps, cmp)
		}
		j = medianCmpFunc(data, i, j, k, &swaps, cmp)
	}

	switch swaps {
	case 0:
		return j, increasingHint
	case maxSwaps:
		return j, decreasingHint
	}
	return j, unknownHint
}

func order2CmpFunc[E any](data []E, a, b int, swaps *int, cmp func(a, b E) int) (int, int) {
	if cmp(data[b], data[a]) < 0 {
		*swaps++
		return b, a
	}
	return a, b
}

func medianCmpFunc[E any](data []E, a, b, c int, swaps *int, cmp func(a, b E) int) int {
	a, b = order2CmpFunc(data, a, b, swaps, cmp)
	b, c = order2CmpFunc(data, b, c, swaps, cmp)
	_, b = order2CmpFunc(data, a, b, swaps, cmp)
	return b
}

func medianAdjacentCmpFunc[E any](data []E, a int, swaps *int, cmp func(a, b E) int) int {
	return medianCmpFunc(data, a-1, a, a+1, swaps, cmp)
}

func stableCmpFunc[E any](data []E, n int, cmp func(a, b E) int) {
	blockSize := 20
	a, b := 0, blockSize
	for b <= n {
		insertionSortCmpFunc(data, a, b, cmp)
		a = b
		b += blockSize
	}
	insertionSortCmpFunc(data, a, n, cmp)

	for blockSize < n {
		a, b = 0, 2*blockSize
		for b <= n {
			symMergeCmpFunc(data, a, a+blockSize, b, cmp)
			a = b
			b += 2 * blockSize
		}
		if m := a + blockSize; m < n {
			symMergeCmpFunc(data, a, m, n, cmp)
		}
		blockSize *= 2
	}
}

func symMergeCmpFunc[E any](data []E, a, m, b int, cmp func(a, b E) int) {
	if m-a == 1 {
		i, j := m, b
		for i < j {
			h := int(uint(i+j) >> 1)
			if cmp(data[h], data[a]) < 0 {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := a; k < i-1; k++ {
			data[k], data[k+1] = data[k+1], data[k]
		}
		return
	}
	if b-m == 1 {
		i, j := a, m
		for i < j {
			h := int(uint(i+j) >> 1)
			if !(cmp(data[m], data[h]) < 0) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := m; k > i; k-- {
			data[k], data[k-1] = data[k-1], data[k]
		}
		return
	}
	mid := int(uint(a+b) >> 1)
	n := mid + m
	var start, r int
	if m > mid {
		start, r = n-b, mid
	} else {
		start, r = a, m
	}
	p := n - 1
	for start < r {
		c := int(uint(start+r) >> 1)
		if !(cmp(data[p-c], data[c]) < 0) {
			start = c + 1
		} else {
			r = c
		}
	}

	end := n - start
	if start < m && m < end {
		rotate(data, start, m, end)
	}
	if a < start && start < mid {
		symMergeCmpFunc(data, a, start, mid, cmp)
	}
	if mid < end && end < b {
		symMergeCmpFunc(data, mid, end, b, cmp)
	}
}

func insertionSortOrdered[E cmpOrdered](data []E, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && slicesCmpLess(data[j], data[j-1]); j-- {
			data[j], data[j-1] = data[j-1], data[j]
		}
	}
}

func siftDownOrdered[E cmpOrdered](data []E, lo, hi, first int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && slicesCmpLess(data[first+child], data[first+child+1]) {
			child++
		}
		if !slicesCmpLess(data[first+root], data[first+child]) {
			return
		}
		data[first+root], data[first+child] = data[first+child], data[first+root]
		root = child
	}
}

func heapSortOrdered[E cmpOrdered](data []E, a, b int) {
	first := a
	hi := b - a
	for i := (hi - 1) / 2; i >= 0; i-- {
		siftDownOrdered(data, i, hi, first)
	}
	for i := hi - 1; i >= 0; i-- {
		data[first], data[first+i] = data[first+i], data[first]
		siftDownOrdered(data, 0, i, first)
	}
}

func pdqsortOrdered[E cmpOrdered](data []E, a, b, limit int) {
	const maxInsertion = 12

	balanced := true    // was the last partition reasonably balanced?
	partitioned := true // was the range already partitioned around the last pivot?

	for {
		length := b - a
		if length <= maxInsertion {
			insertionSortOrdered(data, a, b)
			return
		}
		if limit == 0 {
			heapSortOrdered(data, a, b)
			return
		}
		if !balanced {
			breakPatterns(data, a, b)
			limit--
		}

		pivot, hint := choosePivotOrdered(data, a, b)
		if hint == decreasingHint {
			reverseRange(data, a, b)
			pivot = (b - 1) - (pivot - a)
			hint = increasingHint
		}
		if balanced && partitioned && hint == increasingHint {
			if partialInsertionSortOrdered(data, a, b) {
				return
			}
		}
		if a > 0 && !slicesCmpLess(data[a-1], data[pivot]) {
			a = partitionEqualOrdered(data, a, b, pivot)
			continue
		}

		mid, already := partitionOrdered(data, a, b, pivot)
		partitioned = already
		left, right := mid-a, b-mid
		threshold := length / 8
		if left < right {
			balanced = left >= threshold
			pdqsortOrdered(data, a, mid, limit)
			a = mid + 1
		} else {
			balanced = right >= threshold
			pdqsortOrdered(data, mid+1, b, limit)
			b = mid
		}
	}
}

func partitionOrdered[E cmpOrdered](data []E, a, b, pivot int) (mid int, already bool) {
	data[a], data[pivot] = data[pivot], data[a] // the pivot waits at data[a]
	i, j := a+1, b-1                            // data[i..j] (inclusive) is unexamined

	for i <= j && slicesCmpLess(data[i], data[a]) {
		i++
	}
	for i <= j && !slicesCmpLess(data[j], data[a]) {
		j--
	}
	if i > j {
		data[j], data[a] = data[a], data[j]
		return j, true
	}
	data[i], data[j] = data[j], data[i]
	i++
	j--

	for {
		for i <= j && slicesCmpLess(data[i], data[a]) {
			i++
		}
		for i <= j && !slicesCmpLess(data[j], data[a]) {
			j--
		}
		if i > j {
			break
		}
		data[i], data[j] = data[j], data[i]
		i++
		j--
	}
	data[j], data[a] = data[a], data[j]
	return j, false
}

func partitionEqualOrdered[E cmpOrdered](data []E, a, b, pivot int) int {
	data[a], data[pivot] = data[pivot], data[a]
	i, j := a+1, b-1

	for {
		for i <= j && !slicesCmpLess(data[a], data[i]) {
			i++
		}
		for i <= j && slicesCmpLess(data[a], data[j]) {
			j--
		}
		if i > j {
			return i
		}
		data[i], data[j] = data[j], data[i]
		i++
		j--
	}
}

func partialInsertionSortOrdered[E cmpOrdered](data []E, a, b int) bool {
	const (
		maxSteps         = 5
		shortestShifting = 50
	)
	i := a + 1
	for step := 0; step < maxSteps; step++ {
		for i < b && !slicesCmpLess(data[i], data[i-1]) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < shortestShifting {
			return false
		}
		data[i], data[i-1] = data[i-1], data[i]
		if i-a >= 2 {
			for k := i - 1; k >= 1; k-- {
				if !slicesCmpLess(data[k], data[k-1]) {
					break
				}
				data[k], data[k-1] = data[k-1], data[k]
			}
		}
		if b-i >= 2 {
			for k := i + 1; k < b; k++ {
				if !slicesCmpLess(data[k], data[k-1]) {
					break
				}
				data[k], data[k-1] = data[k-1], data[k]
			}
		}
	}
	return false
}

func choosePivotOrdered[E cmpOrdered](data []E, a, b int) (int, sortedHint) {
	const (
		shortestNinther = 50
		maxSwaps        = 4 * 3
	)
	l := b - a
	swaps := 0
	i := a + l/4*1
	j := a + l/4*2
	k := a + l/4*3

	if l >= 8 {
		if l >= shortestNinther {
			i = medianAdjacentOrdered(data, i, &swaps)
			j = medianAdjacentOrdered(data, j, &swaps)
			k = medianAdjacentOrdered(data, k, &swaps)
		}
		j = medianOrdered(data, i, j, k, &swaps)
	}

	switch swaps {
	case 0:
		return j, increasingHint
	case maxSwaps:
		return j, decreasingHint
	}
	return j, unknownHint
}

func order2Ordered[E cmpOrdered](data []E, a, b int, swaps *int) (int, int) {
	if slicesCmpLess(data[b], data[a]) {
		*swaps++
		return b, a
	}
	return a, b
}

func medianOrdered[E cmpOrdered](data []E, a, b, c int, swaps *int) int {
	a, b = order2Ordered(data, a, b, swaps)
	b, c = order2Ordered(data, b, c, swaps)
	_, b = order2Ordered(data, a, b, swaps)
	return b
}

func medianAdjacentOrdered[E cmpOrdered](data []E, a int, swaps *int) int {
	return medianOrdered(data, a-1, a, a+1, swaps)
}

// ---- package maps ----

func mapsEqual[M1, M2 ~map[K]V, K, V comparable](m1 M1, m2 M2) bool {
	if len(m1) != len(m2) {
		return false
	}
	for k, v1 := range m1 {
		if v2, ok := m2[k]; !ok || v1 != v2 {
			return false
		}
	}
	return true
}

func mapsEqualFunc[M1 ~map[K]V1, M2 ~map[K]V2, K comparable, V1, V2 any](m1 M1, m2 M2, eq func(V1, V2) bool) bool {
	if len(m1) != len(m2) {
		return false
	}
	for k, v1 := range m1 {
		if v2, ok := m2[k]; !ok || !eq(v1, v2) {
			return false
		}
	}
	return true
}

func mapsClone[M ~map[K]V, K comparable, V any](m M) M {
	if m == nil {
		return nil
	}
	r := make(M, len(m))
	for k, v := range m {
		r[k] = v // a NaN key is a new entry each time, as in m
	}
	return r
}

func mapsCopy[M1 ~map[K]V, M2 ~map[K]V, K comparable, V any](dst M1, src M2) {
	for k, v := range src {
		dst[k] = v
	}
}

func mapsDeleteFunc[M ~map[K]V, K comparable, V any](m M, del func(K, V) bool) {
	for k, v := range m {
		if del(k, v) {
			delete(m, k)
		}
	}
}
